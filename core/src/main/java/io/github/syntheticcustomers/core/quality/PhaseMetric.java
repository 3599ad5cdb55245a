package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.Locale;

/**
 * The closed set of measurements a phase can declare in its {@code checks} ({@link JourneyConfig.PhaseCheck}).
 * Each measures the steps of one phase over all journeys; NaN when there is nothing to measure.
 */
enum PhaseMetric {
    /** Mean valence change from the phase's first to its last step, −2…2. */
    VALENCE_CHANGE("valence") {
        @Override
        double measure(List<TestScenario> scenarios, String phase, EmotionalStates states) {
            return JourneyMetrics.meanValenceChange(scenarios, phase, states);
        }
    },
    /** Percent of the phase's steps completed. */
    COMPLETION_RATE("%") {
        @Override
        double measure(List<TestScenario> scenarios, String phase, EmotionalStates states) {
            return JourneyMetrics.completionRate(scenarios, st -> phase.equals(st.phase()));
        }
    },
    /** Percent of the phase's steps in a motivating state. */
    MOTIVATION_SHARE("%") {
        @Override
        double measure(List<TestScenario> scenarios, String phase, EmotionalStates states) {
            return JourneyMetrics.stateShare(scenarios, st -> phase.equals(st.phase()), states::motivating);
        }
    },
    /** Percent of the phase's steps in a state of class distressed. */
    DISTRESSED_SHARE("%") {
        @Override
        double measure(List<TestScenario> scenarios, String phase, EmotionalStates states) {
            return JourneyMetrics.stateShare(scenarios, st -> phase.equals(st.phase()), states::distressed);
        }
    },
    /** Percent of the phase's consecutive step pairs whose valence does not drop. */
    STABILITY("%") {
        @Override
        double measure(List<TestScenario> scenarios, String phase, EmotionalStates states) {
            return JourneyMetrics.stability(scenarios, phase, states);
        }
    };

    private final String unit;

    PhaseMetric(String unit) {
        this.unit = unit;
    }

    /** The metric's value over the steps of {@code phase}. */
    abstract double measure(List<TestScenario> scenarios, String phase, EmotionalStates states);

    /** The unit its measurements are reported in. */
    String unit() {
        return unit;
    }

    /** The id the configuration uses, e.g. {@code valence_change}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric of a (validated) configuration id. */
    static PhaseMetric of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
