package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.Locale;

/**
 * The closed set of measurements a phase can declare in its {@code checks} ({@link JourneyConfig.PhaseCheck}).
 * Each measures the steps of one phase over all journeys, one journey at a time; NaN when there is nothing to
 * measure.
 */
enum PhaseMetric {
    /** Mean valence change from the phase's first to its last step, −2…2. */
    VALENCE_CHANGE("valence") {
        @Override
        void add(TestScenario s, String phase, EmotionalStates states, Ratio into) {
            JourneyMetrics.valenceChange(s, phase, states, into);
        }

        @Override
        double value(Ratio r) {
            return r.value();
        }
    },
    /** Percent of the phase's steps completed. */
    COMPLETION_RATE("%") {
        @Override
        void add(TestScenario s, String phase, EmotionalStates states, Ratio into) {
            JourneyMetrics.completion(s, st -> phase.equals(st.phase()), into);
        }
    },
    /** Percent of the phase's steps in a motivating state. */
    MOTIVATION_SHARE("%") {
        @Override
        void add(TestScenario s, String phase, EmotionalStates states, Ratio into) {
            JourneyMetrics.stateShare(s, st -> phase.equals(st.phase()), states::motivating, into);
        }
    },
    /** Percent of the phase's steps in a state of class distressed. */
    DISTRESSED_SHARE("%") {
        @Override
        void add(TestScenario s, String phase, EmotionalStates states, Ratio into) {
            JourneyMetrics.stateShare(s, st -> phase.equals(st.phase()), states::distressed, into);
        }
    },
    /** Percent of the phase's consecutive step pairs whose valence does not drop. */
    STABILITY("%") {
        @Override
        void add(TestScenario s, String phase, EmotionalStates states, Ratio into) {
            JourneyMetrics.stability(s, phase, states, into);
        }
    };

    private final String unit;

    PhaseMetric(String unit) {
        this.unit = unit;
    }

    /** Adds one journey's steps of {@code phase} to the metric's ratio. */
    abstract void add(TestScenario s, String phase, EmotionalStates states, Ratio into);

    /** The metric's value from its ratio: a percentage unless the metric says otherwise; NaN over nothing. */
    double value(Ratio r) {
        return r.percent();
    }

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
