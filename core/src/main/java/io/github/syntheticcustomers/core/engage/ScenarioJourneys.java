package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Journeys from the dataset's test scenarios: dataset index {@code i} uses customer {@code i}'s
 * scenario (the same record {@code scenarios.json} holds), so every adapted step links to a scenario
 * and follows its steps, emotional states and completion statuses.
 */
public final class ScenarioJourneys implements JourneySource {

    private final ScenarioGenerator scenarios;

    public ScenarioJourneys(GeneratorConfig config, long seed) {
        this.scenarios = new ScenarioGenerator(config, seed);
    }

    @Override
    public CustomerJourney journey(long index, CustomerProfile customer) {
        return of(scenarios.scenario(index, customer));
    }

    /** The journey of a scenario: its steps in order, with their emotional states and completion statuses. */
    public static CustomerJourney of(TestScenario scenario) {
        List<JourneyPoint> points = new ArrayList<>();
        for (JourneyStep s : scenario.journey()) {
            points.add(new JourneyPoint(s.step(), s.phase(), s.emotionalState(), s.completionStatus()));
        }
        return new CustomerJourney(scenario.customerId(), scenario.scenarioId(), points);
    }
}
