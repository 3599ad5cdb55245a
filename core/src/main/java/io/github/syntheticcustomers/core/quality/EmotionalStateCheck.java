package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Emotional-state patterns: every state is from the vocabulary, and the personas' emotions follow their
 * profile (the more health-anxious a persona, the more of its steps are anxious or overwhelmed).
 */
final class EmotionalStateCheck implements QualityCheck {

    @Override
    public String name() {
        return "emotional_states";
    }

    @Override
    public String title() {
        return "Emotional-state patterns";
    }

    @Override
    public String description() {
        return "Every journey step's emotional state is from the vocabulary (journey.emotional_states); across "
                + "personas with at least " + PersonaCorrelation.MIN_SCENARIOS + " scenarios, the share of steps "
                + "in a distressed state follows health_anxiety (rank correlation at least "
                + "quality.min_emotion_profile_correlation).";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasScenarios()) {
            return Pass.skipped(this, "The dataset has no scenarios.");
        }
        EmotionalStates states = EmotionalStates.of(config);
        List<String> examples = new ArrayList<>();
        long[] unknown = new long[1];
        Ratio distressed = new Ratio();
        PersonaCorrelation.Tally byPersona = new PersonaCorrelation.Tally();
        return new Pass.OfScenarios() {
            @Override
            void scenario(TestScenario s) {
                for (JourneyStep step : s.journey()) {
                    if (!states.contains(step.emotionalState())) {
                        unknown[0]++;
                        if (examples.size() < CheckResult.MAX_EXAMPLES) {
                            examples.add(s.scenarioId() + " " + step.step() + ": unknown emotional state '"
                                    + step.emotionalState() + "'");
                        }
                    }
                }
                JourneyMetrics.stateShare(s, st -> true, states::distressed, distressed);
                if (s.user() != null) {
                    byPersona.add(s.user().personaType(),
                            r -> JourneyMetrics.stateShare(s, st -> true, states::distressed, r));
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                measurements.add(Measurement.of("unknown_emotional_states", unknown[0], null, null,
                        (double) config.quality().maxJourneyViolations(), "steps"));
                measurements.add(Measurement.of("distressed_step_share", distressed.percent(), null, null, null, "%"));
                double rho = byPersona.rho(config, Traits::healthAnxiety, Ratio::percent);
                String note;
                if (Double.isNaN(rho)) {
                    note = " Emotion profile not measurable (fewer than three personas with enough scenarios).";
                } else {
                    measurements.add(Measurement.of("emotion_profile_correlation", rho, null,
                            config.quality().minEmotionProfileCorrelation(), null, "rho"));
                    note = " Rank correlation of health_anxiety and distressed share (" + String.join(", ",
                            states.distressedStates()) + "): " + Decimals.format(Decimals.round2(rho)) + ".";
                }
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = (off == 0 ? "Emotional states are valid and follow the personas' profiles."
                        : off + " emotional-state measurement(s) outside their thresholds.") + note;
                return CheckResult.judged(EmotionalStateCheck.this, summary, measurements, examples);
            }
        };
    }
}
