package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.function.Predicate;

/**
 * Journey measures of the journey checks, one journey at a time: each adds one scenario's steps to a {@link Ratio},
 * so a measure over a stream needs two numbers. Rates are percentages (0–100); a rate over nothing is NaN so callers
 * can tell "no data" from 0.
 */
public final class JourneyMetrics {

    private JourneyMetrics() {
    }

    /** Adds one journey's steps matching {@code which} to {@code r}: the completed ones of them all. */
    public static void completion(TestScenario s, Predicate<JourneyStep> which, Ratio r) {
        for (JourneyStep step : s.journey()) {
            if (which.test(step)) {
                r.add(CompletionStatus.COMPLETED.equals(step.completionStatus()) ? 1 : 0, 1);
            }
        }
    }

    /** Adds one journey's steps matching {@code which} to {@code r}: those in a {@code state} of them all. */
    public static void stateShare(TestScenario s, Predicate<JourneyStep> which, Predicate<String> state, Ratio r) {
        for (JourneyStep step : s.journey()) {
            if (which.test(step)) {
                r.add(state.test(step.emotionalState()) ? 1 : 0, 1);
            }
        }
    }

    /** The steps of {@code phase} in one journey, in order. */
    public static List<JourneyStep> phaseSteps(TestScenario s, String phase) {
        return s.journey().stream().filter(step -> phase.equals(step.phase())).toList();
    }

    /** Adds one journey's valence change over {@code phase} to {@code r}, when it has two or more steps in it. */
    public static void valenceChange(TestScenario s, String phase, EmotionalStates states, Ratio r) {
        List<JourneyStep> steps = phaseSteps(s, phase);
        if (steps.size() >= 2) {
            double d = states.valence(steps.get(steps.size() - 1).emotionalState())
                    - states.valence(steps.get(0).emotionalState());
            if (!Double.isNaN(d)) {
                r.add(d, 1);
            }
        }
    }

    /** Adds one journey's consecutive step pairs in {@code phase} to {@code r}: those whose valence holds. */
    public static void stability(TestScenario s, String phase, EmotionalStates states, Ratio r) {
        List<JourneyStep> steps = phaseSteps(s, phase);
        for (int i = 1; i < steps.size(); i++) {
            r.add(states.valence(steps.get(i).emotionalState()) >= states.valence(steps.get(i - 1).emotionalState())
                    ? 1 : 0, 1);
        }
    }

    /** Whether one journey reached {@code phase} (has at least one step in it). */
    public static boolean reached(TestScenario s, String phase) {
        return s.journey().stream().anyMatch(step -> phase.equals(step.phase()));
    }

}
