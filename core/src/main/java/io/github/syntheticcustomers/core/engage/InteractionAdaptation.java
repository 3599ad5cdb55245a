package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Interaction-based adaptation: turns the persona-enhanced step into the step a user actually sees,
 * given what was measured on it ({@link InteractionMeasurements#hesitationLoad()} h and
 * {@link InteractionMeasurements#confidence()} c).
 *
 * <ul>
 * <li><b>Struggling</b> (h ≥ hesitation threshold): one tier less (never below essential), deeper tiers
 *     held back until support has helped ({@code revealOn: after-support}); encouragement or celebration
 *     becomes guidance; the step is broken into smaller chunks (and help stays open if it was opened).</li>
 * <li><b>Confident</b> (otherwise, c ≥ confidence threshold): one tier more (never above
 *     comprehensive) and an offer to skip ahead.</li>
 * <li>Always: scaffolding intensity {@code + 0.3·h − 0.15·c}, persona intensity {@code + 0.2·h}
 *     (clamped to 0–1); two or more revisits add a recap of what was covered.</li>
 * </ul>
 */
public final class InteractionAdaptation {

    /** Added when the user struggles. */
    public static final String SMALLER_CHUNKS = "Step split into smaller parts, with a pause point after each";
    /** Added when the user struggles and opened help. */
    public static final String HELP_OPEN = "Help panel kept open";
    /** Added when the user moves confidently. */
    public static final String SKIP_AHEAD = "Offer to skip ahead";
    /** Added after two or more revisits. */
    public static final String RECAP = "Recap of what was covered last time";

    private final double hesitationThreshold;
    private final double confidenceThreshold;

    public InteractionAdaptation(double hesitationThreshold, double confidenceThreshold) {
        this.hesitationThreshold = hesitationThreshold;
        this.confidenceThreshold = confidenceThreshold;
    }

    /** Whether measurements count as struggling. */
    public boolean struggling(InteractionMeasurements m) {
        return m.hesitationLoad() >= hesitationThreshold;
    }

    /** Whether measurements count as confident progress (and not struggling). */
    public boolean confident(InteractionMeasurements m) {
        return !struggling(m) && m.confidence() >= confidenceThreshold;
    }

    /**
     * The step {@code enhanced} adapted to {@code m}; {@code definition} supplies the tier texts and
     * {@code message} the scaffolding message of a type, in the step's approach.
     */
    public EngagementStep apply(InteractionMeasurements m, EngagementStep enhanced, StepDefinition definition,
            UnaryOperator<String> message) {
        double h = m.hesitationLoad();
        double c = m.confidence();
        boolean struggling = struggling(m);
        boolean confident = confident(m);
        Tier type = struggling ? enhanced.type().shallower() : confident ? enhanced.type().deeper() : enhanced.type();

        EmotionalComponents e = enhanced.emotionalComponents();
        String emotionType = struggling ? supportiveType(e.type()) : e.type();
        EmotionalComponents emotional = new EmotionalComponents(emotionType,
                Decimals.unit2(e.intensity() + 0.3 * h - 0.15 * c),
                emotionType.equals(e.type()) ? e.message() : message.apply(emotionType));

        PersonaComponents p = enhanced.personaComponents();
        List<String> adaptations = new ArrayList<>(p.adaptations());
        if (struggling) {
            adaptations.add(SMALLER_CHUNKS);
            if (m.helpOpened()) {
                adaptations.add(HELP_OPEN);
            }
        } else if (confident) {
            adaptations.add(SKIP_AHEAD);
        }
        if (m.revisits() >= 2) {
            adaptations.add(RECAP);
        }
        PersonaComponents persona = new PersonaComponents(p.approach(), Decimals.unit2(p.intensity() + 0.2 * h),
                adaptations);

        DisclosureComponents d = enhanced.disclosureComponents();
        DisclosureComponents disclosure = ProgressiveDisclosure.disclose(type, d.visibilityRules().isVisible(),
                struggling, d.readiness());
        return new EngagementStep(enhanced.id(), enhanced.customerId(), enhanced.scenarioId(), enhanced.journeyStep(),
                enhanced.phase(), enhanced.emotionalState(), enhanced.completionStatus(), type, ProgressiveDisclosure.content(definition, type),
                enhanced.visibility(), enhanced.valueComponents(), emotional, persona, disclosure,
                ProgressiveDisclosure.loadingSequence(type), m, enhanced.progress(), enhanced.patternMetrics());
    }

    /** Under struggle, upbeat types give way to guidance; supportive types stay. */
    static String supportiveType(String type) {
        return "encouragement".equals(type) || "celebration".equals(type) ? "guidance" : type;
    }
}
