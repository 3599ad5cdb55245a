package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Journey measures shared by the journey checks and the analysis, over any subset of scenarios. All
 * rates are percentages (0–100); a rate over nothing is NaN so callers can tell "no data" from 0.
 */
public final class JourneyMetrics {

    private JourneyMetrics() {
    }

    /** Percent of the steps matching {@code which} that are {@code completed}. */
    public static double completionRate(List<TestScenario> scenarios, Predicate<JourneyStep> which) {
        long reached = 0;
        long completed = 0;
        for (TestScenario s : scenarios) {
            for (JourneyStep step : s.journey()) {
                if (which.test(step)) {
                    reached++;
                    if (CompletionStatus.COMPLETED.equals(step.completionStatus())) {
                        completed++;
                    }
                }
            }
        }
        return reached == 0 ? Double.NaN : 100.0 * completed / reached;
    }

    /** Percent of the steps matching {@code which} whose emotional state matches {@code state}. */
    public static double stateShare(List<TestScenario> scenarios, Predicate<JourneyStep> which,
            Predicate<String> state) {
        long n = 0;
        long hit = 0;
        for (TestScenario s : scenarios) {
            for (JourneyStep step : s.journey()) {
                if (which.test(step)) {
                    n++;
                    if (state.test(step.emotionalState())) {
                        hit++;
                    }
                }
            }
        }
        return n == 0 ? Double.NaN : 100.0 * hit / n;
    }

    /** The steps of {@code phase} in one journey, in order. */
    public static List<JourneyStep> phaseSteps(TestScenario s, String phase) {
        return s.journey().stream().filter(step -> phase.equals(step.phase())).toList();
    }

    /**
     * Mean valence change from the first to the last step of {@code phase}, over journeys with two or more
     * steps in it (valences as {@code states} declares them; pairs with an undeclared state are left out).
     */
    public static double meanValenceChange(List<TestScenario> scenarios, String phase, EmotionalStates states) {
        double sum = 0;
        long n = 0;
        for (TestScenario s : scenarios) {
            List<JourneyStep> steps = phaseSteps(s, phase);
            if (steps.size() >= 2) {
                double d = states.valence(steps.get(steps.size() - 1).emotionalState())
                        - states.valence(steps.get(0).emotionalState());
                if (!Double.isNaN(d)) {
                    sum += d;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Percent of consecutive step pairs within {@code phase} whose valence does not drop: how stable the
     * customers' emotions are in that phase.
     */
    public static double stability(List<TestScenario> scenarios, String phase, EmotionalStates states) {
        long pairs = 0;
        long stable = 0;
        for (TestScenario s : scenarios) {
            List<JourneyStep> steps = phaseSteps(s, phase);
            for (int i = 1; i < steps.size(); i++) {
                pairs++;
                if (states.valence(steps.get(i).emotionalState())
                        >= states.valence(steps.get(i - 1).emotionalState())) {
                    stable++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : 100.0 * stable / pairs;
    }

    /** Journeys that reached {@code phase} (have at least one step in it). */
    public static long reached(List<TestScenario> scenarios, String phase) {
        return scenarios.stream().filter(s -> s.journey().stream().anyMatch(step -> phase.equals(step.phase())))
                .count();
    }

    /**
     * For each pair of consecutive phases, the percent of journeys reaching the first that also reach the
     * second; NaN where none reached the first.
     */
    public static List<Double> phaseTransitionRates(List<TestScenario> scenarios, List<String> phases) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < phases.size(); i++) {
            long from = reached(scenarios, phases.get(i));
            long to = reached(scenarios, phases.get(i + 1));
            out.add(from == 0 ? Double.NaN : 100.0 * to / from);
        }
        return out;
    }
}
