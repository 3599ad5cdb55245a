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
        Ratio r = new Ratio();
        scenarios.forEach(s -> completion(s, which, r));
        return r.percent();
    }

    /** Adds one journey's steps matching {@code which} to {@code r}: the completed ones of them all. */
    public static void completion(TestScenario s, Predicate<JourneyStep> which, Ratio r) {
        for (JourneyStep step : s.journey()) {
            if (which.test(step)) {
                r.add(CompletionStatus.COMPLETED.equals(step.completionStatus()) ? 1 : 0, 1);
            }
        }
    }

    /** Percent of the steps matching {@code which} whose emotional state matches {@code state}. */
    public static double stateShare(List<TestScenario> scenarios, Predicate<JourneyStep> which,
            Predicate<String> state) {
        Ratio r = new Ratio();
        scenarios.forEach(s -> stateShare(s, which, state, r));
        return r.percent();
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

    /**
     * Mean valence change from the first to the last step of {@code phase}, over journeys with two or more
     * steps in it (valences as {@code states} declares them; pairs with an undeclared state are left out).
     */
    public static double meanValenceChange(List<TestScenario> scenarios, String phase, EmotionalStates states) {
        Ratio r = new Ratio();
        scenarios.forEach(s -> valenceChange(s, phase, states, r));
        return r.value();
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

    /**
     * Percent of consecutive step pairs within {@code phase} whose valence does not drop: how stable the
     * customers' emotions are in that phase.
     */
    public static double stability(List<TestScenario> scenarios, String phase, EmotionalStates states) {
        Ratio r = new Ratio();
        scenarios.forEach(s -> stability(s, phase, states, r));
        return r.percent();
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

    /** Journeys that reached {@code phase} (have at least one step in it). */
    public static long reached(List<TestScenario> scenarios, String phase) {
        return scenarios.stream().filter(s -> reached(s, phase)).count();
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
