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
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<TestScenario> scenarios = dataset.scenarios();
        if (scenarios.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no scenarios.");
        }
        QualityConfig q = config.quality();
        EmotionalStates states = EmotionalStates.of(config);
        List<Measurement> measurements = new ArrayList<>();
        for (JourneyConfig.Phase phase : config.journey().phases()) {
            if (phase.checks() == null) {
                continue;
            }
            for (JourneyConfig.PhaseCheck check : phase.checks()) {
                PhaseMetric metric = PhaseMetric.of(check.metric());
                double value = metric.measure(scenarios, phase.id(), states);
                // nothing to measure (no journey reached the phase) is no measurement, not a failure
                if (!Double.isNaN(value)) {
                    measurements.add(Measurement.of(phase.id() + "." + metric.id(), value, null, check.atLeast(),
                            check.atMost(), metric.unit()));
                }
            }
        }
        List<String> phases = JourneyFramework.of(config).phases();
        List<Double> rates = JourneyMetrics.phaseTransitionRates(scenarios, phases);
        for (int i = 0; i < rates.size(); i++) {
            if (!Double.isNaN(rates.get(i))) {
                measurements.add(Measurement.of("transition." + phases.get(i) + "_to_" + phases.get(i + 1),
                        rates.get(i), null, q.minPhaseTransitionRate(), null, "%"));
            }
        }
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = off == 0 ? "Every phase meets its threshold."
                : off + " phase measurement(s) outside their bounds.";
        return CheckResult.judged(this, summary, measurements, List.of());
    }
}
