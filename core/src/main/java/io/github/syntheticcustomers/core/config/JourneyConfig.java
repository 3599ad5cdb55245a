package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code journey} section: how customer journeys through the four phases unfold. Emotional
 * states follow a Markov chain whose rows are weights (normalised per row, so one weight can be
 * changed without re-balancing the others); completion statuses follow a probability built from the
 * customer's traits, risk level, engagement, life events and current emotional state.
 *
 * @param phases the framework: phases in journey order, each with its steps in order
 * @param emotionalStates the emotional-state vocabulary, in the order of the transition matrix
 * @param stateActions actions typical of each emotional state, added to a step's own
 * @param statusActions the action that marks a step that was not completed, by completion status
 * @param traitActions the actions of a persona without its own, chosen from its traits
 * @param actionRequirements actions a customer does only when a rule about the customer holds (an account to
 *     set up, a screening history to compare with, a transport barrier to ask help for), by action id
 * @param transitions default emotional-state transition weights: current state → (next state → weight)
 * @param traitStepBias step biases of a persona without its own {@code step_bias}, from its traits
 * @param personas per-persona emotional models; a persona without an entry gets one derived from its traits
 * @param completion how likely each step is completed, and how the rest splits into skipped/partial/abandoned
 */
public record JourneyConfig(
        List<Phase> phases,
        List<EmotionalState> emotionalStates,
        Map<String, List<String>> stateActions,
        Map<String, String> statusActions,
        TraitActions traitActions,
        Map<String, ScenarioConfig.Eligibility> actionRequirements,
        Map<String, Map<String, Double>> transitions,
        List<TraitStepBias> traitStepBias,
        Map<String, PersonaJourney> personas,
        Completion completion) {

    public JourneyConfig {
        phases = Immutable.list(phases);
        emotionalStates = Immutable.list(emotionalStates);
        traitStepBias = Immutable.list(traitStepBias);
        stateActions = Immutable.mapOfLists(stateActions);
        statusActions = Immutable.map(statusActions);
        actionRequirements = Immutable.map(actionRequirements);
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
     * One emotional state of the vocabulary.
     *
     * @param id the state id, e.g. {@code curious}
     * @param emotionClass its class ({@code class} in the file): the kind of support it calls for, one of
     *     the ids of {@code journey.EmotionClass}
     * @param valence how good the state feels, −1.0–1.0; judges emotional progression
     * @param motivating whether the state moves a customer forward (the action-phase measurement); false when
     *     absent
     * @param fromTraits the state's weight at the first step of a persona without its own {@code initial}:
     *     the sum of these terms over the persona's traits
     */
    public record EmotionalState(String id, @JsonProperty("class") String emotionClass, Double valence,
            Boolean motivating, List<TraitTerm> fromTraits) {

        public EmotionalState {
            fromTraits = Immutable.list(fromTraits);
        }
    }

    /**
     * One term of a formula over traits: {@code weight × Π times × Π (1 − times_one_minus)}, multiplied in
     * that order (a trait may repeat, {@code [health_anxiety, health_anxiety]} is its square).
     *
     * @param weight the coefficient
     * @param times traits the term is multiplied by
     * @param timesOneMinus traits whose complement the term is multiplied by
     */
    public record TraitTerm(Double weight, List<String> times, List<String> timesOneMinus) {

        public TraitTerm {
            times = Immutable.list(times);
            timesOneMinus = Immutable.list(timesOneMinus);
        }

        /** The term's value for {@code traits} (every named trait present). */
        public double of(Traits traits) {
            double v = weight;
            if (times != null) {
                for (String t : times) {
                    v *= traits.value(t);
                }
            }
            if (timesOneMinus != null) {
                for (String t : timesOneMinus) {
                    v *= 1 - traits.value(t);
                }
            }
            return v;
        }

        /** The sum of {@code terms} for {@code traits}, added in order. */
        public static double sum(List<TraitTerm> terms, Traits traits) {
            double sum = 0;
            for (TraitTerm term : terms) {
                sum += term.of(traits);
            }
            return sum;
        }
    }

    /**
     * A step bias derived from traits: on entering {@code step}, {@code weight × Π times × Π (1 −
     * times_one_minus)} is added to the weight of {@code state}.
     *
     * @param step a step id of the framework
     * @param state an emotional state id
     * @param weight the coefficient
     * @param times traits the bias is multiplied by
     * @param timesOneMinus traits whose complement the bias is multiplied by
     */
    public record TraitStepBias(String step, String state, Double weight, List<String> times,
            List<String> timesOneMinus) {

        public TraitStepBias {
            times = Immutable.list(times);
            timesOneMinus = Immutable.list(timesOneMinus);
        }

        /** The bias as a term over traits. */
        public TraitTerm term() {
            return new TraitTerm(weight, times, timesOneMinus);
        }
    }

    /**
     * One phase of the framework.
     *
     * @param id the phase id, e.g. {@code awareness}
     * @param name its display name (optional): what the report and the analysis show; {@link #displayName()}
     * @param steps its steps, in journey order
     * @param checks what the quality checks measure in this phase, each against its bound; read from
     *     configuration files but not written, so that, like the {@code quality} thresholds, they do not change
     *     the configuration digest
     * @param gapBefore the time between the previous step and the phase's first step (absent: the timeline's
     *     {@code journey.gap_seconds} pause, the phase in a new session when {@code new_session_per_phase})
     * @param stepSpacing the time between consecutive steps of the phase (absent: the {@code gap_seconds} pause)
     */
    public record Phase(String id, String name, List<Step> steps,
            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<PhaseCheck> checks, Spacing gapBefore,
            Spacing stepSpacing) {

        public Phase {
            steps = Immutable.list(steps);
            checks = Immutable.list(checks);
        }

        /** The configured {@code name}, else the id in words ({@code first_season} → {@code First season}). */
        public String displayName() {
            return DisplayNames.of(id, name);
        }
    }

    /**
     * One measurement of a phase, from the closed set {@link #METRICS}, with a lower and/or an upper bound.
     *
     * @param metric one of {@link #METRICS}
     * @param atLeast the lowest passing value, or null
     * @param atMost the highest passing value, or null
     */
    public record PhaseCheck(String metric, Double atLeast, Double atMost) {

        /**
         * The metric kinds: {@code valence_change}, the mean change of emotional valence from the first to the
         * last step of the phase (−2…2, journeys with two or more steps in it); {@code completion_rate}, the
         * percent of its steps completed; {@code motivation_share}, the percent of its steps in a motivating
         * state; {@code distressed_share}, the percent in a state of class distressed; {@code stability}, the
         * percent of its consecutive step pairs whose valence does not drop.
         */
        public static final List<String> METRICS = List.of("valence_change", "completion_rate", "motivation_share",
                "distressed_share", "stability");
    }

    /**
     * One step of the framework.
     *
     * @param id the step id, unique in the framework, e.g. {@code initial_discovery}
     * @param name its display name (optional): what the report, the analysis and a step without content show;
     *     {@link #displayName()}
     * @param actions what a customer may do at this step (snake_case action ids)
     * @param actionsByState what a customer in one emotional state does at this step, in place of the state's
     *     general {@code state_actions} (optional, by state id)
     * @param actionsByPersona what a persona's customers do at this step, in place of the persona's general
     *     {@code actions} (optional, by persona id)
     * @param content the step's engagement content; without it the engagement steps get generic texts
     *     titled after the id
     * @param repeat the step's cadence: it occurs several times, each occurrence its own journey step (absent: once)
     * @param next the rules choosing the step after this one (absent: the next step of the framework; the
     *     framework's last step ends the journey)
     */
    public record Step(String id, String name, List<String> actions, Map<String, List<String>> actionsByState,
            Map<String, List<String>> actionsByPersona, Content content, Repeat repeat, List<Branch> next) {

        public Step {
            actions = Immutable.list(actions);
            actionsByState = Immutable.mapOfLists(actionsByState);
            actionsByPersona = Immutable.mapOfLists(actionsByPersona);
            next = Immutable.list(next);
        }

        /** The configured {@code name}, else the id in words ({@code plot_choice} → {@code Plot choice}). */
        public String displayName() {
            return DisplayNames.of(id, name);
        }

        /** The step of the seed's kind: once, followed by the framework's next step. */
        public Step(String id, List<String> actions, Map<String, List<String>> actionsByState,
                Map<String, List<String>> actionsByPersona, Content content) {
            this(id, null, actions, actionsByState, actionsByPersona, content, null, null);
        }
    }

    /**
     * A span of time as a range in one unit: exactly one of the pairs {@code min_days}/{@code max_days},
     * {@code min_hours}/{@code max_hours}, {@code min_minutes}/{@code max_minutes},
     * {@code min_seconds}/{@code max_seconds} (whole numbers, min ≤ max). Days and hours are a window: the step
     * opens in a later session that starts from {@code d} units (d drawn in min…max) to {@code max + 1} units after
     * the previous step opened. Minutes and seconds are a pause: the step opens that long after the previous
     * step ended, in the same session when it fits, else that long after the next session starts.
     *
     * @param minDays the fewest days (a window), with {@code max_days}
     * @param maxDays the most days (a window), with {@code min_days}
     * @param minHours the fewest hours (a window), with {@code max_hours}
     * @param maxHours the most hours (a window), with {@code min_hours}
     * @param minMinutes the shortest pause in minutes, with {@code max_minutes}
     * @param maxMinutes the longest pause in minutes, with {@code min_minutes}
     * @param minSeconds the shortest pause in seconds, with {@code max_seconds}
     * @param maxSeconds the longest pause in seconds, with {@code min_seconds}
     */
    public record Spacing(Integer minDays, Integer maxDays, Integer minHours, Integer maxHours, Integer minMinutes,
            Integer maxMinutes, Integer minSeconds, Integer maxSeconds) {

        /** The units, in the order of the pairs. */
        public static final List<String> UNITS = List.of("days", "hours", "minutes", "seconds");

        /** Seconds in each of {@link #UNITS}. */
        private static final int[] SECONDS = {86_400, 3_600, 60, 1};

        /** The pairs given ({@code [min, max]} per unit of {@link #UNITS}, null where absent). */
        public Integer[][] pairs() {
            return new Integer[][] {{minDays, maxDays}, {minHours, maxHours}, {minMinutes, maxMinutes},
                {minSeconds, maxSeconds}};
        }

        /** The index in {@link #UNITS} of the (validated) pair given. */
        public int unit() {
            Integer[][] p = pairs();
            for (int u = 0; u < p.length; u++) {
                if (p[u][0] != null || p[u][1] != null) {
                    return u;
                }
            }
            return UNITS.size() - 1;
        }

        /** Seconds in the unit. */
        public int unitSeconds() {
            return SECONDS[unit()];
        }

        /** The lower bound, in units. */
        public int min() {
            return pairs()[unit()][0];
        }

        /** The upper bound, in units. */
        public int max() {
            return pairs()[unit()][1];
        }

        /** Whether this is a window of days or hours (a later session), not a pause of minutes or seconds. */
        public boolean window() {
            return unit() <= 1;
        }
    }

    /**
     * A step's cadence: either {@code every_days} with {@code times} (occurrence k opens (k − 1) × every_days days
     * after the first, within that day), or {@code at_days} (occurrence k opens {@code at_days[k]} days after its
     * phase started; a step that opens its phase counts from the previous step). An occurrence after the first that
     * finds no session in its day is missed (not on the timeline); the next keeps its own schedule.
     *
     * @param everyDays days between occurrences, 1–366
     * @param times how many occurrences, 1–1000
     * @param atDays days after the phase start, strictly increasing, 0–36500
     */
    public record Repeat(Integer everyDays, Integer times, List<Integer> atDays) {

        public Repeat {
            atDays = Immutable.list(atDays);
        }

        /** The number of occurrences (validated). */
        public int occurrences() {
            return atDays != null ? atDays.size() : times;
        }
    }

    /**
     * One rule of a step's {@code next}: go to {@code to} with weight {@code weight} when every condition given
     * holds ({@code when} about the customer, {@code emotional_state} the state at the step just done,
     * {@code last_status} its completion status). Among the rules that hold one is drawn by weight; the last rule
     * has no condition (the default).
     *
     * @param when a rule about the customer, in the language of scenario eligibility (absent: holds)
     * @param emotionalState the emotional states at the step just done for which the rule holds (absent: any)
     * @param lastStatus the completion statuses of the step just done for which the rule holds (absent: any)
     * @param to the id of the next step
     * @param weight the rule's weight among the rules that hold, above 0 (absent: 1)
     */
    public record Branch(ScenarioConfig.Eligibility when, List<String> emotionalState, List<String> lastStatus,
            String to, Double weight) {

        public Branch {
            emotionalState = Immutable.list(emotionalState);
            lastStatus = Immutable.list(lastStatus);
        }

        /** Whether the rule has no condition. */
        public boolean unconditional() {
            return when == null && emotionalState == null && lastStatus == null;
        }

        /** The weight (1 when absent). */
        public double weightOrOne() {
            return weight == null ? 1 : weight;
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
     *
     * @param base the probability a step is completed before any adjustment (0–1)
     * @param traits the adjustment per unit of each trait, by trait name
     * @param engagementScore the adjustment per unit of the customer's engagement score
     * @param riskLevels the adjustment of each risk level, by level id
     * @param recentLifeEvent the adjustment when the customer had a recent life event
     * @param emotions the adjustment of each emotional state, by state id
     * @param phases the adjustment of each phase, by phase id
     * @param floor the lowest completion probability, after the adjustments
     * @param ceiling the highest completion probability, after the adjustments
     * @param abandonShare the share of the steps not completed that are abandoned (the journey ends)
     * @param skipShare the share of the steps not completed that are skipped (only skippable steps)
     * @param skippableSteps the steps that may be skipped, by step id
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
