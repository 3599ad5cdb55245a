package com.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.CustomerIndex;
import io.github.syntheticcustomers.junit.CustomerSource;
import io.github.syntheticcustomers.junit.DistributionAssertions;
import io.github.syntheticcustomers.junit.Persona;
import io.github.syntheticcustomers.junit.RiskLevel;
import io.github.syntheticcustomers.junit.ScenarioSource;
import io.github.syntheticcustomers.junit.ScenarioType;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A small suite over every feature of the extension, run under each JUnit version of invoker.properties;
 * it first checks that the JUnit on the class path is the one the run asked for.
 */
@SyntheticCustomers(seed = 7, count = 120)
class JUnitVersionSuiteTest {

    @Test
    void runsOnTheRequestedJUnitVersion() throws Exception {
        String running = Test.class.getPackage().getImplementationVersion();
        assertEquals(System.getProperty("expected.junit.version"), running, "junit-jupiter-api on the class path");
        Path dir = Paths.get(System.getProperty("injected.directory")).getParent();
        Files.write(dir.resolve("junit-ran-" + running + ".txt"), running.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resolvesEveryType(SyntheticDataset dataset, List<CustomerProfile> customers,
            @Persona("healthcare_professional") List<CustomerProfile> professionals,
            @RiskLevel("moderate") CustomerProfile moderate, @CustomerIndex(3) CustomerProfile fourth,
            @ScenarioType("first_time_user") List<TestScenario> firstTime, TestScenario scenario,
            List<EngagementStep> steps, EngagementStep step, TestReporter reporter) {
        assertEquals(120, customers.size());
        assertTrue(professionals.stream().allMatch(c -> c.personaType().equals("healthcare_professional")));
        assertEquals("moderate", moderate.riskLevel());
        assertEquals(customers.get(3), fourth);
        assertTrue(firstTime.stream().allMatch(s -> s.scenarioType().equals("first_time_user")));
        assertTrue(dataset.scenarios().contains(scenario));
        assertTrue(steps.contains(step));
        reporter.publishEntry("customer", fourth.id());
    }

    @ParameterizedTest
    @CustomerSource(limit = 5)
    void customerSource(CustomerProfile customer) {
        assertFalse(customer.id().isEmpty());
    }

    @ParameterizedTest
    @ScenarioSource(type = "returning_user", limit = 3)
    void scenarioSource(TestScenario scenario) {
        assertEquals("returning_user", scenario.scenarioType());
    }

    @Test
    void distributions(SyntheticDataset dataset) {
        DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();
    }

    @Nested
    @SyntheticCustomers(seed = 8, count = 40)
    class OtherSeed {
        @Test
        void methodLevelWins(SyntheticDataset dataset) {
            assertEquals(8, dataset.seed());
            assertEquals(40, dataset.count());
        }
    }
}
