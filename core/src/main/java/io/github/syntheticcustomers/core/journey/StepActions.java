package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer does at a step: snake_case action ids from a per-step vocabulary, plus actions
 * typical of the emotional state and of the persona (for a persona without its own list, actions chosen
 * from its traits). How many actions depends on the completion status.
 */
final class StepActions {

    /** Actions typical of each emotional state, by state index. */
    private final List<List<String>> byState;
    /** The action that marks a status other than {@code completed}. */
    private final Map<String, String> byStatus;
    /** Each persona's own actions; a persona without them gets actions chosen from its traits. */
    private final Map<String, List<String>> byPersona;
    private final JourneyConfig.TraitActions traitActions;
    /** State ids by index. */
    private final List<String> stateIds;
    /** Rules an action needs to hold for the customer. */
    private final Map<String, ScenarioConfig.Eligibility> requirements;

    StepActions(GeneratorConfig config, EmotionalStates states) {
        List<List<String>> actions = new ArrayList<>();
        for (String state : states.ids()) {
            actions.add(config.journey().stateActions().get(state));
        }
        this.byState = List.copyOf(actions);
        this.stateIds = states.ids();
        this.requirements = config.journey().actionRequirements() == null ? Map.of()
                : config.journey().actionRequirements();
        this.byStatus = Map.copyOf(config.journey().statusActions());
        Map<String, List<String>> personas = new HashMap<>();
        config.personas().forEach((id, persona) -> {
            if (persona.actions() != null) {
                personas.put(id, persona.actions());
            }
        });
        this.byPersona = Map.copyOf(personas);
        this.traitActions = config.journey().traitActions();
    }

    /**
     * The actions of one step, in the order they happened. Actions whose {@code action_requirements} rule does
     * not hold for the customer are never chosen.
     */
    List<String> actions(Rng rng, JourneyFramework.Step step, int state, String status, CustomerPredicates.Facts facts) {
        String persona = facts.customer().personaType();
        Traits traits = facts.customer().traits();
        List<String> base = allowed(step.actions(), facts);
        List<String> emotional = allowed(step.actionsByState().getOrDefault(stateIds.get(state), byState.get(state)),
                facts);
        List<String> actions = new ArrayList<>();
        switch (status) {
            case CompletionStatus.COMPLETED -> {
                actions.addAll(rng.sample(base, Math.min(base.size(), 1 + rng.nextInt(2))));
                if (rng.chance(0.5)) {
                    pick(rng, emotional, actions);
                }
                if (rng.chance(0.35)) {
                    pick(rng, allowed(step.actionsByPersona().getOrDefault(persona, personaActions(persona, traits)),
                            facts), actions);
                }
            }
            case CompletionStatus.PARTIAL -> {
                pick(rng, base, actions);
                pick(rng, emotional, actions);
                actions.add(byStatus.get(CompletionStatus.PARTIAL));
            }
            case CompletionStatus.SKIPPED -> {
                if (rng.chance(0.5)) {
                    pick(rng, emotional, actions);
                }
                actions.add(byStatus.get(CompletionStatus.SKIPPED));
            }
            default -> {
                if (rng.chance(0.6)) {
                    pick(rng, base, actions);
                }
                pick(rng, emotional, actions);
                actions.add(byStatus.get(CompletionStatus.ABANDONED));
            }
        }
        return actions.stream().distinct().toList();
    }

    /** {@code actions} without those whose requirement does not hold for the customer. */
    private List<String> allowed(List<String> actions, CustomerPredicates.Facts facts) {
        if (requirements.isEmpty()) {
            return actions;
        }
        List<String> out = new ArrayList<>(actions.size());
        for (String action : actions) {
            ScenarioConfig.Eligibility rule = requirements.get(action);
            if (rule == null || CustomerPredicates.holds(rule, facts)) {
                out.add(action);
            }
        }
        return out;
    }

    /** Adds one action of {@code from} (none when it is empty). */
    private static void pick(Rng rng, List<String> from, List<String> actions) {
        if (!from.isEmpty()) {
            actions.add(rng.pick(from));
        }
    }

    private List<String> personaActions(String persona, Traits t) {
        List<String> own = byPersona.get(persona);
        if (own != null) {
            return own;
        }
        List<String> derived = new ArrayList<>();
        for (JourneyConfig.TraitAction rule : traitActions.rules()) {
            if (t.value(rule.trait()) >= rule.atLeast()) {
                derived.add(rule.action());
            }
        }
        if (derived.isEmpty()) {
            derived.add(traitActions.otherwise());
        }
        return derived;
    }
}
