package io.github.syntheticcustomers.core.model;

import java.util.List;

/**
 * One test scenario (guide: formats-and-schemas.md): the seed's output format plus ids. Scenario {@code i} belongs to
 * customer {@code i}.
 *
 * @param scenarioId {@code scn-000001} (1-based record number)
 * @param customerId the customer's id, {@code cus-000001}
 * @param scenarioType one of the configured scenario types ({@code scenarios.types})
 * @param user the customer's name, age, persona, risk level and screening history
 * @param journeyStatus where the journey stands as of the reference date: {@code finished}, {@code abandoned} or
 *     {@code in_progress} ({@code journey.JourneyStatus})
 * @param completedBefore the framework's steps the customer completed on the timeline before this journey's first
 *     step (a returning user's earlier pass through the steps before the scenario type's {@code start}); they count
 *     towards the engagement steps' progress
 * @param journey the steps reached by the reference date, in order; an {@code abandoned} step is the last
 */
public record TestScenario(
        String scenarioId,
        String customerId,
        String scenarioType,
        ScenarioUser user,
        String journeyStatus,
        int completedBefore,
        List<JourneyStep> journey) {

    public TestScenario {
        journey = List.copyOf(journey);
    }
}
