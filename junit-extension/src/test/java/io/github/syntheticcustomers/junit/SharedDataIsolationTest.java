package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.function.Executable;

/** The dataset shared by all tests of a run cannot be changed by one of them: every attempt is refused. */
class SharedDataIsolationTest {

    @SyntheticCustomers(seed = 5, count = 30)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Vandal {

        @Test
        @Order(1)
        void triesToChangeEverything(SyntheticDataset dataset, List<CustomerProfile> customers,
                List<TestScenario> scenarios, List<EngagementStep> steps, TestReporter reporter) {
            CustomerProfile first = customers.get(0);
            List<Executable> attempts = List.of(
                    () -> dataset.config().personas().clear(),
                    () -> dataset.config().ageDecades().put("20", 99.0),
                    () -> dataset.config().riskLevels().remove("low"),
                    () -> dataset.config().journey().transitions().get("curious").put("curious", 99.0),
                    () -> dataset.config().journey().completion().skippableSteps().clear(),
                    () -> dataset.config().personas().values().iterator().next().occupations().add("x"),
                    () -> dataset.config().scenarios().types().clear(),
                    () -> customers.remove(0),
                    () -> dataset.customers().set(0, first),
                    () -> first.healthProfile().conditions().clear(),
                    () -> first.lifeEvents().clear(),
                    () -> first.narrative().goals().add("rule the world"),
                    () -> scenarios.get(0).journey().clear(),
                    () -> scenarios.get(0).journey().get(0).actions().clear(),
                    () -> steps.clear(),
                    () -> steps.get(0).personaComponents().adaptations().clear());
            int refused = 0;
            for (Executable attempt : attempts) {
                assertThrows(UnsupportedOperationException.class, attempt);
                refused++;
            }
            reporter.publishEntry("refused", Integer.toString(refused));
        }

        @Test
        @Order(2)
        void seesExactlyTheGeneratedData(SyntheticDataset dataset, TestReporter reporter) {
            SyntheticDataset fresh = SyntheticDataset.of(ConfigLoader.defaults(), 5, 30);
            assertEquals(fresh.config(), dataset.config());
            assertEquals(fresh.customers(), dataset.customers());
            assertEquals(fresh.scenarios(), dataset.scenarios());
            assertEquals(fresh.engagementSteps(), dataset.engagementSteps());
            reporter.publishEntry("intact", "yes");
        }
    }

    @Test
    void oneTestCannotChangeTheDataAnotherTestSees() {
        var results = run(Vandal.class);
        assertAllSucceeded(results, 2);
        assertEquals("16", reportedOnce(results, "refused"));
        assertEquals("yes", reportedOnce(results, "intact"));
    }
}
