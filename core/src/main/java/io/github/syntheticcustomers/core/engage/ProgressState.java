package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's saved place in a journey (progress preservation): the step they are on, the steps they
 * completed (in order, no duplicates), the tiers loaded on the current step and the interactions
 * measured so far (in order). Immutable; {@link #advance} returns the next state. Saved and restored
 * by {@link ProgressPreservation}. Absent lists (null) are empty.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record ProgressState(
        String userId,
        String currentStep,
        List<String> completedSteps,
        List<Tier> loadedTiers,
        List<StepInteraction> interactions) {

    public ProgressState {
        completedSteps = completedSteps == null ? List.of() : List.copyOf(completedSteps);
        loadedTiers = loadedTiers == null ? List.of() : List.copyOf(loadedTiers);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
    }

    /** The state of a user who has not started. */
    public static ProgressState start(String userId) {
        return new ProgressState(userId, null, List.of(), List.of(), List.of());
    }

    /**
     * The state after the user was on {@code stepId} with {@code loaded} tiers and measurements
     * {@code m}; the step counts as completed when {@code completed} is true.
     */
    public ProgressState advance(String stepId, boolean completed, List<Tier> loaded, InteractionMeasurements m) {
        List<String> done = new ArrayList<>(completedSteps);
        if (completed && !done.contains(stepId)) {
            done.add(stepId);
        }
        List<StepInteraction> seen = new ArrayList<>(interactions);
        seen.add(new StepInteraction(stepId, m));
        return new ProgressState(userId, stepId, done, loaded, seen);
    }
}
