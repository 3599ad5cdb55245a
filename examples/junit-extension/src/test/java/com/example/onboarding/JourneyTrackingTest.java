package com.example.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.ScenarioSource;
import io.github.syntheticcustomers.junit.ScenarioType;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Journey analytics fed with the generated test scenarios. */
@SyntheticCustomers(seed = 42, count = 200)
class JourneyTrackingTest {

    @ParameterizedTest
    @ScenarioSource(type = "first_time_user", limit = 10)
    void firstTimeUsersStartWithAwareness(TestScenario scenario) {
        assertEquals("awareness", scenario.journey().get(0).phase(), scenario.scenarioId());
    }

    @Test
    void anAbandonedJourneyEndsThere(List<TestScenario> scenarios) {
        for (TestScenario scenario : scenarios) {
            List<JourneyStep> journey = scenario.journey();
            for (int i = 0; i < journey.size() - 1; i++) {
                assertFalse(journey.get(i).completionStatus().equals("abandoned"), scenario.scenarioId());
            }
        }
    }

    @Test
    void timestampsMoveForward(@ScenarioType("returning_user") TestScenario scenario) {
        List<JourneyStep> journey = scenario.journey();
        for (int i = 1; i < journey.size(); i++) {
            assertTrue(journey.get(i).timestamp().isAfter(journey.get(i - 1).timestamp()), scenario.scenarioId());
        }
    }
}
