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

    // What each of these phases is measured by is still fixed here; declaring the measurements per phase in
    // the configuration (from a closed set of metric kinds) replaces them.
    private static final String AWARENESS = "awareness";
    private static final String ENGAGEMENT = "engagement";
    private static final String ACTION = "action";
    private static final String CONTINUITY = "continuity";

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<TestScenario> scenarios = dataset.scenarios();
        if (scenarios.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no scenarios.");
        }
        QualityConfig q = config.quality();
        List<Measurement> measurements = new ArrayList<>();
        // the seed's phase measurements; a framework without such a phase measures nothing (NaN) for it
        add(measurements, "awareness.valence_change",
                JourneyMetrics.meanValenceChange(scenarios, AWARENESS), q.minAwarenessValenceChange(), "valence");
        add(measurements, "engagement.completion_rate", JourneyMetrics.completionRate(scenarios,
                st -> ENGAGEMENT.equals(st.phase())), q.minEngagementCompletionRate(), "%");
        add(measurements, "action.motivation_share", JourneyMetrics.stateShare(scenarios,
                st -> ACTION.equals(st.phase()), Emotions.MOTIVATING::contains), q.minActionMotivationShare(), "%");
        add(measurements, "continuity.stability", JourneyMetrics.stability(scenarios, CONTINUITY),
                q.minContinuityStability(), "%");
        List<String> phases = JourneyFramework.of(config).phases();
        List<Double> rates = JourneyMetrics.phaseTransitionRates(scenarios, phases);
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
