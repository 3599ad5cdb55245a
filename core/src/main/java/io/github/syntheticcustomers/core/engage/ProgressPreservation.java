package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.util.List;

/**
 * Progress preservation: saves a {@link ProgressState} as JSON (camelCase, the front end's storage
 * shape) and restores an equal state from it, and measures how far through a journey a user is.
 */
public final class ProgressPreservation {

    private ProgressPreservation() {
    }

    /** The state as compact JSON. */
    public static String save(ProgressState state) {
        try {
            return JsonMappers.data().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise progress state", e);
        }
    }

    /** The state saved by {@link #save}; a malformed text fails with the parser's location. */
    public static ProgressState restore(String json) {
        try {
            return JsonMappers.data().readValue(json, ProgressState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a saved progress state: " + e.getOriginalMessage()
                    + " at " + e.getLocation(), e);
        }
    }

    /**
     * The fraction of {@code journeySteps} the user has completed, 0–1: completed steps that belong to
     * the journey, over the journey's length (0 for an empty journey).
     */
    public static double calculateProgress(ProgressState state, List<String> journeySteps) {
        if (journeySteps.isEmpty()) {
            return 0;
        }
        // distinct steps of the journey, and how many of them are completed (loops: once per adapted step)
        int distinct = 0;
        int done = 0;
        for (int i = 0; i < journeySteps.size(); i++) {
            String step = journeySteps.get(i);
            if (journeySteps.indexOf(step) == i) {
                distinct++;
                if (state.completedSteps().contains(step)) {
                    done++;
                }
            }
        }
        return (double) done / distinct;
    }
}
