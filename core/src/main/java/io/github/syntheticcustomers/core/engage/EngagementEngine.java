package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final EngagementConfig.Trajectory trajectory;
    private final StepTexts texts;
    private final EngagementApproaches approaches;
    private final EngagementConfig.Approach supportiveApproach;
    private final List<EngagementConfig.PersonalLine> personal;
    /** The rules of personal lines; null: no personal lines. */
    private final CustomerPredicates predicates;
    /** Each measurement code's decimals, as personal lines print the values. */
    private final Map<String, Integer> decimals;

    /**
     * An engine with the configuration's interaction thresholds, its framework's step content and its
     * emotional vocabulary (whose declared classes choose the scaffolding).
     */
    public EngagementEngine(EngagementConfig config, StepCatalogue catalogue, EmotionalStates emotions) {
        this(config, catalogue, emotions, null);
    }

    /**
     * An engine as {@link #EngagementEngine(EngagementConfig, StepCatalogue, EmotionalStates)} that also shows the
     * personal lines ({@code engagement.texts.personal}) whose rules {@code predicates} evaluates.
     */
    public EngagementEngine(EngagementConfig config, StepCatalogue catalogue, EmotionalStates emotions,
            CustomerPredicates predicates) {
        this(config, catalogue, emotions, predicates, Map.of());
    }

    /**
     * An engine as {@link #EngagementEngine(EngagementConfig, StepCatalogue, EmotionalStates, CustomerPredicates)}
     * whose personal lines print each measurement with its code's {@code decimals}.
     */
    public EngagementEngine(EngagementConfig config, StepCatalogue catalogue, EmotionalStates emotions,
            CustomerPredicates predicates, Map<String, Integer> decimals) {
        this.predicates = predicates;
        this.decimals = Map.copyOf(decimals);
        this.personal = config.texts().personal() == null ? List.of() : config.texts().personal();
        this.interactions = new InteractionAdaptation(config.hesitationThreshold(), config.confidenceThreshold(),
                config.interactionAdaptations());
        this.catalogue = catalogue;
        this.emotions = emotions;
        this.trajectory = config.trajectory();
        this.texts = new StepTexts(config.texts());
        this.approaches = new EngagementApproaches(config);
        this.supportiveApproach = approaches.get(trajectory.supportiveApproach());
    }

    /** An engine for a generator configuration. */
    public static EngagementEngine of(GeneratorConfig config) {
        Map<String, Integer> decimals = new HashMap<>();
        if (config.measurements() != null && config.measurements().values() != null) {
            for (MeasurementsConfig.Value v : config.measurements().values()) {
                if (v.decimals() != null) {
                    decimals.put(v.code(), v.decimals());
                }
            }
        }
        return new EngagementEngine(config.engagement(), StepCatalogue.of(config), EmotionalStates.of(config),
                CustomerPredicates.of(config), decimals);
    }

    /** The emotional vocabulary this engine classifies states with. */
    public EmotionalStates emotions() {
        return emotions;
    }

    /** The step content this engine adapts. */
    public StepCatalogue catalogue() {
        return catalogue;
    }

    /** The declared approaches this engine speaks in. */
    public EngagementApproaches approaches() {
        return approaches;
    }

    /** The interaction adaptation this engine applies. */
    public InteractionAdaptation interactionAdaptation() {
        return interactions;
    }

    /** The fully adapted step for {@code in}: enhanced, adapted to {@code in.measurements()}, scored. */
    public EngagementStep adapt(StepInput in) {
        StepDefinition definition = catalogue.find(in.stepId(), in.phase());
        Map<String, String> values = values(definition, in);
        EngagementStep enhanced = enhance(in, definition, values);
        EngagementConfig.Approach approach = approaches.get(enhanced.personaComponents().approach());
        EngagementStep adapted = interactions.apply(in.measurements(), enhanced, definition,
                type -> texts.scaffolding(type, approach, values));
        return withMetrics(adapted, fit(in));
    }

    /**
     * The persona-driven step before interaction adaptation (its {@code interactions} and metrics are
     * those of {@link InteractionMeasurements#NEUTRAL}). Its tier follows the trajectory readiness
     * ({@link #readiness}); in a state of a supportive class ({@code engagement.trajectory}) it is shown with the
     * supportive approach.
     */
    public EngagementStep enhance(StepInput in) {
        StepDefinition definition = catalogue.find(in.stepId(), in.phase());
        return enhance(in, definition, values(definition, in));
    }

    /** {@link #enhance(StepInput)} for the step's definition and its text values, found once by the caller. */
    private EngagementStep enhance(StepInput in, StepDefinition definition, Map<String, String> values) {
        EmotionClass emotion = emotions.classOf(in.emotionalState());
        EngagementApproaches.Match match = approachFor(approaches.resolve(in.approach(), in.traits()), emotion);
        EngagementConfig.Approach approach = match.approach();
        double readiness = readiness(in, emotion);
        Tier type = ProgressiveDisclosure.tierFor(readiness);
        boolean visible = !CompletionStatus.SKIPPED.equals(in.completionStatus());
        EngagementStep step = new EngagementStep(
                stepId(in), in.customerId(), in.scenarioId(), in.stepId(),
                in.phase() == null ? definition.phase() : in.phase(), in.emotionalState(), in.completionStatus(), type,
                ProgressiveDisclosure.content(definition, type), visible ? "visible" : "collapsed",
                ValueArticulation.articulate(definition, approach, in.completionStatus(), emotion, texts, values,
                        personalLine(in, values)),
                EmotionalScaffolding.scaffold(emotion, in.traits(), approach, in.soFar(), texts, values),
                PersonaAdaptation.adapt(approaches, match, in.traits()),
                ProgressiveDisclosure.disclose(type, visible, false, readiness),
                ProgressiveDisclosure.loadingSequence(type),
                InteractionMeasurements.NEUTRAL, Decimals.unit2(in.progress()), null);
        return withMetrics(step, fit(in.withMeasurements(InteractionMeasurements.NEUTRAL)));
    }

    /**
     * Readiness for depth on this step, 0–1: the persona's base readiness
     * ({@link ProgressiveDisclosure#readiness}) plus {@code progress_weight × (share of the steps so far completed
     * − 0.5)} and {@code interaction_weight × (mean confidence − mean hesitation load so far)} once a step lies
     * behind, clamped to 0–1, plus the {@code emotion_shift} of the current state's class, clamped again. So an
     * avoider who keeps completing steps unlocks extended content, and an overwhelmed professional is shown less.
     */
    public double readiness(StepInput in, EmotionClass emotion) {
        EngagementConfig.Approach persona = approaches.resolve(in.approach(), in.traits()).approach();
        double r = ProgressiveDisclosure.readiness(persona, in.traits());
        JourneySoFar so = in.soFar();
        if (so.reached() > 0) {
            r += trajectory.progressWeight() * (so.completionShare() - 0.5)
                    + trajectory.interactionWeight() * (so.meanConfidence() - so.meanHesitation());
        }
        // the state shifts what the journey so far has earned: an overwhelmed expert is shown less
        Double shift = trajectory.emotionShift() == null ? null : trajectory.emotionShift().get(emotion.id());
        return InteractionMeasurements.clamp(InteractionMeasurements.clamp(r) + (shift == null ? 0 : shift));
    }

    /**
     * The first personal line whose steps include this step and whose rule holds for the customer, filled in from
     * the customer's own record; null without a customer, predicates or fitting line. Nothing beyond the record.
     */
    private String personalLine(StepInput in, Map<String, String> values) {
        CustomerProfile c = in.customer();
        if (c == null || predicates == null) {
            return null;
        }
        for (EngagementConfig.PersonalLine line : personal) {
            if ((line.steps() == null || line.steps().contains(in.stepId()))
                    && (line.when() == null || predicates.holds(line.when(), c))) {
                Map<String, String> all = new HashMap<>(values);
                all.putAll(PersonalFacts.of(c, decimals));
                all.putAll(predicates.attributeTexts().values(c));
                return StepTexts.fill(line.text(), all);
            }
        }
        return null;
    }

    /** The persona's approach, or the supportive one in a state of a supportive class. */
    private EngagementApproaches.Match approachFor(EngagementApproaches.Match persona, EmotionClass emotion) {
        return trajectory.supportiveClasses() != null && trajectory.supportiveClasses().contains(emotion.id())
                ? new EngagementApproaches.Match(supportiveApproach, persona.strength(), persona.declared()) : persona;
    }

    /** The values of the text placeholders ({@link EngagementConfig#PLACEHOLDERS}) for one step. */
    private static Map<String, String> values(StepDefinition step, StepInput in) {
        int completedAfter = in.soFar().completed() + (CompletionStatus.COMPLETED.equals(in.completionStatus()) ? 1 : 0);
        Map<String, String> v = new HashMap<>();
        v.put("title", step.title());
        v.put("benefit", step.benefit());
        v.put("evidence", step.evidence());
        v.put("minutes", ValueArticulation.minutes(step));
        v.put("step_number", Integer.toString(in.stepNumber()));
        v.put("step_count", Integer.toString(in.journeyLength()));
        v.put("completed_before", Integer.toString(in.soFar().completed()));
        v.put("completed_steps", Integer.toString(completedAfter));
        v.put("remaining_steps", Integer.toString(Math.max(0, in.journeyLength() - in.stepNumber())));
        v.put("first_name", in.firstName() == null ? "there" : in.firstName());
        return v;
    }

    /** What the adapted step should look like for the user of {@code in} (see {@link PersonaFit}). */
    public PersonaFit fit(StepInput in) {
        EmotionClass emotion = emotions.classOf(in.emotionalState());
        EngagementApproaches.Match match = approachFor(approaches.resolve(in.approach(), in.traits()), emotion);
        InteractionMeasurements m = in.measurements();
        double readiness = InteractionMeasurements.clamp(readiness(in, emotion)
                + 0.35 * (m.confidence() - m.hesitationLoad()));
        String type = interactions.struggling(m) ? InteractionAdaptation.supportiveType(emotion.scaffoldType())
                : emotion.scaffoldType();
        return new PersonaFit(match.approach().id(), approaches.fromTraits(in.traits()).id(),
                PersonaAdaptation.expectedIntensity(in.traits()), readiness,
                EmotionalScaffolding.need(emotion, in.traits(), m), type);
    }

    private static EngagementStep withMetrics(EngagementStep s, PersonaFit fit) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(), s.valueComponents(),
                s.emotionalComponents(), s.personaComponents(), s.disclosureComponents(), s.loadingSequence(),
                s.interactions(), s.progress(), PatternMetricsCalculator.compute(s, fit));
    }

    /** {@code eng-000001-03}: the customer's number and the 1-based position of the step. */
    static String stepId(StepInput in) {
        return stepId(in.customerId(), in.position());
    }

    /** The id of the step at 1-based {@code position} of customer {@code customerId}'s journey. */
    public static String stepId(String customerId, int position) {
        String owner = customerId == null ? "step" : (customerId.startsWith("cus-") ? customerId.substring(4)
                : customerId);
        int p = position;
        return "eng-" + owner + "-" + (p >= 0 && p < 10 ? "0" + p : Integer.toString(p));
    }
}
