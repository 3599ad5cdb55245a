package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.model.CustomerProfile;

/**
 * Everything the engine needs to adapt one journey step for one user; plain values, so the engine
 * works the same for generated journeys, tests and a live front end.
 *
 * @param customerId customer id ({@code cus-000001})
 * @param scenarioId scenario id ({@code scn-000001}), may be null
 * @param stepId journey step id, e.g. {@code risk_assessment}
 * @param phase journey phase id
 * @param position 1-based position of the step in the user's journey
 * @param stepNumber 1-based position of the step in the framework (a journey may start at a later step)
 * @param journeyLength number of steps in the full journey (16 in the standard framework)
 * @param approach the id of the persona's declared engagement approach ({@code personas.<id>.approach}); null: the
 *        traits decide ({@code engagement.approach_by_traits})
 * @param traits the user's traits
 * @param emotionalState the user's emotional state on this step (string id, may be null)
 * @param completionStatus the journey's completion status of the step ({@code completed},
 *        {@code partial}, {@code skipped}, {@code abandoned}), may be null
 * @param measurements what the front end measured on the step
 * @param progress fraction of the journey completed once this step is done, 0–1
 * @param soFar what happened on the journey's steps before this one ({@link JourneySoFar#NONE} at the first)
 * @param firstName the user's first name, for texts that address the user (may be null: "there")
 * @param customer the user's profile, for lines about their own record (may be null: none)
 */
public record StepInput(
        String customerId,
        String scenarioId,
        String stepId,
        String phase,
        int position,
        int stepNumber,
        int journeyLength,
        String approach,
        Traits traits,
        String emotionalState,
        String completionStatus,
        InteractionMeasurements measurements,
        double progress,
        JourneySoFar soFar,
        String firstName,
        CustomerProfile customer) {

    public StepInput {
        soFar = soFar == null ? JourneySoFar.NONE : soFar;
    }

    /** This input with other measurements. */
    public StepInput withMeasurements(InteractionMeasurements m) {
        return new StepInput(customerId, scenarioId, stepId, phase, position, stepNumber, journeyLength, approach, traits,
                emotionalState, completionStatus, m, progress, soFar, firstName, customer);
    }
}
