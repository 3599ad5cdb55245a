package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The engagement pattern engine ({@code engagement} in the configuration file): its interaction thresholds,
 * how adaptation evolves along a journey, and the texts it shows.
 *
 * @param hesitationThreshold hesitation load (0–1) from which a user counts as struggling: scaffolding
 *        rises and deeper tiers are held back
 * @param confidenceThreshold confidence (0–1) from which a user who is not struggling gets one tier more
 * @param trajectory how readiness and approach follow what happened so far in the journey
 * @param texts the preview, confirmation, privacy and scaffolding texts, with {@link #PLACEHOLDERS}
 * @param stepEngagement the mean of a step's latent engagement (normal, sd 1) by the step's completion status: the
 *     simulated interactions, and so the pattern metrics, are drawn from it (docs/engagement-metrics.md)
 * @param approaches the declared approaches, in order (docs/engagement-approaches.md)
 * @param approachByTraits the rules that give a persona without a declared approach one, first match wins
 * @param traitAdaptations the adaptations a persona's traits add to its approach's own
 * @param interactionAdaptations the adaptations measured interactions add to a step
 */
public record EngagementConfig(Double hesitationThreshold, Double confidenceThreshold, Trajectory trajectory,
        Texts texts, Map<String, Double> stepEngagement, List<Approach> approaches, List<TraitRule> approachByTraits,
        List<TraitAdaptation> traitAdaptations, InteractionAdaptations interactionAdaptations) {

    public EngagementConfig {
        stepEngagement = Immutable.map(stepEngagement);
        approaches = Immutable.list(approaches);
        approachByTraits = Immutable.list(approachByTraits);
        traitAdaptations = Immutable.list(traitAdaptations);
    }

    /** The ids of the declared approaches, in declaration order (empty when none are declared). */
    public List<String> approachIds() {
        return approaches == null ? List.of()
                : approaches.stream().filter(a -> a != null && a.id() != null).map(Approach::id).toList();
    }

    /** The registers a scaffolding message is written in ({@link Register}). */
    public static final List<String> REGISTERS = List.of("warm", "brief");

    /**
     * One engagement approach ({@code engagement.approaches}): how a step speaks to the personas that name it
     * ({@code personas.<id>.approach}) or that the trait rule gives it ({@code engagement.approach_by_traits}).
     *
     * @param id the approach id, lower-case; texts ({@code engagement.texts.preview}, {@code confirmation}) are keyed
     *     by it and the JSON output writes it
     * @param name a display name (optional)
     * @param disclosureBase how much depth the approach wants up front, 0–1 (feeds readiness and so the tier)
     * @param scaffoldingBase how much emotional support the approach calls for by itself, 0–1 (feeds scaffolding
     *     intensity)
     * @param intensityBase how strongly content departs from a neutral default, 0–1 (feeds persona intensity)
     * @param scaffoldingRegister which register of {@code engagement.texts.scaffolding} it speaks in: {@code warm} or
     *     {@code brief}
     * @param adaptations the adaptations the approach always applies, in display order
     */
    public record Approach(String id, String name, Double disclosureBase, Double scaffoldingBase, Double intensityBase,
            String scaffoldingRegister, List<String> adaptations) {

        public Approach {
            adaptations = Immutable.list(adaptations);
        }
    }

    /**
     * One rule of {@code engagement.approach_by_traits}: the approach of a persona that declares none is that of the
     * first rule whose every trait bound holds for the persona's traits (an absent trait reads 0.5).
     *
     * @param when trait name to bound; null or empty: the rule always holds (the last rule must be such a default)
     * @param approach the approach id the rule gives
     */
    public record TraitRule(Map<String, TraitBound> when, String approach) {

        public TraitRule {
            when = Immutable.map(when);
        }
    }

    /**
     * A bound on one trait value, 0–1: {@code at_least} (value ≥ it) and/or {@code below} (value &lt; it).
     *
     * @param atLeast the least value that satisfies the bound, or null
     * @param below the value from which the bound no longer holds, or null
     */
    public record TraitBound(Double atLeast, Double below) {

        /** Whether {@code value} lies within the bound. */
        public boolean holds(double value) {
            return (atLeast == null || value >= atLeast) && (below == null || value < below);
        }
    }

    /**
     * An adaptation a persona's traits add to its approach's own ({@code engagement.trait_adaptations}).
     *
     * @param trait the trait name ({@link Traits#NAMES})
     * @param atLeast the trait value from which the adaptation applies, 0–1
     * @param text the adaptation as shown
     * @param unlessApproach an approach id that already provides it (null: none)
     */
    public record TraitAdaptation(String trait, Double atLeast, String text, String unlessApproach) {
    }

    /**
     * The adaptations measured interactions add to a step ({@code engagement.interaction_adaptations}).
     *
     * @param smallerChunks added when the user struggles
     * @param helpOpen added when the user struggles and opened help
     * @param skipAhead added when the user moves confidently
     * @param recap added after {@code recapRevisits} or more revisits
     * @param recapRevisits the revisits from which the recap is added (at least 1)
     */
    public record InteractionAdaptations(String smallerChunks, String helpOpen, String skipAhead, String recap,
            Integer recapRevisits) {
    }

    /**
     * The placeholders a text may use: the step's {@code title}, {@code benefit}, {@code evidence} and
     * {@code minutes}; its {@code step_number} in the framework of {@code step_count} steps; the journey's
     * steps {@code completed_before} this one and {@code completed_steps} after it (this one included when
     * completed); the framework's {@code remaining_steps} after this one; the customer's {@code first_name}. A
     * count may carry its noun in the number it takes: {@code {completed_before|step|steps}} reads "1 step",
     * "3 steps".
     */
    public static final List<String> PLACEHOLDERS = List.of("title", "benefit", "evidence", "minutes", "step_number",
            "step_count", "completed_before", "completed_steps", "remaining_steps", "first_name");

    /**
     * The further placeholders of personal lines, from the customer's own record: their {@code city}, the date of
     * their {@code last_screening}, the day they were {@code measured_on}, their most {@code recent_life_event}
     * (its description), and {@code m.<code>} for any measurement code (e.g. {@code m.systolic_bp}).
     */
    public static final List<String> PERSONAL_PLACEHOLDERS = List.of("city", "last_screening", "measured_on",
            "recent_life_event");

    /** The prefix of measurement placeholders in personal lines: {@code {m.systolic_bp}}. */
    public static final String MEASUREMENT_PREFIX = "m.";

    /**
     * How adaptation follows the journey so far (formulas in the guide: formats-and-schemas.md, "Engagement steps").
     *
     * @param progressWeight readiness gained per unit of (share of the steps so far completed − 0.5)
     * @param interactionWeight readiness gained per unit of (mean confidence − mean hesitation load) so far
     * @param emotionShift readiness added in a state of each emotional class (by class id; absent: 0)
     * @param supportiveApproach the approach shown while the customer is in one of {@code supportiveClasses}
     * @param supportiveClasses the emotional classes that switch to the supportive approach
     */
    public record Trajectory(Double progressWeight, Double interactionWeight, Map<String, Double> emotionShift,
            String supportiveApproach, List<String> supportiveClasses) {

        public Trajectory {
            emotionShift = Immutable.map(emotionShift);
            supportiveClasses = Immutable.list(supportiveClasses);
        }
    }

    /**
     * The engine's texts, by approach id (the ids of {@code engagement.approaches}).
     *
     * @param preview why the step matters, per approach
     * @param confirmation what the step's end says, per completion status and approach: each status has its own
     *     wording, so no text calls a skipped or abandoned step complete
     * @param privacyNote added to the contextual line in distressed and self-conscious states
     * @param scaffolding the message per scaffolding type, in each register (an approach's
     *     {@code scaffolding_register} picks one)
     * @param personal lines that speak to the customer's own facts: a step shows the first whose steps include it
     *     and whose rule holds for the customer
     */
    public record Texts(Map<String, String> preview, Map<String, Map<String, String>> confirmation,
            String privacyNote, Map<String, Register> scaffolding, List<PersonalLine> personal) {

        public Texts {
            preview = Immutable.map(preview);
            confirmation = Immutable.mapOfMaps(confirmation);
            scaffolding = Immutable.map(scaffolding);
            personal = Immutable.list(personal);
        }
    }

    /**
     * A line about the customer's own record (a due screening, a measurement to watch, a barrier, a recent life
     * event), with the placeholders of {@link #PLACEHOLDERS} and {@link #PERSONAL_PLACEHOLDERS}.
     *
     * @param text the line
     * @param when the rule that must hold for the customer (the scenario-eligibility forms); null: any customer
     * @param steps the framework steps that show it; null: every step
     */
    public record PersonalLine(String text, ScenarioConfig.Eligibility when, List<String> steps) {

        public PersonalLine {
            steps = Immutable.list(steps);
        }
    }

    /**
     * One message in two registers.
     *
     * @param warm for the approaches whose {@code scaffolding_register} is {@code warm}
     * @param brief for those whose register is {@code brief}
     */
    public record Register(String warm, String brief) {
    }
}
