package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.EngagementConfig;
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
 *     (clamped to 0–1); {@code recap_revisits} or more revisits add a recap of what was covered.</li>
 * </ul>
 *
 * <p>The adaptation texts and the recap's revisits are configuration ({@code engagement.interaction_adaptations}).</p>
 */
public final class InteractionAdaptation {

    private final double hesitationThreshold;
    private final double confidenceThreshold;
    private final EngagementConfig.InteractionAdaptations texts;

    /** An adaptation with these thresholds (0–1) and adaptation texts. */
    public InteractionAdaptation(double hesitationThreshold, double confidenceThreshold,
            EngagementConfig.InteractionAdaptations texts) {
        this.hesitationThreshold = hesitationThreshold;
        this.confidenceThreshold = confidenceThreshold;
        this.texts = texts;
    }

    /** The adaptation texts this adaptation adds ({@code engagement.interaction_adaptations}). */
    public EngagementConfig.InteractionAdaptations texts() {
        return texts;
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
            adaptations.add(texts.smallerChunks());
            if (m.helpOpened()) {
                adaptations.add(texts.helpOpen());
            }
        } else if (confident) {
            adaptations.add(texts.skipAhead());
        }
        if (m.revisits() >= texts.recapRevisits()) {
            adaptations.add(texts.recap());
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
