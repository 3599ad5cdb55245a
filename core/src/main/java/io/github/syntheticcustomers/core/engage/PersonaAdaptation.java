package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * Persona adaptation: the approach resolved from the persona's style ({@link PersonaStyles}), its
 * intensity {@code clamp(0.6·intensityBase(approach) + 0.4·matchStrength)} and the adaptations applied:
 * the approach's own three, plus trait-driven ones (social_barriers ≥ 0.6: low-cost options first;
 * health_anxiety ≥ 0.7 outside the gentle approach: reassuring wording; organization ≥ 0.8 outside the
 * structured approach: a checklist view).
 */
public final class PersonaAdaptation {

    /** Added when social barriers are high. */
    public static final String LOW_COST_FIRST = "Free, nearby and after-hours options first";
    /** Added when anxiety is high but the approach is not gentle. */
    public static final String REASSURING_WORDING = "Reassuring wording for health risks";
    /** Added when organisation is high but the approach is not structured. */
    public static final String CHECKLIST_VIEW = "Checklist view available";

    private PersonaAdaptation() {
    }

    /** The persona components for a resolved style match and traits. */
    public static PersonaComponents adapt(PersonaStyles.Match match, Traits t) {
        PersonaApproach approach = match.approach();
        List<String> adaptations = new ArrayList<>(approach.baseAdaptations());
        if (PersonaStyles.v(t == null ? null : t.socialBarriers()) >= 0.6) {
            adaptations.add(LOW_COST_FIRST);
        }
        if (PersonaStyles.v(t == null ? null : t.healthAnxiety()) >= 0.7 && approach != PersonaApproach.GENTLE) {
            adaptations.add(REASSURING_WORDING);
        }
        if (PersonaStyles.v(t == null ? null : t.organization()) >= 0.8 && approach != PersonaApproach.STRUCTURED) {
            adaptations.add(CHECKLIST_VIEW);
        }
        double intensity = 0.6 * approach.intensityBase() + 0.4 * match.strength();
        return new PersonaComponents(approach, Decimals.unit2(intensity), adaptations);
    }

    /**
     * How strongly a persona calls for adaptation, 0–1: {@code 0.3 + 0.7·extremity}, where extremity
     * is the largest {@code |trait − 0.5|·2} over health_anxiety, health_awareness, organization,
     * system_engagement and social_barriers (a persona near neutral on everything needs little).
     */
    public static double expectedIntensity(Traits t) {
        double extremity = 0;
        if (t != null) {
            for (Double v : new Double[] {t.healthAnxiety(), t.healthAwareness(), t.organization(),
                    t.systemEngagement(), t.socialBarriers()}) {
                extremity = Math.max(extremity, Math.abs(PersonaStyles.v(v) - 0.5) * 2);
            }
        }
        return InteractionMeasurements.clamp(0.3 + 0.7 * extremity);
    }
}
