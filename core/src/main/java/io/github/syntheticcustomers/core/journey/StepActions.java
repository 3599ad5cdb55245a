package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
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

    StepActions(GeneratorConfig config, EmotionalStates states) {
        List<List<String>> actions = new ArrayList<>();
        for (String state : states.ids()) {
            actions.add(config.journey().stateActions().get(state));
        }
        this.byState = List.copyOf(actions);
        this.stateIds = states.ids();
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

    /** The actions of one step, in the order they happened. */
    List<String> actions(Rng rng, JourneyFramework.Step step, int state, String status, String persona, Traits traits) {
        List<String> base = step.actions();
        List<String> emotional = step.actionsByState().getOrDefault(stateIds.get(state), byState.get(state));
        List<String> actions = new ArrayList<>();
        switch (status) {
            case CompletionStatus.COMPLETED -> {
                actions.addAll(rng.sample(base, 1 + rng.nextInt(2)));
                if (rng.chance(0.5)) {
                    actions.add(rng.pick(emotional));
                }
                if (rng.chance(0.35)) {
                    actions.add(rng.pick(step.actionsByPersona().getOrDefault(persona,
                            personaActions(persona, traits))));
                }
            }
            case CompletionStatus.PARTIAL -> {
                actions.add(rng.pick(base));
                actions.add(rng.pick(emotional));
                actions.add(byStatus.get(CompletionStatus.PARTIAL));
            }
            case CompletionStatus.SKIPPED -> {
                if (rng.chance(0.5)) {
                    actions.add(rng.pick(emotional));
                }
                actions.add(byStatus.get(CompletionStatus.SKIPPED));
            }
            default -> {
                if (rng.chance(0.6)) {
                    actions.add(rng.pick(base));
                }
                actions.add(rng.pick(emotional));
                actions.add(byStatus.get(CompletionStatus.ABANDONED));
            }
        }
        return actions.stream().distinct().toList();
    }

    private List<String> personaActions(String persona, Traits t) {
        List<String> own = byPersona.get(persona);
        if (own != null) {
            return own;
        }
        Double[] values = t.values();
        List<String> derived = new ArrayList<>();
        for (JourneyConfig.TraitAction rule : traitActions.rules()) {
            if (values[Traits.NAMES.indexOf(rule.trait())] >= rule.atLeast()) {
                derived.add(rule.action());
            }
        }
        if (derived.isEmpty()) {
            derived.add(traitActions.otherwise());
        }
        return derived;
    }
}
