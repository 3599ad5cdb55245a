package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.timeline.JourneyPlacement;
import java.util.List;

/**
 * A journey as it lies on the customer's timeline.
 *
 * @param steps the steps reached by the reference date
 * @param placed where each of {@code steps} lies (its session)
 * @param status the scenario's {@code journey_status}
 * @param prior the steps before the scenario type's start, completed in the customer's first sessions
 */
public record PlacedJourney(List<JourneyStep> steps, List<JourneyPlacement.Placed> placed, String status,
        List<Prior> prior) {

    public PlacedJourney {
        steps = List.copyOf(steps);
        placed = List.copyOf(placed);
        prior = List.copyOf(prior);
    }

    /**
     * A step completed before the journey.
     *
     * @param step the step id
     * @param phase its phase
     * @param placed where it lies
     */
    public record Prior(String step, String phase, JourneyPlacement.Placed placed) {
    }
}
