package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.Map;

/**
 * Emotional scaffolding: support matched to the user's current emotional state (from the journey)
 * and health anxiety. The type comes from the state's {@link EmotionClass}; the intensity is
 * {@code clamp(0.5·need(class) + 0.3·health_anxiety + 0.2·scaffoldingBase(approach))}; the message
 * ({@code engagement.texts.scaffolding}) is in the approach's {@code scaffolding_register} (warm or brief).
 */
public final class EmotionalScaffolding {

    /** The upbeat type of accomplished states. */
    static final String CELEBRATION = "celebration";
    /** The upbeat type of positive states, and of accomplished ones before any completed step. */
    static final String ENCOURAGEMENT = "encouragement";

    private EmotionalScaffolding() {
    }

    /**
     * The emotional components for a state, traits and approach. Celebration needs something to celebrate: before
     * the journey's first completed step it gives way to encouragement.
     */
    static EmotionalComponents scaffold(EmotionClass emotion, Traits traits, EngagementConfig.Approach approach,
            JourneySoFar soFar, StepTexts texts, Map<String, String> values) {
        double anxiety = EngagementApproaches.v(traits == null ? null : traits.healthAnxiety());
        double intensity = 0.5 * emotion.need() + 0.3 * anxiety + 0.2 * approach.scaffoldingBase();
        String type = emotion.scaffoldType();
        if (type.equals(CELEBRATION) && soFar.completed() == 0) {
            type = ENCOURAGEMENT;
        }
        return new EmotionalComponents(type, Decimals.unit2(intensity), texts.scaffolding(type, approach, values));
    }

    /**
     * The support a user needs, 0–1, against which scaffolding intensity is judged:
     * {@code clamp(0.6·need(class) + 0.4·health_anxiety + 0.2·hesitationLoad)}.
     */
    public static double need(EmotionClass emotion, Traits traits, InteractionMeasurements m) {
        double anxiety = EngagementApproaches.v(traits == null ? null : traits.healthAnxiety());
        return InteractionMeasurements.clamp(0.6 * emotion.need() + 0.4 * anxiety + 0.2 * m.hesitationLoad());
    }
}
