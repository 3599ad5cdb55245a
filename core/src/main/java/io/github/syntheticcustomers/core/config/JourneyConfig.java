package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code journey} section: how customer journeys through the four phases unfold. Emotional
 * states follow a Markov chain whose rows are weights (normalised per row, so one weight can be
 * changed without re-balancing the others); completion statuses follow a probability built from the
 * customer's traits, risk level, engagement, life events and current emotional state.
 *
 * @param timing when journeys start and how far apart their steps are
 * @param phases the framework: phases in journey order, each with its steps in order
 * @param stateActions actions typical of each emotional state, added to a step's own
 * @param statusActions the action that marks a step that was not completed, by completion status
 * @param traitActions the actions of a persona without its own, chosen from its traits
 * @param transitions default emotional-state transition weights: current state → (next state → weight)
 * @param personas per-persona emotional models; a persona without an entry gets one derived from its traits
 * @param completion how likely each step is completed, and how the rest splits into skipped/partial/abandoned
 */
public record JourneyConfig(
        Timing timing,
        List<Phase> phases,
        Map<String, List<String>> stateActions,
        Map<String, String> statusActions,
        TraitActions traitActions,
        Map<String, Map<String, Double>> transitions,
        Map<String, PersonaJourney> personas,
        Completion completion) {

    public JourneyConfig {
        phases = Immutable.list(phases);
        stateActions = Immutable.mapOfLists(stateActions);
        statusActions = Immutable.map(statusActions);
        transitions = Immutable.mapOfMaps(transitions);
        personas = Immutable.map(personas);
    }

    /**
     * Actions chosen from traits, for a persona that lists none of its own.
     *
     * @param rules every rule whose trait is at least its threshold adds its action, in order
     * @param otherwise the action when no rule applies
     */
    public record TraitActions(List<TraitAction> rules, String otherwise) {

        public TraitActions {
            rules = Immutable.list(rules);
        }
    }

    /**
     * One trait rule: {@code action} when {@code trait} is at least {@code atLeast}.
     *
     * @param trait a trait name, e.g. {@code organization}
     * @param atLeast the threshold, 0–1
     * @param action the action id it adds
     */
    public record TraitAction(String trait, Double atLeast, String action) {
    }

    /**
     * One phase of the framework.
     *
     * @param id the phase id, e.g. {@code awareness}
     * @param steps its steps, in journey order
     */
    public record Phase(String id, List<Step> steps) {

        public Phase {
            steps = Immutable.list(steps);
        }
    }

    /**
     * One step of the framework.
     *
     * @param id the step id, unique in the framework, e.g. {@code initial_discovery}
     * @param actions what a customer may do at this step (snake_case action ids)
     * @param content the step's engagement content; without it the engagement steps get generic texts
     *     titled after the id
     */
    public record Step(String id, List<String> actions, Content content) {

        public Step {
            actions = Immutable.list(actions);
        }
    }

    /**
     * The engagement content of a step, before any adaptation: three content tiers and the raw material of
     * value articulation.
     *
     * @param title short display title
     * @param minutes typical minutes the step takes
     * @param benefit why the step matters to the user, as a clause ("you see …")
     * @param evidence the rationale, for the clinical approach
     * @param essential core content, always shown
     * @param extended additional context (extended tier)
     * @param comprehensive deep-dive detail (comprehensive tier)
     * @param context one sentence placing the step in the journey
     */
    public record Content(String title, Integer minutes, String benefit, String evidence, String essential,
            String extended, String comprehensive, String context) {
    }

    /**
     * Journey timing, all anchored to the reference date (UTC).
     *
     * @param startDays days after the reference date the first step happens
     * @param sessionHour hour of day (UTC) a session starts
     * @param minutesBetweenSteps gap between two steps of one phase (one session)
     * @param daysBetweenPhases gap between the sessions of two phases
     */
    public record Timing(IntRange startDays, IntRange sessionHour, IntRange minutesBetweenSteps,
            IntRange daysBetweenPhases) {
    }

    /**
     * A persona's emotional model.
     *
     * @param initial weights of the first step's emotional state
     * @param transitions rows that replace the default rows for this persona
     * @param stepBias weights added to the next-state row when entering a step (step id → state → weight)
     * @param completionBias added to every completion probability of this persona
     */
    public record PersonaJourney(
            Map<String, Double> initial,
            Map<String, Map<String, Double>> transitions,
            Map<String, Map<String, Double>> stepBias,
            Double completionBias) {

        public PersonaJourney {
            initial = Immutable.map(initial);
            transitions = Immutable.mapOfMaps(transitions);
            stepBias = Immutable.mapOfMaps(stepBias);
        }
    }

    /**
     * Completion criteria. The probability that a step is {@code completed} is {@code base} plus each
     * weighted trait, {@code engagement_score} times the customer's engagement score, the risk level's,
     * emotional state's and phase's adjustments, {@code recent_life_event} when the customer had a life
     * event within {@code scenarios.recent_life_event_days}, and the persona's and scenario type's biases,
     * clamped to [{@code floor}, {@code ceiling}]. The remainder is split: {@code abandon_share} of it
     * {@code abandoned} (the journey ends), {@code skip_share} {@code skipped} (only for
     * {@code skippable_steps}), the rest {@code partial}.
     */
    public record Completion(
            Double base,
            Map<String, Double> traits,
            Double engagementScore,
            Map<String, Double> riskLevels,
            Double recentLifeEvent,
            Map<String, Double> emotions,
            Map<String, Double> phases,
            Double floor,
            Double ceiling,
            Double abandonShare,
            Double skipShare,
            List<String> skippableSteps) {

        public Completion {
            traits = Immutable.map(traits);
            riskLevels = Immutable.map(riskLevels);
            emotions = Immutable.map(emotions);
            phases = Immutable.map(phases);
            skippableSteps = Immutable.list(skippableSteps);
        }
    }
}
