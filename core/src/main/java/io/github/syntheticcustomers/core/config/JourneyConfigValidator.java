package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code journey} and {@code scenarios} sections; the first problem is thrown as a located
 * {@link ConfigException}. Entries for personas or risk levels that are not configured are an error when
 * the user's file names them, and ignored when they come from the built-in defaults (a user who removes a
 * default persona need not also remove its journey entry).
 */
final class JourneyConfigValidator {

    /** The largest weight (emotional transitions, initial weights, scenario types); the schema reads it too. */
    static final double MAX_WEIGHT = 1_000_000;

    private JourneyConfigValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        JourneyConfig journey = required(config.journey(), "journey", "transitions, personas, completion", at);
        // the vocabulary and the framework first: every other part rests on them; then each part is checked on its
        // own, so that a mistake in the transitions does not hide one in the scenarios
        int before = at.problemCount();
        List<String> states = validateStates(journey, at);
        if (at.problemCount() > before) {
            return;
        }
        RuleVocabulary listed = RuleVocabulary.of(config);
        validateFramework(journey, states, config.personas().keySet(), listed, at);
        JourneyFramework framework = JourneyFramework.of(journey);
        at.check(() -> {
            // absent (e.g. a file with its own vocabulary gave none) is reported per state, below
            Map<String, Map<String, Double>> rows = journey.transitions() == null ? Map.of() : journey.transitions();
            validateRows("journey.transitions", rows, states, at);
            for (String state : states) {
                if (rows.get(state) == null) {
                    throw at.error("journey.transitions." + state, "is required: every emotional state needs its row",
                            null, "a mapping of next state to weight over " + String.join(", ", states));
                }
            }
        });
        at.check(() -> validateTraitStepBias(journey.traitStepBias(), framework, states, at));
        if (journey.personas() != null) {
            for (Map.Entry<String, JourneyConfig.PersonaJourney> e : journey.personas().entrySet()) {
                String base = "journey.personas." + e.getKey();
                at.check(() -> {
                    if (known(config.personas().keySet(), e.getKey(), base, "persona", at) && e.getValue() != null) {
                        validatePersona(base, e.getValue(), framework, states, at);
                    }
                });
            }
        }
        at.check(() -> validateCompletion(config, framework, states, required(journey.completion(),
                "journey.completion", "base, traits, engagement_score, risk_levels, recent_life_event, emotions, phases,"
                        + " floor, ceiling, abandon_share, skip_share, skippable_steps", at), at));
        at.check(() -> validateScenarios(required(config.scenarios(), "scenarios",
                "types, recent_life_event_days, lapsed_after_days, inactive_after_days", at), framework, states,
                listed, at));
        // time and routes of the framework: per-phase timing, repeats, branches (docs/journey-paths.md)
        at.check(() -> JourneyPathsValidator.validate(config, states, listed, at));
    }

    /**
     * The emotional vocabulary: at least one state, ids that are identifiers declared once, each with a class
     * from {@link EmotionClass#DECLARABLE}, a valence −1…1 and {@code from_traits} terms over known traits.
     *
     * @return the state ids, in order
     */
    private static List<String> validateStates(JourneyConfig journey, ConfigParser.Locator at) {
        List<JourneyConfig.EmotionalState> declared = required(journey.emotionalStates(), "journey.emotional_states",
                "a list of states, each { id, class, valence }", at);
        if (declared.isEmpty()) {
            throw at.error("journey.emotional_states", "has no states", "[]", "at least one state { id, class, valence }");
        }
        List<String> ids = new java.util.ArrayList<>();
        // each state is checked on its own, so that a mistake in one does not hide another's
        for (int i = 0; i < declared.size(); i++) {
            String base = "journey.emotional_states." + i;
            JourneyConfig.EmotionalState declaredState = declared.get(i);
            at.check(() -> state(base, declaredState, ids, at));
        }
        return List.copyOf(ids);
    }

    private static void state(String base, JourneyConfig.EmotionalState declared, List<String> ids,
            ConfigParser.Locator at) {
        JourneyConfig.EmotionalState state = required(declared, base, "{ id, class, valence }", at);
        String id = identifier(base + ".id", state.id(), "a state id such as curious", at);
        if (ids.contains(id)) {
            throw at.error(base + ".id", "emotional state '" + id + "' is declared twice", id,
                    "each state declared once");
        }
        ids.add(id);
        oneOf(base + ".class", required(state.emotionClass(), base + ".class",
                String.join(", ", EmotionClass.DECLARABLE), at), EmotionClass.DECLARABLE, "emotional class", at);
        number(base + ".valence", required(state.valence(), base + ".valence", "a number -1.0–1.0", at), -1, 1,
                "a number -1.0–1.0", at);
        if (state.fromTraits() != null) {
            for (int j = 0; j < state.fromTraits().size(); j++) {
                String prop = base + ".from_traits." + j;
                JourneyConfig.TraitTerm term = required(state.fromTraits().get(j), prop,
                        "{ weight, times, times_one_minus }", at);
                traitTerm(prop, term.weight(), term.times(), term.timesOneMinus(), at);
            }
        }
    }

    /** A weight 0–1000 and trait names that exist. */
    private static void traitTerm(String prop, Double weight, List<String> times, List<String> timesOneMinus,
            ConfigParser.Locator at) {
        number(prop + ".weight", required(weight, prop + ".weight", "a weight 0–1000", at), 0, 1000,
                "a weight 0–1000", at);
        for (String list : List.of("times", "times_one_minus")) {
            List<String> traits = list.equals("times") ? times : timesOneMinus;
            if (traits == null) {
                continue;
            }
            for (int k = 0; k < traits.size(); k++) {
                String p = prop + "." + list + "." + k;
                oneOf(p, required(traits.get(k), p, String.join(", ", Traits.NAMES), at), Traits.NAMES, "trait", at);
            }
        }
    }

    /** Derived step biases: known step and state (default entries for others are ignored), a valid term. */
    private static void validateTraitStepBias(List<JourneyConfig.TraitStepBias> rules, JourneyFramework framework,
            List<String> states, ConfigParser.Locator at) {
        if (rules == null) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            String base = "journey.trait_step_bias." + i;
            JourneyConfig.TraitStepBias rule = required(rules.get(i), base, "{ step, state, weight, times }", at);
            boolean step = known(framework.stepIds(), required(rule.step(), base + ".step", "a step id", at),
                    base + ".step", "step", at);
            boolean state = known(states, required(rule.state(), base + ".state", "an emotional state", at),
                    base + ".state", "emotional state", at);
            if (step && state) {
                traitTerm(base, rule.weight(), rule.times(), rule.timesOneMinus(), at);
            }
        }
    }

    /**
     * The framework: at least one phase, each with at least one step, ids that are identifiers and unique
     * (step ids across the whole framework), every step with its actions; an action for every emotional
     * state and for every status other than {@code completed}.
     */
    private static void validateFramework(JourneyConfig journey, List<String> states, Collection<String> personas,
            RuleVocabulary listed,
            ConfigParser.Locator at) {
        List<JourneyConfig.Phase> phases = required(journey.phases(), "journey.phases",
                "a list of phases, each { id, steps: [ { id, actions } ] }", at);
        if (phases.isEmpty()) {
            throw at.error("journey.phases", "has no phases", "[]", "at least one phase { id, steps }");
        }
        Map<String, String> phaseOfStep = new java.util.HashMap<>();
        List<String> phaseIds = new java.util.ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            String base = "journey.phases." + i;
            JourneyConfig.Phase phase = required(phases.get(i), base, "{ id, steps }", at);
            String id = identifier(base + ".id", phase.id(), "a phase id such as awareness", at);
            if (phaseIds.contains(id)) {
                throw at.error(base + ".id", "phase id '" + id + "' is used twice", id, "phase ids used once each");
            }
            phaseIds.add(id);
            List<JourneyConfig.Step> steps = required(phase.steps(), base + ".steps",
                    "a list of steps, each { id, actions }", at);
            if (steps.isEmpty()) {
                throw at.error(base + ".steps", "phase '" + id + "' has no steps", "[]", "at least one step { id, actions }");
            }
            for (int j = 0; j < steps.size(); j++) {
                String stepBase = base + ".steps." + j;
                JourneyConfig.Step step = required(steps.get(j), stepBase, "{ id, actions }", at);
                String stepId = identifier(stepBase + ".id", step.id(), "a step id such as set_goals", at);
                String earlier = phaseOfStep.putIfAbsent(stepId, id);
                if (earlier != null) {
                    throw at.error(stepBase + ".id", "step id '" + stepId + "' is used twice (also in phase '" + earlier
                            + "')", stepId, "step ids used once each in the whole framework");
                }
                validateActions(stepBase + ".actions", required(step.actions(), stepBase + ".actions",
                        "a list of action ids such as opened_welcome_page", at), at);
                actionsBy(stepBase + ".actions_by_state", step.actionsByState(), states, "emotional state", at);
                actionsBy(stepBase + ".actions_by_persona", step.actionsByPersona(), personas, "persona", at);
                if (step.content() != null) {
                    validateContent(stepBase + ".content", step.content(), at);
                }
            }
            if (phase.checks() != null) {
                for (int j = 0; j < phase.checks().size(); j++) {
                    String checkBase = base + ".checks." + j;
                    phaseCheck(checkBase, required(phase.checks().get(j), checkBase, "{ metric, at_least, at_most }",
                            at), at);
                }
            }
        }
        Map<String, List<String>> stateActions = journey.stateActions() == null ? Map.of() : journey.stateActions();
        for (Map.Entry<String, List<String>> e : stateActions.entrySet()) {
            String prop = "journey.state_actions." + e.getKey();
            if (known(states, e.getKey(), prop, "emotional state", at)) {
                validateActions(prop, required(e.getValue(), prop, "a list of action ids", at), at);
            }
        }
        for (String state : states) {
            if (stateActions.get(state) == null) {
                throw at.error("journey.state_actions." + state,
                        "is required: every emotional state needs its actions", null, "a list of action ids");
            }
        }
        Map<String, String> statusActions = required(journey.statusActions(), "journey.status_actions",
                "{ partial, skipped, abandoned }: one action id each", at);
        List<String> statuses = List.of(CompletionStatus.PARTIAL, CompletionStatus.SKIPPED, CompletionStatus.ABANDONED);
        for (Map.Entry<String, String> e : statusActions.entrySet()) {
            String prop = "journey.status_actions." + e.getKey();
            oneOf(prop, e.getKey(), statuses, "completion status", at);
            identifier(prop, e.getValue(), "an action id such as skipped_step", at);
        }
        for (String status : statuses) {
            if (!statusActions.containsKey(status)) {
                throw at.error("journey.status_actions", "missing the action of status '" + status + "'", null,
                        "one action id for each of " + String.join(", ", statuses));
            }
        }
        JourneyConfig.TraitActions traitActions = required(journey.traitActions(), "journey.trait_actions",
                "{ rules: [ { trait, at_least, action } ], otherwise }", at);
        List<JourneyConfig.TraitAction> rules = required(traitActions.rules(), "journey.trait_actions.rules",
                "a list of { trait, at_least, action }", at);
        for (int i = 0; i < rules.size(); i++) {
            String base = "journey.trait_actions.rules." + i;
            JourneyConfig.TraitAction rule = required(rules.get(i), base, "{ trait, at_least, action }", at);
            oneOf(base + ".trait", required(rule.trait(), base + ".trait", String.join(", ", Traits.NAMES), at),
                    Traits.NAMES, "trait", at);
            number(base + ".at_least", required(rule.atLeast(), base + ".at_least", "a number 0.0–1.0", at), 0, 1,
                    "a number 0.0–1.0", at);
            identifier(base + ".action", rule.action(), "an action id such as checked_schedule", at);
        }
        identifier("journey.trait_actions.otherwise", traitActions.otherwise(),
                "an action id such as chose_flexible_time_slot", at);
        if (journey.actionRequirements() != null) {
            for (Map.Entry<String, ScenarioConfig.Eligibility> e : journey.actionRequirements().entrySet()) {
                String prop = "journey.action_requirements." + e.getKey();
                identifier(prop, e.getKey(), "an action id such as requested_transport_help", at);
                eligibility(prop, required(e.getValue(), prop, ELIGIBILITY, at), listed, at);
            }
        }
    }

    /** Action lists keyed by a declared id (a state or a persona). */
    private static void actionsBy(String base, Map<String, List<String>> byId, Collection<String> ids, String what,
            ConfigParser.Locator at) {
        if (byId == null) {
            return;
        }
        for (Map.Entry<String, List<String>> e : byId.entrySet()) {
            String prop = base + "." + e.getKey();
            if (known(ids, e.getKey(), prop, what, at)) {
                validateActions(prop, required(e.getValue(), prop, "a list of action ids", at), at);
            }
        }
    }

    /** A metric from the closed set, at least one bound, bounds in the metric's range and in order. */
    private static void phaseCheck(String base, JourneyConfig.PhaseCheck check, ConfigParser.Locator at) {
        List<String> metrics = JourneyConfig.PhaseCheck.METRICS;
        String metric = required(check.metric(), base + ".metric", String.join(", ", metrics), at);
        oneOf(base + ".metric", metric, metrics, "phase metric", at);
        boolean valence = metric.equals(metrics.get(0));
        String allowed = valence ? "a number -2.0–2.0" : "a percentage 0–100";
        if (check.atLeast() == null && check.atMost() == null) {
            throw at.error(base, "has no bound", null, "at_least and/or at_most: " + allowed);
        }
        if (check.atLeast() != null) {
            number(base + ".at_least", check.atLeast(), valence ? -2 : 0, valence ? 2 : 100, allowed, at);
        }
        if (check.atMost() != null) {
            number(base + ".at_most", check.atMost(), valence ? -2 : 0, valence ? 2 : 100, allowed, at);
        }
        if (check.atLeast() != null && check.atMost() != null && check.atLeast() > check.atMost()) {
            throw at.error(base, "at_least is greater than at_most",
                    Decimals.format(check.atLeast()) + " > " + Decimals.format(check.atMost()), "at_least <= at_most");
        }
    }

    /** Every text of a step's content given and not blank, its minutes 1–240. */
    private static void validateContent(String base, JourneyConfig.Content c, ConfigParser.Locator at) {
        String[][] texts = {{"title", c.title()}, {"benefit", c.benefit()}, {"evidence", c.evidence()},
            {"essential", c.essential()}, {"extended", c.extended()}, {"comprehensive", c.comprehensive()},
            {"context", c.context()}};
        for (String[] text : texts) {
            String prop = base + "." + text[0];
            required(text[1], prop, "a text", at);
            if (text[1].isBlank()) {
                throw at.error(prop, "is blank", "''", "a text");
            }
        }
        number(base + ".minutes", required(c.minutes(), base + ".minutes", "a whole number 1–240", at), 1, 240,
                "a whole number 1–240", at);
    }

    /** A non-empty list of action ids (snake_case identifiers), each once. */
    static void validateActions(String prop, List<String> actions, ConfigParser.Locator at) {
        if (actions.isEmpty()) {
            throw at.error(prop, "has no actions", "[]", "at least one action id such as opened_welcome_page");
        }
        for (int i = 0; i < actions.size(); i++) {
            String action = identifier(prop + "." + i, actions.get(i), "an action id such as opened_welcome_page", at);
            if (actions.indexOf(action) != i) {
                throw at.error(prop + "." + i, "action '" + action + "' is listed twice", action, "each action once");
            }
        }
    }

    static String identifier(String prop, String value, String allowed, ConfigParser.Locator at) {
        required(value, prop, allowed, at);
        if (!ConfigValidator.ID.matcher(value).matches()) {
            throw at.error(prop, "is not an identifier", value,
                    allowed + " (lower-case letters, digits and _, starting with a letter, at most 64)");
        }
        return value;
    }

    static void range(String prop, IntRange r, int lo, int hi, ConfigParser.Locator at) {
        required(r, prop, "{ min: <" + lo + "–" + hi + ">, max: <" + lo + "–" + hi + "> }", at);
        required(r.min(), prop + ".min", "a whole number " + lo + "–" + hi, at);
        required(r.max(), prop + ".max", "a whole number " + lo + "–" + hi, at);
        number(prop + ".min", r.min(), lo, hi, "a whole number " + lo + "–" + hi, at);
        number(prop + ".max", r.max(), lo, hi, "a whole number " + lo + "–" + hi, at);
        if (r.min() > r.max()) {
            throw at.error(prop, "min is greater than max", r.min() + " > " + r.max(), "min <= max");
        }
    }

    private static void validatePersona(String base, JourneyConfig.PersonaJourney p, JourneyFramework framework,
            List<String> states, ConfigParser.Locator at) {
        if (p.initial() != null) {
            weights(base + ".initial", p.initial(), true, states, at);
        }
        if (p.transitions() != null) {
            validateRows(base + ".transitions", p.transitions(), states, at);
        }
        if (p.stepBias() != null) {
            for (Map.Entry<String, Map<String, Double>> e : p.stepBias().entrySet()) {
                String prop = base + ".step_bias." + e.getKey();
                // a default entry for a step the user's framework does not have is ignored
                if (known(framework.stepIds(), e.getKey(), prop, "step", at) && e.getValue() != null) {
                    weights(prop, e.getValue(), false, states, at);
                }
            }
        }
        if (p.completionBias() != null) {
            number(base + ".completion_bias", p.completionBias(), -1, 1, "a number -1.0–1.0", at);
        }
    }

    private static void validateRows(String prop, Map<String, Map<String, Double>> rows, List<String> states,
            ConfigParser.Locator at) {
        for (Map.Entry<String, Map<String, Double>> e : rows.entrySet()) {
            String rowProp = prop + "." + e.getKey();
            if (known(states, e.getKey(), rowProp, "emotional state", at) && e.getValue() != null) {
                weights(rowProp, e.getValue(), true, states, at);
            }
        }
    }

    /**
     * Non-negative weights keyed by emotional state; {@code positive}: at least one above 0. Default entries
     * for states the vocabulary does not declare are ignored.
     */
    private static void weights(String prop, Map<String, Double> weights, boolean positive, List<String> states,
            ConfigParser.Locator at) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            String p = prop + "." + e.getKey();
            if (!known(states, e.getKey(), p, "emotional state", at)) {
                continue;
            }
            required(e.getValue(), p, "a weight 0–" + (long) MAX_WEIGHT, at);
            number(p, e.getValue(), 0, MAX_WEIGHT, "a weight 0–" + (long) MAX_WEIGHT, at);
            sum += e.getValue();
        }
        if (positive && !(sum > 0)) {
            throw at.error(prop, "weights sum to 0", Decimals.format(sum), "at least one weight above 0");
        }
    }

    private static void validateCompletion(GeneratorConfig config, JourneyFramework framework, List<String> states,
            JourneyConfig.Completion c, ConfigParser.Locator at) {
        String base = "journey.completion.";
        number(base + "base", required(c.base(), base + "base", "a probability 0.0–1.0", at), 0, 1,
                "a probability 0.0–1.0", at);
        if (c.traits() != null) {
            for (Map.Entry<String, Double> e : c.traits().entrySet()) {
                oneOf(base + "traits." + e.getKey(), e.getKey(), Traits.NAMES, "trait", at);
                adjustment(base + "traits." + e.getKey(), e.getValue(), at);
            }
        }
        adjustmentIfSet(base + "engagement_score", c.engagementScore(), at);
        adjustmentIfSet(base + "recent_life_event", c.recentLifeEvent(), at);
        if (c.riskLevels() != null) {
            for (Map.Entry<String, Double> e : c.riskLevels().entrySet()) {
                String prop = base + "risk_levels." + e.getKey();
                if (known(config.riskLevels().keySet(), e.getKey(), prop, "risk level", at)) {
                    adjustment(prop, e.getValue(), at);
                }
            }
        }
        if (c.emotions() != null) {
            for (Map.Entry<String, Double> e : c.emotions().entrySet()) {
                if (known(states, e.getKey(), base + "emotions." + e.getKey(), "emotional state", at)) {
                    adjustment(base + "emotions." + e.getKey(), e.getValue(), at);
                }
            }
        }
        if (c.phases() != null) {
            for (Map.Entry<String, Double> e : c.phases().entrySet()) {
                if (known(framework.phases(), e.getKey(), base + "phases." + e.getKey(), "phase", at)) {
                    adjustment(base + "phases." + e.getKey(), e.getValue(), at);
                }
            }
        }
        double floor = probability(base + "floor", c.floor(), at);
        double ceiling = probability(base + "ceiling", c.ceiling(), at);
        if (floor > ceiling) {
            throw at.error(base + "floor", "floor is greater than ceiling",
                    Decimals.format(floor) + " > " + Decimals.format(ceiling), "floor <= ceiling");
        }
        double abandon = probability(base + "abandon_share", c.abandonShare(), at);
        double skip = probability(base + "skip_share", c.skipShare(), at);
        if (abandon + skip > 1.0 + 1e-9) {
            throw at.error(base + "skip_share", "abandon_share + skip_share exceed 1",
                    Decimals.format(Decimals.round(abandon + skip, 6)), "shares whose sum is at most 1.0");
        }
        if (c.skippableSteps() != null) {
            List<String> steps = c.skippableSteps();
            for (int i = 0; i < steps.size(); i++) {
                known(framework.stepIds(), steps.get(i), base + "skippable_steps." + i, "step", at);
            }
        }
    }

    private static void validateScenarios(ScenarioConfig s, JourneyFramework framework, List<String> states,
            RuleVocabulary listed, ConfigParser.Locator at) {
        Map<String, ScenarioConfig.ScenarioType> types = required(s.types(), "scenarios.types",
                "a mapping of scenario type to { weight, completion_bias, initial, eligible }", at);
        double total = 0;
        for (Map.Entry<String, ScenarioConfig.ScenarioType> e : types.entrySet()) {
            String base = "scenarios.types." + e.getKey();
            identifier(base, e.getKey(), "a scenario type id such as vip_user", at);
            ScenarioConfig.ScenarioType t = required(e.getValue(), base,
                    "{ weight, completion_bias, initial, eligible }", at);
            double w = required(t.weight(), base + ".weight", "a weight 0–" + (long) MAX_WEIGHT, at);
            number(base + ".weight", w, 0, MAX_WEIGHT, "a weight 0–" + (long) MAX_WEIGHT, at);
            total += w;
            adjustmentIfSet(base + ".completion_bias", t.completionBias(), at);
            if (t.initial() != null) {
                weights(base + ".initial", t.initial(), false, states, at);
            }
            eligibility(base + ".eligible", required(t.eligible(), base + ".eligible", ELIGIBILITY, at), listed, at);
            if (t.start() != null) {
                oneOf(base + ".start", t.start(), framework.stepIds(), "start step", at);
            }
        }
        if (!(total > 0)) {
            throw at.error("scenarios.types", "every scenario type has weight 0", "0",
                    "at least one scenario type with a weight above 0");
        }
        days("scenarios.recent_life_event_days", s.recentLifeEventDays(), 0, at);
        days("scenarios.lapsed_after_days", s.lapsedAfterDays(), 1, at);
        days("scenarios.inactive_after_days", s.inactiveAfterDays(), 1, at);
        Map<String, Integer> due = required(s.screeningDueAfterDays(), "scenarios.screening_due_after_days",
                "days after the last screening per screening frequency, e.g. { annual: 365, biennial: 730 }", at);
        for (Map.Entry<String, Integer> e : due.entrySet()) {
            String prop = "scenarios.screening_due_after_days." + e.getKey();
            identifier(prop, e.getKey(), "a screening frequency such as annual", at);
            days(prop, e.getValue(), 1, at);
        }
        number("scenarios.new_user_max_sessions", required(s.newUserMaxSessions(), "scenarios.new_user_max_sessions",
                "a whole number of sessions 0–1000", at), 0, 1000, "a whole number of sessions 0–1000", at);
    }

    static final String ELIGIBILITY = "one of { is: <condition> }, { life_event: <type>, within_days, count },"
            + " { persona: [...] },"
            + " { barrier: <social determinant> }, { has: <risk factor or kind> }, { measured: <risk factor> },"
            + " { account_age_days: { at_least, at_most } }, { number: { of, at_least, at_most } },"
            + " { field: { of, in: [...] } }, { occupation_group: <group> }, { earlier_action: [...] },"
            + " { attribute: { of, <the test of its type> } }, { all: [...] },"
            + " { any: [...] }, { not: {...} }";

    /** Exactly one form per rule; conditions from the closed set; lists not empty. */
    static void eligibility(String prop, ScenarioConfig.Eligibility rule, RuleVocabulary listed,
            ConfigParser.Locator at) {
        int forms = (rule.is() != null ? 1 : 0) + (rule.lifeEvent() != null ? 1 : 0)
                + (rule.persona() != null ? 1 : 0)
                + (rule.barrier() != null ? 1 : 0) + (rule.has() != null ? 1 : 0) + (rule.measured() != null ? 1 : 0)
                + (rule.accountAgeDays() != null ? 1 : 0)
                + (rule.number() != null ? 1 : 0) + (rule.field() != null ? 1 : 0)
                + (rule.occupationGroup() != null ? 1 : 0) + (rule.earlierAction() != null ? 1 : 0)
                + (rule.all() != null ? 1 : 0)
                + (rule.any() != null ? 1 : 0) + (rule.not() != null ? 1 : 0) + (rule.attribute() != null ? 1 : 0);
        if (forms != 1) {
            throw at.error(prop, forms == 0 ? "says nothing" : "combines " + forms + " forms", null, ELIGIBILITY);
        }
        if (rule.withinDays() != null) {
            if (rule.lifeEvent() == null) {
                throw at.error(prop + ".within_days", "applies only to life_event", rule.withinDays().toString(),
                        "{ life_event: <type>, within_days: <days> }");
            }
            days(prop + ".within_days", rule.withinDays(), 0, at);
        }
        if (rule.count() != null) {
            if (rule.lifeEvent() == null) {
                throw at.error(prop + ".count", "applies only to life_event", null,
                        "{ life_event: <type>, count: { at_least, at_most } }");
            }
            ScenarioConfig.DaysBound b = rule.count();
            if (b.atLeast() == null && b.atMost() == null) {
                throw at.error(prop + ".count", "has no bound", null, "at_least and/or at_most: a number of events");
            }
            if (b.atLeast() != null) {
                number(prop + ".count.at_least", b.atLeast(), 0, 1000, "a number of events 0–1000", at);
            }
            if (b.atMost() != null) {
                number(prop + ".count.at_most", b.atMost(), 0, 1000, "a number of events 0–1000", at);
            }
        }
        if (rule.is() != null) {
            oneOf(prop + ".is", rule.is(), ScenarioConfig.Eligibility.CONDITIONS, "condition", at);
        } else if (rule.accountAgeDays() != null) {
            ScenarioConfig.DaysBound b = rule.accountAgeDays();
            if (b.atLeast() == null && b.atMost() == null) {
                throw at.error(prop + ".account_age_days", "has no bound", null, "at_least and/or at_most: days");
            }
            if (b.atLeast() != null) {
                days(prop + ".account_age_days.at_least", b.atLeast(), 0, at);
            }
            if (b.atMost() != null) {
                days(prop + ".account_age_days.at_most", b.atMost(), 0, at);
            }
        } else if (rule.number() != null) {
            ScenarioConfig.NumberBound b = rule.number();
            List<String> quantities = new ArrayList<>(ScenarioConfig.Eligibility.QUANTITIES);
            quantities.addAll(Traits.NAMES);
            String of = required(b.of(), prop + ".number.of", "a quantity (" + String.join(", ", quantities)
                    + ") or a measurement code", at);
            // a number or boolean attribute (1 for true, 0 for false) counts as a number
            List<String> numericAttributes = listed.attributeIds("number", "boolean");
            if (!quantities.contains(of) && !listed.measurementCodes().contains(of)
                    && !numericAttributes.contains(of)) {
                List<String> allowed = new ArrayList<>(quantities);
                allowed.addAll(listed.measurementCodes());
                allowed.addAll(numericAttributes);
                throw at.error(prop + ".number.of", "unknown quantity or measurement code '" + of + "'", of,
                        String.join(", ", allowed));
            }
            if (b.atLeast() == null && b.atMost() == null) {
                throw at.error(prop + ".number", "has no bound", null, "at_least and/or at_most: numbers");
            }
        } else if (rule.attribute() != null) {
            AttributeRules.validate(prop + ".attribute", rule.attribute(), listed, at);
        } else if (rule.field() != null) {
            ScenarioConfig.FieldValues f = rule.field();
            oneOf(prop + ".field.of", required(f.of(), prop + ".field.of",
                    String.join(", ", ScenarioConfig.Eligibility.FIELDS), at), ScenarioConfig.Eligibility.FIELDS,
                    "field", at);
            if (f.in() == null || f.in().isEmpty()) {
                throw at.error(prop + ".field.in", "is empty", null, "at least one value");
            }
        } else if (rule.occupationGroup() != null) {
            oneOf(prop + ".occupation_group", rule.occupationGroup(), listed.occupationGroups(),
                    "occupation group", at);
        } else if (rule.earlierAction() != null) {
            if (rule.earlierAction().isEmpty()) {
                throw at.error(prop + ".earlier_action", "is empty", "[]", "at least one action id");
            }
            for (int i = 0; i < rule.earlierAction().size(); i++) {
                identifier(prop + ".earlier_action." + i, rule.earlierAction().get(i), "an action id", at);
            }
        } else if (rule.barrier() != null) {
            oneOf(prop + ".barrier", rule.barrier(), ScenarioConfig.Eligibility.BARRIERS, "social determinant", at);
        } else if (rule.has() != null) {
            oneOf(prop + ".has", rule.has(), listed.factors(), "risk factor or kind", at);
        } else if (rule.measured() != null) {
            oneOf(prop + ".measured", rule.measured(), listed.factors().stream().filter(id -> !RiskConfig.KINDS.contains(id))
                    .toList(), "risk factor", at);
        } else if (rule.lifeEvent() != null) {
            identifier(prop + ".life_event", rule.lifeEvent(), "a declared life event type", at);
            if (!listed.lifeEvents().contains(rule.lifeEvent())) {
                throw at.error(prop + ".life_event", "unknown life event type '" + rule.lifeEvent() + "'",
                        rule.lifeEvent(), RuleVocabulary.allowed(listed.lifeEvents()));
            }
        } else if (rule.persona() != null) {
            if (rule.persona().isEmpty()) {
                throw at.error(prop + ".persona", "is empty", "[]", RuleVocabulary.allowed(listed.personas()));
            }
            for (int i = 0; i < rule.persona().size(); i++) {
                oneOf(prop + ".persona." + i, rule.persona().get(i), listed.personas(), "persona", at);
            }
        } else if (rule.not() != null) {
            eligibility(prop + ".not", rule.not(), listed, at);
        } else {
            String form = rule.all() != null ? "all" : "any";
            List<ScenarioConfig.Eligibility> list = rule.all() != null ? rule.all() : rule.any();
            if (list.isEmpty()) {
                throw at.error(prop + "." + form, "is empty", "[]", "at least one rule");
            }
            for (int i = 0; i < list.size(); i++) {
                eligibility(prop + "." + form + "." + i, required(list.get(i), prop + "." + form + "." + i,
                        ELIGIBILITY, at), listed, at);
            }
        }
    }

    private static void days(String prop, Integer value, int min, ConfigParser.Locator at) {
        required(value, prop, "a number of days " + min + "–36500", at);
        number(prop, value, min, 36500, "a number of days " + min + "–36500", at);
    }

    /**
     * Whether {@code id} names a configured persona, risk level, step, phase or emotional state. An unknown
     * id set by the user's file is an error; one that comes only from the defaults is ignored (false).
     */
    private static boolean known(Collection<String> ids, String id, String prop, String what,
            ConfigParser.Locator at) {
        if (ids.contains(id)) {
            return true;
        }
        if (at.setByUser(prop)) {
            throw at.error(prop, "unknown " + what + " '" + id + "'", id, String.join(", ", ids));
        }
        return false;
    }

    static void oneOf(String prop, String id, List<String> allowed, String what, ConfigParser.Locator at) {
        if (!allowed.contains(id)) {
            throw at.error(prop, "unknown " + what + " '" + id + "'", id, String.join(", ", allowed));
        }
    }

    private static double probability(String prop, Double value, ConfigParser.Locator at) {
        required(value, prop, "a probability 0.0–1.0", at);
        number(prop, value, 0, 1, "a probability 0.0–1.0", at);
        return value;
    }

    private static void adjustmentIfSet(String prop, Double value, ConfigParser.Locator at) {
        if (value != null) {
            adjustment(prop, value, at);
        }
    }

    private static void adjustment(String prop, Double value, ConfigParser.Locator at) {
        required(value, prop, "a number -1.0–1.0", at);
        number(prop, value, -1, 1, "a number -1.0–1.0", at);
    }

    static void number(String prop, double value, double min, double max, String allowed,
            ConfigParser.Locator at) {
        if (!(value >= min && value <= max)) {
            throw at.error(prop, "out of range", Decimals.format(value), allowed);
        }
    }

    static <T> T required(T value, String prop, String allowed, ConfigParser.Locator at) {
        if (value == null) {
            throw at.error(prop, "is required", null, allowed);
        }
        return value;
    }
}
