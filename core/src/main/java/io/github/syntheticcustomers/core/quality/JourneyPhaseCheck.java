package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.QualityConfig;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's journey-phase validation: awareness emotional progression, engagement completion, action
 * motivation, continuity stability and the phase-transition rates, each against its threshold.
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
        return "Awareness: mean emotional valence change (−2…2) at least quality.min_awareness_valence_change. "
                + "Engagement: completion rate at least quality.min_engagement_completion_rate. Action: share of "
                + "motivated, confident or hopeful steps at least quality.min_action_motivation_share. Continuity: "
                + "share of step pairs whose valence does not drop at least quality.min_continuity_stability. "
                + "Transitions: share of journeys reaching a phase that reach the next at least "
                + "quality.min_phase_transition_rate.";
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<TestScenario> scenarios = dataset.scenarios();
        if (scenarios.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no scenarios.");
        }
        QualityConfig q = config.quality();
        List<Measurement> measurements = new ArrayList<>();
        add(measurements, "awareness.valence_change",
                JourneyMetrics.meanValenceChange(scenarios, JourneyFramework.AWARENESS),
                q.minAwarenessValenceChange(), "valence");
        add(measurements, "engagement.completion_rate", JourneyMetrics.completionRate(scenarios,
                st -> JourneyFramework.ENGAGEMENT.equals(st.phase())), q.minEngagementCompletionRate(), "%");
        add(measurements, "action.motivation_share", JourneyMetrics.stateShare(scenarios,
                st -> JourneyFramework.ACTION.equals(st.phase()), Emotions.MOTIVATING::contains),
                q.minActionMotivationShare(), "%");
        add(measurements, "continuity.stability", JourneyMetrics.stability(scenarios, JourneyFramework.CONTINUITY),
                q.minContinuityStability(), "%");
        List<Double> rates = JourneyMetrics.phaseTransitionRates(scenarios);
        List<String> phases = JourneyFramework.PHASES;
        for (int i = 0; i < rates.size(); i++) {
            add(measurements, "transition." + phases.get(i) + "_to_" + phases.get(i + 1), rates.get(i),
                    q.minPhaseTransitionRate(), "%");
        }
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = off == 0 ? "Every phase meets its threshold."
                : off + " phase measurement(s) below their thresholds.";
        return CheckResult.judged(this, summary, measurements, List.of());
    }

    /** Adds a measurement unless there was nothing to measure (NaN). */
    private static void add(List<Measurement> out, String subject, double value, double min, String unit) {
        if (!Double.isNaN(value)) {
            out.add(Measurement.of(subject, value, null, min, null, unit));
        }
    }
}
