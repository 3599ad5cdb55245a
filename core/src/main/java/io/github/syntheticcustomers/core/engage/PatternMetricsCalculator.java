package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.List;

/**
 * Scores an adapted step on the four engagement patterns, each 0–1, from what the step shows and what the front end
 * measured on it: how much of the shown content was read (scroll depth) and how the user moved (hesitation load,
 * confidence), each with a smaller share for how well the step's make-up fits the user ({@link PersonaFit}). The
 * completion status is not an input: a metric tells completed from abandoned steps only as far as the simulated
 * interactions do, which overlap (docs/engagement-metrics.md gives the model and the measured separation). The
 * formulas:
 *
 * <ul>
 * <li><b>valueArticulation</b> = 0.3·said + 0.7·scrollDepth, said = 0.5·s(preview) + 0.25·s(confirmation) +
 *     0.25·s(contextual), s(text) = 0 when absent or blank, else min(1, words / 8).</li>
 * <li><b>emotionalScaffolding</b> = 0.3·fit + 0.7·(1 − hesitationLoad), fit = 0.2·[message present] + 0.3·typeFit
 *     + 0.5·(1 − |intensity − need|), typeFit = 1 for the type the state calls for, 0.5 for another type of the
 *     same family (supportive: reassurance, normalization, validation, guidance; upbeat: encouragement,
 *     celebration), else 0.</li>
 * <li><b>progressiveDisclosure</b> = 0.3·structure + 0.7·scrollDepth, structure = 0.6·(1 − |depth(type) −
 *     readiness|) + 0.2·sequence + 0.2·tiers, depth {@link Tier#depth()}, sequence = 1 when the loading sequence
 *     is exactly the type's (else the share of its stages present, halved), tiers = 1 when the visible tiers run
 *     from essential to the type and every deeper tier is deferred (else 0).</li>
 * <li><b>personaAlignment</b> = 0.3·match + 0.7·confidence, match = 0.5·(1 − |intensity − expected intensity|) +
 *     0.25·[approach = the approach the traits alone suggest] + 0.25·min(1, adaptations / 3).</li>
 * </ul>
 */
public final class PatternMetricsCalculator {

    private static final List<String> SUPPORTIVE = List.of("reassurance", "normalization", "validation", "guidance");
    private static final List<String> UPBEAT = List.of("encouragement", "celebration");

    private PatternMetricsCalculator() {
    }

    /** The four metrics of {@code step} for a user described by {@code fit}, rounded to two decimals. */
    public static PatternMetrics compute(EngagementStep step, PersonaFit fit) {
        InteractionMeasurements m = step.interactions() == null ? InteractionMeasurements.NEUTRAL
                : step.interactions();
        return new PatternMetrics(
                Decimals.unit2(0.3 * valueArticulation(step.valueComponents()) + 0.7 * m.scrollDepth()),
                Decimals.unit2(0.3 * emotionalScaffolding(step.emotionalComponents(), fit)
                        + 0.7 * (1 - m.hesitationLoad())),
                Decimals.unit2(0.3 * progressiveDisclosure(step, fit) + 0.7 * m.scrollDepth()),
                Decimals.unit2(0.3 * personaAlignment(step.personaComponents(), fit) + 0.7 * m.confidence()));
    }

    /** How fully the step says why it matters, 0–1 (the {@code said} term). */
    static double valueArticulation(ValueComponents v) {
        if (v == null) {
            return 0;
        }
        return 0.5 * textScore(v.preview()) + 0.25 * textScore(v.confirmation()) + 0.25 * textScore(v.contextual());
    }

    static double emotionalScaffolding(EmotionalComponents e, PersonaFit fit) {
        if (e == null) {
            return 0;
        }
        double typeFit;
        if (e.type() != null && e.type().equals(fit.emotionType())) {
            typeFit = 1;
        } else if (sameFamily(e.type(), fit.emotionType())) {
            typeFit = 0.5;
        } else {
            typeFit = 0;
        }
        return 0.2 * (blank(e.message()) ? 0 : 1) + 0.3 * typeFit
                + 0.5 * (1 - Math.abs(e.intensity() - fit.emotionalNeed()));
    }

    static double progressiveDisclosure(EngagementStep step, PersonaFit fit) {
        Tier type = step.type();
        double depthFit = 1 - Math.abs(type.depth() - fit.readiness());
        List<LoadingStage> expected = ProgressiveDisclosure.loadingSequence(type);
        List<LoadingStage> actual = step.loadingSequence();
        double sequence;
        if (actual.equals(expected)) {
            sequence = 1;
        } else {
            long present = expected.stream().filter(actual::contains).count();
            sequence = 0.5 * present / expected.size();
        }
        VisibilityRules rules = step.disclosureComponents() == null ? null
                : step.disclosureComponents().visibilityRules();
        double tiers = rules != null && rules.visibleTiers().equals(ProgressiveDisclosure.visibleTiers(type))
                && rules.deferredTiers().equals(ProgressiveDisclosure.deferredTiers(type)) ? 1 : 0;
        return 0.6 * depthFit + 0.2 * sequence + 0.2 * tiers;
    }

    static double personaAlignment(PersonaComponents p, PersonaFit fit) {
        if (p == null) {
            return 0;
        }
        return 0.5 * (1 - Math.abs(p.intensity() - fit.expectedIntensity()))
                + 0.25 * (p.approach() != null && p.approach().equals(fit.traitApproach()) ? 1 : 0)
                + 0.25 * Math.min(1.0, p.adaptations().size() / 3.0);
    }

    private static boolean sameFamily(String a, String b) {
        return (SUPPORTIVE.contains(a) && SUPPORTIVE.contains(b)) || (UPBEAT.contains(a) && UPBEAT.contains(b));
    }

    private static double textScore(String text) {
        if (blank(text)) {
            return 0;
        }
        return Math.min(1.0, words(text) / 8.0);
    }

    /** Whitespace-separated words in {@code text}. */
    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
