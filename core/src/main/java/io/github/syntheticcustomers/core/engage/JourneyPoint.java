package io.github.syntheticcustomers.core.engage;

/**
 * One journey step a customer reached, as the engine reads it from a journey.
 *
 * @param stepId the step id, e.g. {@code risk_assessment}
 * @param phase the step's phase
 * @param emotionalState the customer's emotional state on the step
 * @param completionStatus {@code completed}, {@code partial}, {@code skipped} or {@code abandoned}
 * @param timeOnStepSeconds how long the customer spent on the step, when the journey knows it (a generated journey
 *     does: its timeline); null: the interactions simulate it
 */
public record JourneyPoint(String stepId, String phase, String emotionalState, String completionStatus,
        Integer timeOnStepSeconds) {

    /** A point whose time on step is not known. */
    public JourneyPoint(String stepId, String phase, String emotionalState, String completionStatus) {
        this(stepId, phase, emotionalState, completionStatus, null);
    }
}
