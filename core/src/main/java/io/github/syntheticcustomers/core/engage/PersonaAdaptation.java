package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;

/**
 * Persona adaptation: the approach ({@link EngagementApproaches}), its intensity
 * {@code clamp(0.6·intensityBase(approach) + 0.4·matchStrength)} and the adaptations applied: the approach's own,
 * plus the trait-driven ones of {@code engagement.trait_adaptations}.
 */
public final class PersonaAdaptation {

    private PersonaAdaptation() {
    }

    /** The persona components for a resolved approach and traits. */
    public static PersonaComponents adapt(EngagementApproaches approaches, EngagementApproaches.Match match,
            Traits t) {
        double intensity = 0.6 * match.approach().intensityBase() + 0.4 * match.strength();
        return new PersonaComponents(match.approach().id(), Decimals.unit2(intensity),
                approaches.adaptations(match.approach(), t));
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
                extremity = Math.max(extremity, Math.abs(EngagementApproaches.v(v) - 0.5) * 2);
            }
        }
        return InteractionMeasurements.clamp(0.3 + 0.7 * extremity);
    }
}
