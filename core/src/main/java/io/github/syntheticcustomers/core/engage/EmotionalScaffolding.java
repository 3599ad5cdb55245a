package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;

/**
 * Emotional scaffolding: support matched to the user's current emotional state (from the journey)
 * and health anxiety. The type comes from the state's {@link EmotionClass}; the intensity is
 * {@code clamp(0.5·need(class) + 0.3·health_anxiety + 0.2·scaffoldingBase(approach))}; the message is
 * warm for gentle and balanced approaches and brief for the others.
 */
public final class EmotionalScaffolding {

    private EmotionalScaffolding() {
    }

    /** The emotional components for a state, traits and approach, naming the step in the message. */
    public static EmotionalComponents scaffold(EmotionClass emotion, Traits traits, PersonaApproach approach,
            StepDefinition step) {
        double anxiety = PersonaStyles.v(traits == null ? null : traits.healthAnxiety());
        double intensity = 0.5 * emotion.need() + 0.3 * anxiety + 0.2 * approach.scaffoldingBase();
        String type = emotion.scaffoldType();
        return new EmotionalComponents(type, Decimals.unit2(intensity), message(type, approach, step));
    }

    /**
     * The support a user needs, 0–1, against which scaffolding intensity is judged:
     * {@code clamp(0.6·need(class) + 0.4·health_anxiety + 0.2·hesitationLoad)}.
     */
    public static double need(EmotionClass emotion, Traits traits, InteractionMeasurements m) {
        double anxiety = PersonaStyles.v(traits == null ? null : traits.healthAnxiety());
        return InteractionMeasurements.clamp(0.6 * emotion.need() + 0.4 * anxiety + 0.2 * m.hesitationLoad());
    }

    /** The message for a scaffolding type in the approach's register. */
    static String message(String type, PersonaApproach approach, StepDefinition step) {
        boolean warm = approach == PersonaApproach.GENTLE || approach == PersonaApproach.BALANCED;
        String title = "\"" + step.title() + "\"";
        return switch (type) {
            case "reassurance" -> warm
                    ? "It's completely normal to feel uneasy about this. Take " + title + " at your own pace; nothing here is a diagnosis."
                    : "Nothing in " + title + " is a diagnosis; you can stop and come back at any time.";
            case "normalization" -> warm
                    ? "Lots of people put this off; you're not alone, and starting now is what counts."
                    : "Putting this off is common. Starting now is what counts.";
            case "validation" -> warm
                    ? "It makes sense that this feels like a lot. Your time and concerns matter, and we'll keep it short."
                    : "Fair point: we keep " + title + " short and to the point.";
            case "guidance" -> warm
                    ? "Not sure where to start? We'll walk you through " + title + " one question at a time."
                    : "Next: " + title + ". Each question shows why it is asked.";
            case "celebration" -> warm
                    ? "You're making real progress, well done!"
                    : "Good progress: you are ahead of most users at this point.";
            default -> warm
                    ? "You're doing great: " + title + " is a small step with a real payoff."
                    : title + " takes a few minutes and moves your plan forward.";
        };
    }
}
