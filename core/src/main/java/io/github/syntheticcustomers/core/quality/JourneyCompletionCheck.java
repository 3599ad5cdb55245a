package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.JourneyPaths;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Journey completion: logical progression (framework order, nothing after an abandoned step, increasing
 * timestamps, known ids), per-step completion rates, and completion that follows the personas'
 * {@code action_tendency}.
 */
final class JourneyCompletionCheck implements QualityCheck {

    /** Steps reached by fewer journeys are not rated: too few to judge. */
    static final int MIN_REACHED = MIN_SAMPLE;

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
        return "Journeys progress logically (each step follows the previous on a route of the framework and lies in"
                + " its phase, nothing after an "
                + "abandoned step, strictly increasing timestamps, known statuses; at most "
                + "quality.max_journey_violations errors); every step reached by at least " + MIN_REACHED
                + " journeys is completed by at least quality.min_step_completion_rate percent; completion "
                + "follows action_tendency across personas (quality.min_completion_profile_correlation).";
    }

    /** Structural problems of one journey, as example texts (empty when it is well formed). */
    static List<String> structure(TestScenario s, JourneyPaths paths) {
        JourneyFramework framework = paths.framework();
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
                // a route of the framework leads from the previous step here (a repeat stays on its step); without
                // routes (next) that is the framework's order
                String previous = i == 0 ? null : s.journey().get(i - 1).step();
                if (previous != null && framework.position(previous) >= 0 && !paths.follows(previous, step.step())) {
                    problems.add(where + (paths.branched() || position > last
                            ? ": does not follow '" + previous + "' on any route" : ": out of framework order"));
                } else if (previous != null && previous.equals(step.step()) && (step.occurrence() == null
                        || s.journey().get(i - 1).occurrence() == null
                        || step.occurrence() <= s.journey().get(i - 1).occurrence())) {
                    problems.add(where + ": occurrence " + step.occurrence() + " not after the previous occurrence");
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
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasScenarios()) {
            return Pass.skipped(this, "The dataset has no scenarios.");
        }
        List<String> examples = new ArrayList<>();
        long[] violations = new long[1];
        JourneyPaths paths = JourneyPaths.of(config);
        JourneyFramework framework = paths.framework();
        Ratio overall = new Ratio();
        Map<String, Ratio> byStep = new LinkedHashMap<>();
        Map<String, Long> reachedBy = new LinkedHashMap<>();
        for (String step : framework.stepIds()) {
            byStep.put(step, new Ratio());
            reachedBy.put(step, 0L);
        }
        PersonaCorrelation.Tally byPersona = new PersonaCorrelation.Tally();
        return new Pass.OfScenarios() {
            @Override
            void scenario(TestScenario s) {
                List<String> problems = structure(s, paths);
                violations[0] += problems.size();
                for (String p : problems) {
                    if (examples.size() < CheckResult.MAX_EXAMPLES) {
                        examples.add(p);
                    }
                }
                JourneyMetrics.completion(s, st -> true, overall);
                for (Map.Entry<String, Ratio> e : byStep.entrySet()) {
                    String step = e.getKey();
                    if (s.journey().stream().anyMatch(x -> step.equals(x.step()))) {
                        reachedBy.merge(step, 1L, Long::sum);
                        JourneyMetrics.completion(s, x -> step.equals(x.step()), e.getValue());
                    }
                }
                if (s.user() != null) {
                    byPersona.add(s.user().personaType(), r -> JourneyMetrics.completion(s, st -> true, r));
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                measurements.add(Measurement.of("progression_violations", violations[0], null, null,
                        (double) config.quality().maxJourneyViolations(), "errors"));
                measurements.add(Measurement.of("overall_completion_rate", overall.percent(), null, null, null, "%"));
                for (String step : framework.stepIds()) {
                    if (reachedBy.get(step) >= MIN_REACHED) {
                        measurements.add(Measurement.of("completion_rate." + step, byStep.get(step).percent(), null,
                                config.quality().minStepCompletionRate(), null, "%"));
                    }
                }
                double rho = byPersona.rho(config, Traits::actionTendency, Ratio::percent);
                String note = "";
                if (!Double.isNaN(rho)) {
                    measurements.add(Measurement.of("completion_profile_correlation", rho, null,
                            config.quality().minCompletionProfileCorrelation(), null, "rho"));
                    note = " Rank correlation of action_tendency and completion: "
                            + Decimals.format(Decimals.round2(rho)) + ".";
                }
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = (off == 0 ? "Journeys progress logically and steps are completed at plausible rates."
                        : off + " journey-completion measurement(s) outside their thresholds.") + note;
                return CheckResult.judged(JourneyCompletionCheck.this, summary, measurements, examples);
            }
        };
    }
}
