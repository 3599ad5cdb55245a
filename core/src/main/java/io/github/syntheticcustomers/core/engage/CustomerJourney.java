package io.github.syntheticcustomers.core.engage;

import java.util.List;

/**
 * The steps one customer reached, in order, with the ids that link adapted steps back to the
 * customer and the scenario.
 *
 * @param customerId the customer's id
 * @param scenarioId the scenario's id, or null when the journey does not come from a scenario
 * @param points the steps reached, in journey order
 * @param completedBefore steps completed before the journey's first (they count towards progress)
 */
public record CustomerJourney(String customerId, String scenarioId, List<JourneyPoint> points, int completedBefore) {

    public CustomerJourney {
        points = List.copyOf(points);
    }

    /** A journey with nothing completed before it. */
    public CustomerJourney(String customerId, String scenarioId, List<JourneyPoint> points) {
        this(customerId, scenarioId, points, 0);
    }
}
