package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Test scenarios: injection, @ScenarioType and the other qualifiers, @ScenarioSource. */
class ScenarioResolutionTest {

    private static final SyntheticDataset EXPECTED = SyntheticDataset.of(ConfigLoader.defaults(), 17, 60);

    private static String firstType() {
        return EXPECTED.scenarios().get(0).scenarioType();
    }

    @SyntheticCustomers(seed = 17, count = 60)
    static class Scenarios {
        @Test
        void all(List<TestScenario> scenarios, TestReporter reporter) {
            assertThrows(UnsupportedOperationException.class, () -> scenarios.remove(0));
            reporter.publishEntry("all", scenarios.size() + "/" + scenarios.get(0).scenarioId());
        }

        @Test
        void one(TestScenario scenario, @CustomerIndex(3) TestScenario fourth, TestReporter reporter) {
            reporter.publishEntry("one", scenario.scenarioId() + "/" + fourth.scenarioId());
        }

        @Test
        void typed(@ScenarioType("returning_user") List<TestScenario> returning,
                @ScenarioType("returning_user") @Persona("structured_system_seeker") @RiskLevel("low")
                List<TestScenario> narrow, TestReporter reporter) {
            reporter.publishEntry("typed", returning.size() + "/" + narrow.size());
        }

        @Test
        void sameAsCustomer(@CustomerIndex(5) TestScenario scenario, @CustomerIndex(5) CustomerProfile customer,
                TestReporter reporter) {
            reporter.publishEntry("pair", scenario.customerId() + "=" + customer.id());
        }

        @ParameterizedTest
        @ScenarioSource(limit = 4)
        void source(TestScenario scenario, TestReporter reporter) {
            reporter.publishEntry("source", scenario.scenarioId());
        }

        @ParameterizedTest
        @ScenarioSource(type = "returning_user", persona = "structured_system_seeker", riskLevel = "low")
        void filteredSource(TestScenario scenario, TestReporter reporter) {
            reporter.publishEntry("filtered", scenario.scenarioId());
        }
    }

    @Test
    void resolvesScenariosWithTheirQualifiers() {
        EngineExecutionResults results = run(Scenarios.class);
        List<TestScenario> returning = EXPECTED.scenarios(s -> s.scenarioType().equals("returning_user"));
        List<TestScenario> narrow = EXPECTED.scenarios(s -> s.scenarioType().equals("returning_user")
                && s.user().personaType().equals("structured_system_seeker") && s.user().riskLevel().equals("low"));
        assertAllSucceeded(results, 4 + 4 + narrow.size());

        assertEquals("60/scn-000001", reportedOnce(results, "all"));
        assertEquals("scn-000004", reportedOnce(results, "one").split("/")[1]);
        assertEquals(returning.size() + "/" + narrow.size(), reportedOnce(results, "typed"));
        assertEquals("cus-000006=cus-000006", reportedOnce(results, "pair"));
        assertEquals(List.of("scn-000001", "scn-000002", "scn-000003", "scn-000004"), reported(results, "source"));
        assertEquals(narrow.stream().map(TestScenario::scenarioId).toList(), reported(results, "filtered"));
    }

    @Test
    void scenarioDisplayNamesCarryIdTypeCustomerAndPersona() {
        EngineExecutionResults results = run(Scenarios.class);
        String first = results.testEvents().started().stream().map(Event::getTestDescriptor)
                .filter(d -> d.getUniqueId().toString().contains("source(")).map(d -> d.getDisplayName())
                .findFirst().orElseThrow();
        TestScenario expected = EXPECTED.scenarios().get(0);
        assertEquals("[1] scn-000001 " + firstType() + " cus-000001 " + expected.user().personaType(), first);
    }

    @SyntheticCustomers(seed = 17, count = 60)
    static class UnknownType {
        @Test
        void test(@ScenarioType("tourist") TestScenario scenario) {
        }
    }

    @SyntheticCustomers(seed = 17, count = 60)
    static class TypeOnCustomer {
        @Test
        void test(@ScenarioType("first_time_user") List<CustomerProfile> customers) {
        }
    }

    private static final String SUFFIX = " [synthetic-customers: seed 17 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.ScenarioResolutionTest$%s), count 60, config built-in defaults;"
            + " reproduce with -Dsynthetic-customers.seed.override=17]";

    @Test
    void unknownOrMisplacedScenarioTypesFail() {
        assertEquals("Unknown scenario type 'tourist'; the configuration defines: first_time_user, returning_user,"
                + " lapsed_user, life_transition, risk_follow_up (parameter 0 of UnknownType.test())"
                + String.format(SUFFIX, "UnknownType"), onlyFailure(run(UnknownType.class)).getMessage());
        assertEquals("@ScenarioType applies only to a TestScenario, EngagementStep or a List of them, not to"
                + " java.util.List<CustomerProfile> (parameter 0 of TypeOnCustomer.test())"
                + String.format(SUFFIX, "TypeOnCustomer"), onlyFailure(run(TypeOnCustomer.class)).getMessage());
    }
}
