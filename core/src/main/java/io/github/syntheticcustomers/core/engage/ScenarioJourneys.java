package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Journeys from the dataset's test scenarios: dataset index {@code i} uses customer {@code i}'s
 * scenario (the same record {@code scenarios.json} holds), so every adapted step links to a scenario
 * and follows its steps, emotional states and completion statuses.
 */
public final class ScenarioJourneys {

    private ScenarioJourneys() {
    }

    /** The journeys of {@code generator}'s scenarios (built once per index with the other parts). */
    public static JourneySource of(DatasetGenerator generator) {
        return (index, customer) -> of(generator.scenario(index));
    }

    /**
     * The journey of a scenario: its steps in order, with their emotional states, completion statuses and times on
     * step, and the steps completed before it.
     */
    public static CustomerJourney of(TestScenario scenario) {
        List<JourneyPoint> points = new ArrayList<>();
        for (JourneyStep s : scenario.journey()) {
            points.add(new JourneyPoint(s.step(), s.phase(), s.emotionalState(), s.completionStatus(),
                    s.timeOnStepSeconds()));
        }
        return new CustomerJourney(scenario.customerId(), scenario.scenarioId(), points, scenario.completedBefore());
    }
}
