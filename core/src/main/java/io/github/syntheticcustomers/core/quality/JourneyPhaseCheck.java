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
                + "reaching a phase that reach the next at least quality.min_phase_transition_rate. Each over at least "
                + MIN_SAMPLE + " journeys (fewer are not judged; skipped when nothing is).";
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
        long[] measured = new long[checks.size()]; // per declared check: the journeys it measured
        long[] reached = new long[phases.size()]; // per phase: the journeys with a step in it
        long[] reachedNext = new long[phases.size()]; // per phase: of those, the journeys with a step in the next
        return new Pass.OfScenarios() {
            @Override
            void scenario(TestScenario s) {
                for (int i = 0; i < checks.size(); i++) {
                    long before = ratios.get(i).whole();
                    PhaseMetric.of(checks.get(i).metric()).add(s, declared.get(i).id(), states, ratios.get(i));
                    measured[i] += ratios.get(i).whole() > before ? 1 : 0;
                }
                // a transition is judged over one population: the journeys that reached phase i. A journey that
                // starts later (a returning user's) is in neither count, so the rate stays within 0..100 %.
                for (int i = 0; i < phases.size(); i++) {
                    if (JourneyMetrics.reached(s, phases.get(i))) {
                        reached[i]++;
                        reachedNext[i] += i + 1 < phases.size() && JourneyMetrics.reached(s, phases.get(i + 1)) ? 1 : 0;
                    }
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                int unjudged = 0;
                for (int i = 0; i < checks.size(); i++) {
                    PhaseMetric metric = PhaseMetric.of(checks.get(i).metric());
                    double value = metric.value(ratios.get(i));
                    // nothing to measure (no journey reached the phase) is no measurement, not a failure; a
                    // measure over fewer than MIN_SAMPLE journeys is left unjudged
                    if (Double.isNaN(value)) {
                        continue;
                    }
                    if (measured[i] < MIN_SAMPLE) {
                        unjudged++;
                        continue;
                    }
                    measurements.add(Measurement.of(declared.get(i).id() + "." + metric.id(), value, null,
                            checks.get(i).atLeast(), checks.get(i).atMost(), metric.unit()));
                }
                for (int i = 0; i + 1 < phases.size(); i++) {
                    if (reached[i] == 0) {
                        continue;
                    }
                    if (reached[i] < MIN_SAMPLE) {
                        unjudged++;
                        continue;
                    }
                    measurements.add(Measurement.of("transition." + phases.get(i) + "_to_" + phases.get(i + 1),
                            100.0 * reachedNext[i] / reached[i], null, q.minPhaseTransitionRate(), null, "%"));
                }
                String notJudged = unjudged == 0 ? "" : " " + unjudged + " phase measurement(s) not judged: fewer"
                        + " than " + MIN_SAMPLE + " journeys.";
                if (measurements.isEmpty()) {
                    return unjudged > 0
                            ? CheckResult.tooFew(JourneyPhaseCheck.this, "no phase measurement has "
                                    + MIN_SAMPLE + " journeys to judge it by." + notJudged, measurements, List.of())
                            : CheckResult.skipped(JourneyPhaseCheck.this, "Nothing to measure: no phase declares a"
                                    + " check the journeys reach, and one phase has no transition.");
                }
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = (off == 0 ? "Every phase meets its threshold."
                        : off + " phase measurement(s) outside their bounds.") + notJudged;
                return CheckResult.judged(JourneyPhaseCheck.this, summary, measurements, List.of());
            }
        };
    }
}
