package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import java.util.Map;

/**
 * Value articulation: every step says why it matters before asking anything. The preview states the step's
 * benefit in the approach's register; the confirmation says what became of the step, in the wording of its
 * completion status (completed, partial, skipped, abandoned: {@code engagement.texts.confirmation}); the
 * contextual line places the step in the journey, plus the privacy note in distressed and self-conscious states.
 */
public final class ValueArticulation {

    private ValueArticulation() {
    }

    /** The value components of {@code step} for {@code approach}, with the step's text {@code values}. */
    static ValueComponents articulate(StepDefinition step, EngagementConfig.Approach approach, String status,
            EmotionClass emotion, StepTexts texts, Map<String, String> values, String personal) {
        String contextual = step.context();
        if (emotion == EmotionClass.DISTRESSED || emotion == EmotionClass.SELF_CONSCIOUS) {
            contextual += " " + texts.privacyNote(values);
        }
        return new ValueComponents(texts.preview(approach, values), texts.confirmation(status, approach, values),
                contextual, personal);
    }

    /** {@code 1 minute}, {@code 4 minutes}. */
    static String minutes(StepDefinition step) {
        return step.minutes() == 1 ? "1 minute" : step.minutes() + " minutes";
    }
}
