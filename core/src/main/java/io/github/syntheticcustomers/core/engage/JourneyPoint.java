package io.github.syntheticcustomers.core.engage;

/**
 * One journey step a customer reached, as the engine reads it from a journey.
 *
 * @param stepId the step id, e.g. {@code risk_assessment}
 * @param phase the step's phase
 * @param emotionalState the customer's emotional state on the step
 * @param completionStatus {@code completed}, {@code partial}, {@code skipped} or {@code abandoned}
 */
public record JourneyPoint(String stepId, String phase, String emotionalState, String completionStatus) {
}
