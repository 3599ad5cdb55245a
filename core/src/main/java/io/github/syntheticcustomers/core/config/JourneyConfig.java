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
 * @param transitions default emotional-state transition weights: current state → (next state → weight)
 * @param personas per-persona emotional models; a persona without an entry gets one derived from its traits
 * @param completion how likely each step is completed, and how the rest splits into skipped/partial/abandoned
 */
public record JourneyConfig(
        Timing timing,
        Map<String, Map<String, Double>> transitions,
        Map<String, PersonaJourney> personas,
        Completion completion) {

    public JourneyConfig {
        transitions = Immutable.mapOfMaps(transitions);
        personas = Immutable.map(personas);
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
