package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Journey completion: logical progression (framework order, nothing after an abandoned step, increasing
 * timestamps, known ids), per-step completion rates, and completion that follows the personas'
 * {@code action_tendency}.
 */
final class JourneyCompletionCheck implements QualityCheck {

    /** Steps reached by fewer journeys are not rated: too few to judge. */
    static final int MIN_REACHED = 10;

    @Override
    public String name() {
        return "journey_completion";
    }

    @Override
    public String title() {
        return "Journey completion";
    }

    @Override
    public String description() {
        return "Journeys progress logically (steps in framework order and in their phase, nothing after an "
                + "abandoned step, strictly increasing timestamps, known statuses; at most "
                + "quality.max_journey_violations errors); every step reached by at least " + MIN_REACHED
                + " journeys is completed by at least quality.min_step_completion_rate percent; completion "
                + "follows action_tendency across personas (quality.min_completion_profile_correlation).";
    }

    /** Structural problems of one journey, as example texts (empty when it is well formed). */
    static List<String> structure(TestScenario s, JourneyFramework framework) {
        List<String> problems = new ArrayList<>();
        if (s.journey().isEmpty()) {
            problems.add(s.scenarioId() + ": empty journey");
            return problems;
        }
        int last = -1;
        for (int i = 0; i < s.journey().size(); i++) {
            JourneyStep step = s.journey().get(i);
            String where = s.scenarioId() + " step " + (i + 1) + " (" + step.step() + ")";
            int position = framework.position(step.step());
            if (position < 0) {
                problems.add(where + ": unknown step");
            } else {
                if (!framework.steps().get(position).phase().equals(step.phase())) {
                    problems.add(where + ": in phase '" + step.phase() + "' but belongs to '"
                            + framework.steps().get(position).phase() + "'");
                }
                if (position <= last) {
                    problems.add(where + ": out of framework order");
                }
                last = position;
            }
            if (!CompletionStatus.ALL.contains(step.completionStatus())) {
                problems.add(where + ": unknown completion status '" + step.completionStatus() + "'");
            }
            if (CompletionStatus.ABANDONED.equals(step.completionStatus()) && i < s.journey().size() - 1) {
                problems.add(where + ": abandoned, yet followed by '" + s.journey().get(i + 1).step() + "' ("
                        + s.journey().get(i + 1).completionStatus() + ")");
            }
            if (i > 0 && (step.timestamp() == null || s.journey().get(i - 1).timestamp() == null
                    || !step.timestamp().isAfter(s.journey().get(i - 1).timestamp()))) {
                problems.add(where + ": timestamp " + step.timestamp() + " not after the previous step's");
            }
        }
        return problems;
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<TestScenario> scenarios = dataset.scenarios();
        if (scenarios.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no scenarios.");
        }
        List<String> examples = new ArrayList<>();
        long violations = 0;
        JourneyFramework framework = JourneyFramework.of(config);
        for (TestScenario s : scenarios) {
            List<String> problems = structure(s, framework);
            violations += problems.size();
            examples.addAll(problems.subList(0, Math.min(problems.size(), CheckResult.MAX_EXAMPLES)));
        }
        List<Measurement> measurements = new ArrayList<>();
        measurements.add(Measurement.of("progression_violations", violations, null, null,
                (double) config.quality().maxJourneyViolations(), "errors"));
        measurements.add(Measurement.of("overall_completion_rate", JourneyMetrics.completionRate(scenarios,
                st -> true), null, null, null, "%"));
        for (String step : framework.stepIds()) {
            long reached = scenarios.stream().filter(s -> s.journey().stream().anyMatch(x -> step.equals(x.step())))
                    .count();
            if (reached >= MIN_REACHED) {
                measurements.add(Measurement.of("completion_rate." + step, JourneyMetrics.completionRate(scenarios,
                        x -> step.equals(x.step())), null, config.quality().minStepCompletionRate(), null, "%"));
            }
        }
        double rho = PersonaCorrelation.of(config, scenarios, Traits::actionTendency,
                of -> JourneyMetrics.completionRate(of, st -> true));
        String note = "";
        if (!Double.isNaN(rho)) {
            measurements.add(Measurement.of("completion_profile_correlation", rho, null,
                    config.quality().minCompletionProfileCorrelation(), null, "rho"));
            note = " Rank correlation of action_tendency and completion: " + Decimals.format(Decimals.round2(rho))
                    + ".";
        }
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = (off == 0 ? "Journeys progress logically and steps are completed at plausible rates."
                : off + " journey-completion measurement(s) outside their thresholds.") + note;
        return CheckResult.judged(this, summary, measurements, examples);
    }
}
