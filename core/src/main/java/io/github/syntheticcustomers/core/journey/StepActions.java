package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
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

    StepActions(GeneratorConfig config) {
        List<List<String>> states = new ArrayList<>();
        for (String state : EmotionalStates.ALL) {
            states.add(config.journey().stateActions().get(state));
        }
        this.byState = List.copyOf(states);
        this.byStatus = Map.copyOf(config.journey().statusActions());
        Map<String, List<String>> personas = new HashMap<>();
        config.personas().forEach((id, persona) -> {
            if (persona.actions() != null) {
                personas.put(id, persona.actions());
            }
        });
        this.byPersona = Map.copyOf(personas);
    }

    /** The actions of one step, in the order they happened. */
    List<String> actions(Rng rng, JourneyFramework.Step step, int state, String status, String persona, Traits traits) {
        List<String> base = step.actions();
        List<String> emotional = byState.get(state);
        List<String> actions = new ArrayList<>();
        switch (status) {
            case CompletionStatus.COMPLETED -> {
                actions.addAll(rng.sample(base, 1 + rng.nextInt(2)));
                if (rng.chance(0.5)) {
                    actions.add(rng.pick(emotional));
                }
                if (rng.chance(0.35)) {
                    actions.add(rng.pick(personaActions(persona, traits)));
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
        List<String> derived = new ArrayList<>();
        if (t.organization() >= 0.6) {
            derived.add("checked_schedule");
        }
        if (t.healthAnxiety() >= 0.6) {
            derived.add("postponed_decision");
        }
        if (t.socialBarriers() >= 0.5) {
            derived.add("looked_for_free_options");
        }
        if (t.healthAwareness() >= 0.85) {
            derived.add("opened_clinical_references");
        }
        if (derived.isEmpty()) {
            derived.add("chose_flexible_time_slot");
        }
        return derived;
    }
}
