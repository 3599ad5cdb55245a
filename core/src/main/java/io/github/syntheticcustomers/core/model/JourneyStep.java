package io.github.syntheticcustomers.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One step of a customer journey, exactly the seed's journey entry plus its {@code phase}.
 *
 * @param phase {@code awareness}, {@code engagement}, {@code action} or {@code continuity}
 * @param step the step id, e.g. {@code risk_assessment} (see {@code journey.JourneyFramework})
 * @param timestamp when the customer opened the step (UTC, written as {@code 2026-01-03T09:12:00Z}), in one of the
 *     customer's platform sessions, before the reference date
 * @param actions what the customer did, as snake_case action ids
 * @param emotionalState one of {@code journey.EmotionalStates.ALL}
 * @param completionStatus one of {@code journey.CompletionStatus.ALL}
 * @param timeOnStepSeconds how long the customer spent on the step; the next step of the session starts after it
 * @param occurrence for a step that repeats ({@code journey.phases[].steps[].repeat}), which occurrence of its cadence
 *     this is (1 = the first; a missed occurrence leaves its number out); absent for a step that occurs once
 */
public record JourneyStep(
        String phase,
        String step,
        Instant timestamp,
        List<String> actions,
        String emotionalState,
        String completionStatus,
        int timeOnStepSeconds,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer occurrence) {

    public JourneyStep {
        actions = List.copyOf(actions);
    }

    /** A step that occurs once. */
    public JourneyStep(String phase, String step, Instant timestamp, List<String> actions, String emotionalState,
            String completionStatus, int timeOnStepSeconds) {
        this(phase, step, timestamp, actions, emotionalState, completionStatus, timeOnStepSeconds, null);
    }
}
