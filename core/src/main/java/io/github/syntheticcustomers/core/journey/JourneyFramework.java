package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured customer journey framework ({@code journey.phases}), resolved once into positions: phases
 * in order, their steps in order, and every step's position in the journey. A journey visits the steps in
 * this order and may stop early (an {@code abandoned} step is its last). The built-in configuration holds the
 * seed's four phases of four steps each.
 */
public final class JourneyFramework {

    private final List<String> phases;
    private final List<Step> steps;
    private final Map<String, List<String>> stepsByPhase;
    private final Map<String, Integer> positions;

    /**
     * One step of the framework: its phase, id, position in the journey, actions vocabulary (general, and by
     * emotional state and by persona where the configuration gives them; empty maps otherwise) and engagement
     * content (null when the configuration gives none).
     */
    public record Step(String phase, String id, int position, List<String> actions,
            Map<String, List<String>> actionsByState, Map<String, List<String>> actionsByPersona,
            JourneyConfig.Content content, String name, String phaseName) {

        public Step {
            actions = List.copyOf(actions);
            actionsByState = actionsByState == null ? Map.of() : actionsByState;
            actionsByPersona = actionsByPersona == null ? Map.of() : actionsByPersona;
        }
    }

    /** Display names of the phase and step ids (lookups only, never iterated). */
    private final Map<String, String> names;

    private JourneyFramework(List<JourneyConfig.Phase> configured) {
        List<String> phaseIds = new ArrayList<>();
        List<Step> all = new ArrayList<>();
        Map<String, List<String>> byPhase = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (JourneyConfig.Phase phase : configured) {
            phaseIds.add(phase.id());
            names.put(phase.id(), phase.displayName());
            List<String> ids = new ArrayList<>();
            for (JourneyConfig.Step step : phase.steps()) {
                position.put(step.id(), all.size());
                names.put(step.id(), step.displayName());
                all.add(new Step(phase.id(), step.id(), all.size(), step.actions(), step.actionsByState(),
                        step.actionsByPersona(), step.content(), step.displayName(), phase.displayName()));
                ids.add(step.id());
            }
            byPhase.put(phase.id(), List.copyOf(ids));
        }
        this.phases = List.copyOf(phaseIds);
        this.steps = List.copyOf(all);
        this.stepsByPhase = Collections.unmodifiableMap(byPhase);
        this.positions = Map.copyOf(position);
        this.names = Map.copyOf(names);
    }

    /**
     * The display name of a phase or step id of this framework ({@code name:} in the configuration, else the id in
     * words); an id the framework does not have reads as its words.
     */
    public String displayName(String id) {
        String name = names.get(id);
        return name != null ? name : io.github.syntheticcustomers.core.config.DisplayNames.humanise(id);
    }

    /** The framework of a (validated) configuration. */
    public static JourneyFramework of(GeneratorConfig config) {
        return of(config.journey());
    }

    /** The framework of a (validated) journey section. */
    public static JourneyFramework of(JourneyConfig journey) {
        return new JourneyFramework(journey.phases());
    }

    /** The phase ids, in journey order. */
    public List<String> phases() {
        return phases;
    }

    /** All steps, in journey order. */
    public List<Step> steps() {
        return steps;
    }

    /** The step ids of {@code phase}, in order. */
    public List<String> steps(String phase) {
        List<String> ids = stepsByPhase.get(phase);
        if (ids == null) {
            throw new IllegalArgumentException("unknown phase " + phase + "; allowed: " + phases);
        }
        return ids;
    }

    /** Every step id, in journey order. */
    public List<String> stepIds() {
        return steps.stream().map(Step::id).toList();
    }

    /** Position of step {@code id} in the journey (0 = first), or -1. */
    public int position(String id) {
        Integer p = positions.get(id);
        return p == null ? -1 : p;
    }

    /** The phase of step {@code id}, or null when the framework has no such step. */
    public String phaseOf(String id) {
        int p = position(id);
        return p < 0 ? null : steps.get(p).phase();
    }
}
