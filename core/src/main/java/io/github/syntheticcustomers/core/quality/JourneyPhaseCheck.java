package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.QualityConfig;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Journey-phase validation: every measurement each phase declares in its {@code checks} (a
 * {@link PhaseMetric} with its bounds), and the rate at which journeys reaching a phase reach the next.
 */
final class JourneyPhaseCheck implements QualityCheck {

    @Override
    public String name() {
        return "journey_phases";
    }

    @Override
    public String title() {
        return "Journey-phase validation";
    }

    @Override
    public String description() {
        return "Each phase's declared checks (journey.phases[].checks: valence_change −2…2, completion_rate, "
                + "motivation_share, distressed_share, stability in %) within their bounds; the share of journeys "
                + "reaching a phase that reach the next at least quality.min_phase_transition_rate.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasScenarios()) {
            return Pass.skipped(this, "The dataset has no scenarios.");
        }
        QualityConfig q = config.quality();
        EmotionalStates states = EmotionalStates.of(config);
        List<String> phases = JourneyFramework.of(config).phases();
        // each declared check with its running ratio, in the configuration's order
        List<JourneyConfig.Phase> declared = new ArrayList<>();
        List<JourneyConfig.PhaseCheck> checks = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        for (JourneyConfig.Phase phase : config.journey().phases()) {
            if (phase.checks() != null) {
                for (JourneyConfig.PhaseCheck check : phase.checks()) {
                    declared.add(phase);
                    checks.add(check);
                    ratios.add(new Ratio());
                }
            }
        }
        long[] reached = new long[phases.size()];
        return new Pass.OfScenarios() {
            @Override
            void scenario(TestScenario s) {
                for (int i = 0; i < checks.size(); i++) {
                    PhaseMetric.of(checks.get(i).metric()).add(s, declared.get(i).id(), states, ratios.get(i));
                }
                for (int i = 0; i < phases.size(); i++) {
                    reached[i] += JourneyMetrics.reached(s, phases.get(i)) ? 1 : 0;
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                for (int i = 0; i < checks.size(); i++) {
                    PhaseMetric metric = PhaseMetric.of(checks.get(i).metric());
                    double value = metric.value(ratios.get(i));
                    // nothing to measure (no journey reached the phase) is no measurement, not a failure
                    if (!Double.isNaN(value)) {
                        measurements.add(Measurement.of(declared.get(i).id() + "." + metric.id(), value, null,
                                checks.get(i).atLeast(), checks.get(i).atMost(), metric.unit()));
                    }
                }
                for (int i = 0; i + 1 < phases.size(); i++) {
                    if (reached[i] > 0) {
                        measurements.add(Measurement.of("transition." + phases.get(i) + "_to_" + phases.get(i + 1),
                                100.0 * reached[i + 1] / reached[i], null, q.minPhaseTransitionRate(), null, "%"));
                    }
                }
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = off == 0 ? "Every phase meets its threshold."
                        : off + " phase measurement(s) outside their bounds.";
                return CheckResult.judged(JourneyPhaseCheck.this, summary, measurements, List.of());
            }
        };
    }
}
