package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** {@link CustomerSource}: one invocation per matching customer, named by id, persona and risk level. */
class CustomerSourceTest {

    @SyntheticCustomers(seed = 21, count = 40)
    static class Sources {
        @ParameterizedTest
        @CustomerSource
        void all(CustomerProfile customer, TestReporter reporter) {
            reporter.publishEntry("all", customer.id());
        }

        @ParameterizedTest
        @CustomerSource(persona = "healthcare_professional")
        void professionals(CustomerProfile customer, TestReporter reporter) {
            reporter.publishEntry("professionals", customer.personaType());
        }

        @ParameterizedTest
        @CustomerSource(riskLevel = "moderate", limit = 3)
        void limited(CustomerProfile customer, SyntheticDataset dataset,
                @Persona("overlooked_risk_group") List<CustomerProfile> overlooked, TestReporter reporter) {
            reporter.publishEntry("limited", customer.id());
            reporter.publishEntry("alongside", dataset.count() + "/" + overlooked.size());
        }

        @ParameterizedTest
        @SyntheticCustomers(count = 5)
        @CustomerSource
        void methodLevelCount(CustomerProfile customer, TestReporter reporter) {
            reporter.publishEntry("five", customer.id());
        }
    }

    @Test
    void feedsOneCustomerPerInvocation() {
        EngineExecutionResults results = run(Sources.class);
        assertAllSucceeded(results, 40 + 6 + 3 + 5);
        SyntheticDataset expected = SyntheticDataset.of(ConfigLoader.defaults(), 21, 40);

        assertEquals(expected.customers().stream().map(CustomerProfile::id).toList(), reported(results, "all"));
        assertEquals(6, reported(results, "professionals").size());
        assertEquals(List.of("healthcare_professional"), reported(results, "professionals").stream().distinct().toList());
        assertEquals(expected.customers(c -> c.riskLevel().equals("moderate")).stream().limit(3)
                .map(CustomerProfile::id).toList(), reported(results, "limited"));
        assertEquals(List.of("40/4", "40/4", "40/4"), reported(results, "alongside"),
                "the dataset and qualified parameters are injected next to the source's argument");
        assertEquals(List.of("cus-000001", "cus-000002", "cus-000003", "cus-000004", "cus-000005"),
                reported(results, "five"));
    }

    @Test
    void displayNamesCarryIdPersonaAndRiskLevel() {
        EngineExecutionResults results = run(Sources.class);
        SyntheticDataset expected = SyntheticDataset.of(ConfigLoader.defaults(), 21, 40);
        List<String> names = results.testEvents().started().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("all(")).map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).toList();
        CustomerProfile first = expected.customer(0);
        assertEquals("[1] " + first.id() + " " + first.personaType() + " " + first.riskLevel(), names.get(0));
        assertEquals(40, names.size());
    }

    @SyntheticCustomers(seed = 21, count = 10)
    static class UnknownPersona {
        @ParameterizedTest
        @CustomerSource(persona = "astronaut")
        void test(CustomerProfile customer) {
        }
    }

    @Test
    void anUnknownPersonaFailsWithTheDefinedOnes() {
        assertEquals("@CustomerSource: Unknown persona 'astronaut'; the configuration defines: health_aware_avoider,"
                + " structured_system_seeker, balanced_life_integrator, healthcare_professional, overlooked_risk_group"
                + " [synthetic-customers: seed 21 (seed source: @SyntheticCustomers on class"
                + " io.github.syntheticcustomers.junit.CustomerSourceTest$UnknownPersona), count 10, config built-in"
                + " defaults; reproduce with -Dsynthetic-customers.seed.override=21]",
                onlyFailure(run(UnknownPersona.class)).getMessage());
    }
}
