package com.example.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.BuildFixture;
import io.github.syntheticcustomers.junit.ScenarioSource;
import io.github.syntheticcustomers.junit.ScenarioType;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The programme's own journey, injected. The pom configures the plugin once (configuration file, seed,
 * count); the bare annotation takes them from the manifest the plugin put on the test class path, so these
 * tests see exactly the dataset the build wrote.
 */
@SyntheticCustomers
class ProgrammeJourneyTest {

    private static final List<String> STEPS = List.of("welcome", "eligibility_check", "set_goals", "first_session",
            "food_log", "activity_plan", "weekly_weigh_in", "coach_check_in", "relapse_plan", "graduation");
    private static final Set<String> STATES = Set.of("curious", "hopeful", "embarrassed", "confused", "worried",
            "discouraged", "proud");

    @Test
    void journeysWalkTheProgrammesStepsInOrder(List<TestScenario> scenarios) {
        for (TestScenario s : scenarios) {
            int last = -1;
            for (JourneyStep step : s.journey()) {
                int position = STEPS.indexOf(step.step());
                assertTrue(position > last, s.scenarioId() + ": " + step.step());
                last = position;
                assertTrue(STATES.contains(step.emotionalState()), s.scenarioId() + ": " + step.emotionalState());
            }
        }
        Set<String> phases = scenarios.stream().flatMap(s -> s.journey().stream()).map(JourneyStep::phase)
                .collect(Collectors.toSet());
        assertEquals(Set.of("enrolment", "practice", "maintenance"), phases);
    }

    @Test
    void coachedParticipantsHaveAScreeningHistoryAndRisk(@ScenarioType("coached_participant") TestScenario scenario,
            List<CustomerProfile> customers) {
        CustomerProfile customer = customers.stream().filter(c -> c.id().equals(scenario.customerId())).findFirst()
                .orElseThrow();
        assertTrue(customer.healthProfile().screeningHistory().hasHistory(), customer.id());
        assertFalse(customer.riskLevel().equals("low"), customer.id());
    }

    @ParameterizedTest
    @ScenarioSource(type = "returning_user", limit = 10)
    void returningParticipantsReEnterAtTheFirstSession(TestScenario scenario) {
        assertEquals("first_session", scenario.journey().get(0).step(), scenario.scenarioId());
    }

    @Test
    void embarrassedParticipantsAreMetWithNormalization(List<EngagementStep> steps) {
        Map<String, Set<String>> types = steps.stream().collect(Collectors.groupingBy(EngagementStep::emotionalState,
                Collectors.mapping(s -> s.emotionalComponents().type(), Collectors.toSet())));
        // the class declared in programme.yaml decides; a struggling user gets the supportive variant
        assertTrue(types.get("embarrassed").contains("normalization"), types.toString());
        assertTrue(types.get("worried").contains("reassurance"), types.toString());
        assertFalse(types.get("proud").contains("reassurance"), types.toString());
    }

    @Test
    void theRiskScoreWeighsPrediabetesAsTheProgrammeSays(List<CustomerProfile> customers) {
        long prediabetic = customers.stream().filter(c -> c.healthProfile().conditions().stream()
                .anyMatch(x -> x.name().equals("Prediabetes"))).count();
        assertTrue(prediabetic > 0, "the programme's key factor occurs");
        assertTrue(customers.stream().allMatch(c -> c.healthProfile().conditions().stream().map(x -> x.name())
                .allMatch(Set.of("Prediabetes", "History of gestational diabetes", "Hypertension")::contains)),
                "only the programme's conditions");
    }

    @Test
    void theInjectedDataIsTheDatasetTheBuildWrote(List<CustomerProfile> customers) {
        BuildFixture fixture = BuildFixture.load().assertUpToDate();
        assertEquals(customers, fixture.customers());
    }
}
