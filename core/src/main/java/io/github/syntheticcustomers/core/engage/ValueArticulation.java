package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionClass;

/**
 * Value articulation: every step says why it matters before asking anything. The preview states the
 * step's benefit in the persona's register; the confirmation acknowledges the finished step; the
 * contextual line places the step in the journey (plus a privacy note for distressed users).
 */
public final class ValueArticulation {

    private ValueArticulation() {
    }

    /** The value components of {@code step} at {@code position} of {@code total}, for {@code approach}. */
    public static ValueComponents articulate(StepDefinition step, PersonaApproach approach, int position, int total,
            EmotionClass emotion) {
        String preview = switch (approach) {
            case GENTLE -> "Why this matters: " + step.benefit()
                    + ". There are no right or wrong answers, and you can pause at any time.";
            case STRUCTURED -> "Why this matters: " + step.benefit() + ". Step " + position + " of " + total
                    + ", about " + minutes(step) + ".";
            case BALANCED -> "Why this matters: " + step.benefit() + ", in a way that fits your everyday life.";
            case CLINICAL -> "Why this matters: " + step.evidence() + ".";
            case DIRECT -> "Why this matters: " + step.benefit() + ". Takes about " + minutes(step) + ".";
        };
        String confirmation = switch (approach) {
            case GENTLE -> "Well done: \"" + step.title() + "\" is complete and your answers are saved.";
            case STRUCTURED -> "\"" + step.title() + "\" complete: " + position + " of " + total + " steps done.";
            case BALANCED -> "Nice work, \"" + step.title() + "\" is done. Every step adds up.";
            case CLINICAL -> "\"" + step.title() + "\" recorded; your plan has been updated.";
            case DIRECT -> "Done. \"" + step.title() + "\" is saved.";
        };
        String contextual = step.context();
        if (emotion == EmotionClass.DISTRESSED || emotion == EmotionClass.SELF_CONSCIOUS) {
            contextual += " Your answers stay private and you decide what happens next.";
        }
        return new ValueComponents(preview, confirmation, contextual);
    }

    private static String minutes(StepDefinition step) {
        return step.minutes() == 1 ? "1 minute" : step.minutes() + " minutes";
    }
}
