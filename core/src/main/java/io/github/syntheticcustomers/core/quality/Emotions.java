package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.journey.EmotionalStates;
import java.util.List;

/**
 * Valence of the emotional states (how good a state feels, −1…1), used to judge emotional progression
 * and trajectories. States the vocabulary does not know have no valence.
 */
public final class Emotions {

    /** States that move a customer forward. */
    public static final List<String> MOTIVATING = List.of(EmotionalStates.MOTIVATED, EmotionalStates.CONFIDENT,
            EmotionalStates.HOPEFUL);

    private Emotions() {
    }

    /** Valence of {@code state}: 1 for positive, 0.5 curious, −0.5 disengaged, −1 distressed; NaN if unknown. */
    public static double valence(String state) {
        if (state == null) {
            return Double.NaN;
        }
        return switch (state) {
            case EmotionalStates.HOPEFUL, EmotionalStates.CONFIDENT, EmotionalStates.MOTIVATED,
                    EmotionalStates.RELIEVED -> 1.0;
            case EmotionalStates.CURIOUS -> 0.5;
            case EmotionalStates.INDIFFERENT, EmotionalStates.DISTRACTED -> -0.5;
            case EmotionalStates.ANXIOUS, EmotionalStates.OVERWHELMED, EmotionalStates.FRUSTRATED -> -1.0;
            default -> Double.NaN;
        };
    }

    /** True for anxious and overwhelmed: the states health anxiety drives. */
    public static boolean distressed(String state) {
        return EmotionalStates.ANXIOUS.equals(state) || EmotionalStates.OVERWHELMED.equals(state);
    }
}
