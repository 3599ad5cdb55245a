package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.EmotionalStates;

/**
 * The engagement pattern engine: adapts one journey step for one user, as the engagement system's
 * front end would. Two stages, mirroring the front end's hooks:
 *
 * <ol>
 * <li>{@link #enhance}: the persona-driven step (value articulation, progressive disclosure,
 *     emotional scaffolding, persona adaptation) before anything is measured;</li>
 * <li>{@link #adapt}: the enhanced step adapted to the measured interactions
 *     ({@link InteractionAdaptation}), scored by {@link PatternMetricsCalculator}.</li>
 * </ol>
 *
 * <p>Pure and deterministic: the same input gives the same step. Thread-safe.
 */
public final class EngagementEngine {

    private final InteractionAdaptation interactions;
    private final StepCatalogue catalogue;
    private final EmotionalStates emotions;

    /**
     * An engine with the configuration's interaction thresholds, its framework's step content and its
     * emotional vocabulary (whose declared classes choose the scaffolding).
     */
    public EngagementEngine(EngagementConfig config, StepCatalogue catalogue, EmotionalStates emotions) {
        this.interactions = new InteractionAdaptation(config.hesitationThreshold(), config.confidenceThreshold());
        this.catalogue = catalogue;
        this.emotions = emotions;
    }

    /** An engine for a generator configuration. */
    public static EngagementEngine of(GeneratorConfig config) {
        return new EngagementEngine(config.engagement(), StepCatalogue.of(config), EmotionalStates.of(config));
    }

    /** The emotional vocabulary this engine classifies states with. */
    public EmotionalStates emotions() {
        return emotions;
    }

    /** The step content this engine adapts. */
    public StepCatalogue catalogue() {
        return catalogue;
    }

    /** The interaction adaptation this engine applies. */
    public InteractionAdaptation interactionAdaptation() {
        return interactions;
    }

    /** The fully adapted step for {@code in}: enhanced, adapted to {@code in.measurements()}, scored. */
    public EngagementStep adapt(StepInput in) {
        StepDefinition definition = catalogue.find(in.stepId(), in.phase());
        EngagementStep adapted = interactions.apply(in.measurements(), enhance(in), definition);
        return withMetrics(adapted, fit(in));
    }

    /**
     * The persona-driven step before interaction adaptation (its {@code interactions} and metrics are
     * those of {@link InteractionMeasurements#NEUTRAL}).
     */
    public EngagementStep enhance(StepInput in) {
        StepDefinition definition = catalogue.find(in.stepId(), in.phase());
        PersonaStyles.Match match = PersonaStyles.resolve(in.style(), in.traits());
        PersonaApproach approach = match.approach();
        EmotionClass emotion = emotions.classOf(in.emotionalState());
        double readiness = ProgressiveDisclosure.readiness(approach, in.traits());
        Tier type = ProgressiveDisclosure.tierFor(readiness);
        boolean visible = !"skipped".equals(in.completionStatus());
        EngagementStep step = new EngagementStep(
                stepId(in), in.customerId(), in.scenarioId(), in.stepId(),
                in.phase() == null ? definition.phase() : in.phase(), in.emotionalState(), type,
                ProgressiveDisclosure.content(definition, type), visible ? "visible" : "collapsed",
                ValueArticulation.articulate(definition, approach, in.position(), in.journeyLength(), emotion),
                EmotionalScaffolding.scaffold(emotion, in.traits(), approach, definition),
                PersonaAdaptation.adapt(match, in.traits()),
                ProgressiveDisclosure.disclose(type, visible, false, readiness),
                ProgressiveDisclosure.loadingSequence(type),
                InteractionMeasurements.NEUTRAL, Decimals.unit2(in.progress()), null);
        return withMetrics(step, fit(in.withMeasurements(InteractionMeasurements.NEUTRAL)));
    }

    /** What the adapted step should look like for the user of {@code in} (see {@link PersonaFit}). */
    public PersonaFit fit(StepInput in) {
        PersonaStyles.Match match = PersonaStyles.resolve(in.style(), in.traits());
        EmotionClass emotion = emotions.classOf(in.emotionalState());
        InteractionMeasurements m = in.measurements();
        double readiness = InteractionMeasurements.clamp(ProgressiveDisclosure.readiness(match.approach(), in.traits())
                + 0.35 * (m.confidence() - m.hesitationLoad()));
        String type = interactions.struggling(m) ? InteractionAdaptation.supportiveType(emotion.scaffoldType())
                : emotion.scaffoldType();
        return new PersonaFit(match.approach(), PersonaStyles.fromTraits(in.traits()),
                PersonaAdaptation.expectedIntensity(in.traits()), readiness,
                EmotionalScaffolding.need(emotion, in.traits(), m), type);
    }

    private static EngagementStep withMetrics(EngagementStep s, PersonaFit fit) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.type(), s.content(), s.visibility(), s.valueComponents(),
                s.emotionalComponents(), s.personaComponents(), s.disclosureComponents(), s.loadingSequence(),
                s.interactions(), s.progress(), PatternMetricsCalculator.compute(s, fit));
    }

    /** {@code eng-000001-03}: the customer's number and the 1-based position of the step. */
    static String stepId(StepInput in) {
        String owner = in.customerId() == null ? "step" : (in.customerId().startsWith("cus-")
                ? in.customerId().substring(4) : in.customerId());
        int p = in.position();
        return "eng-" + owner + "-" + (p >= 0 && p < 10 ? "0" + p : Integer.toString(p));
    }
}
