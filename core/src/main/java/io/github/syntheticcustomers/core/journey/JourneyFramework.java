package io.github.syntheticcustomers.core.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's customer journey framework (SPEC §4): four phases in order, four steps each. A journey
 * visits the steps in this order and may stop early (an {@code abandoned} step is its last).
 */
public final class JourneyFramework {

    public static final String AWARENESS = "awareness";
    public static final String ENGAGEMENT = "engagement";
    public static final String ACTION = "action";
    public static final String CONTINUITY = "continuity";

    /** The phases, in journey order. */
    public static final List<String> PHASES = List.of(AWARENESS, ENGAGEMENT, ACTION, CONTINUITY);

    private static final Map<String, List<String>> STEPS_BY_PHASE = stepsByPhase();

    /** All sixteen steps in journey order. */
    public static final List<Step> STEPS = allSteps();

    /** One step of the framework: its phase, id and position (0–15) in the journey. */
    public record Step(String phase, String id, int position) {
    }

    private JourneyFramework() {
    }

    /** The step ids of {@code phase}, in order. */
    public static List<String> steps(String phase) {
        List<String> steps = STEPS_BY_PHASE.get(phase);
        if (steps == null) {
            throw new IllegalArgumentException("unknown phase " + phase + "; allowed: " + PHASES);
        }
        return steps;
    }

    /** Every step id, in journey order. */
    public static List<String> stepIds() {
        return STEPS.stream().map(Step::id).toList();
    }

    /** Position (0–15) of step {@code id}, or -1. */
    public static int position(String id) {
        return stepIds().indexOf(id);
    }

    private static Map<String, List<String>> stepsByPhase() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(AWARENESS, List.of("initial_discovery", "emotional_state_validation", "concern_curiosity_assessment",
                "marketing_content_alignment"));
        m.put(ENGAGEMENT, List.of("risk_assessment", "narrative_capture", "life_events_timeline",
                "progressive_engagement"));
        m.put(ACTION, List.of("prevention_plan", "support_plan", "action_planning", "motivation_assessment"));
        m.put(CONTINUITY, List.of("follow_up", "risk_awareness_maintenance", "barrier_identification",
                "stability_monitoring"));
        return m;
    }

    private static List<Step> allSteps() {
        List<Step> steps = new ArrayList<>();
        for (String phase : PHASES) {
            for (String id : STEPS_BY_PHASE.get(phase)) {
                steps.add(new Step(phase, id, steps.size()));
            }
        }
        return List.copyOf(steps);
    }
}
