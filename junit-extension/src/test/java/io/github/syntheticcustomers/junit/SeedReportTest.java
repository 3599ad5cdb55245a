package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A failing test reports the seed that reproduces it. */
class SeedReportTest {

    @SyntheticCustomers(seed = 9, count = 10)
    static class Failing {
        @Test
        void fails(CustomerProfile customer) {
            fail("customer " + customer.id() + " broke the rule");
        }

        @Test
        void passes(CustomerProfile customer) {
        }
    }

    @Test
    void aFailingTestPublishesItsSeedAndAReproduction() {
        EngineExecutionResults results = run(Failing.class);
        String expected = "failed with seed: 9 (seed source: @SyntheticCustomers on class"
                + " io.github.syntheticcustomers.junit.SeedReportTest$Failing); reproduce: mvn test"
                + " -Dtest='io.github.syntheticcustomers.junit.SeedReportTest$Failing#fails'"
                + " -Dsynthetic-customers.seed.override=9";
        assertEquals(expected, reportedOnce(results, SyntheticCustomersExtension.REPORT_KEY),
                "only the failing test reports");

        Throwable failure = onlyFailure(results);
        assertEquals(1, failure.getSuppressed().length);
        assertEquals("synthetic-customers: " + expected, failure.getSuppressed()[0].getMessage());
    }

    @Test
    void theReportNamesTheOverrideWhenOneIsGiven() {
        EngineExecutionResults results = run(Failing.class, SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, "1234");
        assertEquals("failed with seed: 1234 (seed source: configuration parameter synthetic-customers.seed.override);"
                + " reproduce: mvn test -Dtest='io.github.syntheticcustomers.junit.SeedReportTest$Failing#fails'"
                + " -Dsynthetic-customers.seed.override=1234",
                reportedOnce(results, SyntheticCustomersExtension.REPORT_KEY));
    }

    @Test
    void theOverrideAlsoWorksAsASystemProperty() {
        String previous = System.getProperty(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME);
        System.setProperty(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, "555");
        try {
            EngineExecutionResults results = run(Failing.class);
            assertEquals("failed with seed: 555 (seed source: system property"
                    + " synthetic-customers.seed.override); reproduce: mvn test"
                    + " -Dtest='io.github.syntheticcustomers.junit.SeedReportTest$Failing#fails'"
                    + " -Dsynthetic-customers.seed.override=555",
                    reportedOnce(results, SyntheticCustomersExtension.REPORT_KEY));
        } finally {
            if (previous == null) {
                System.clearProperty(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME);
            } else {
                System.setProperty(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, previous);
            }
        }
    }

    @SyntheticCustomers(count = 10)
    static class FailingSetUp {
        @BeforeEach
        void setUp(List<CustomerProfile> customers) {
            throw new IllegalStateException("set-up failed for " + customers.size());
        }

        @Test
        void test() {
        }
    }

    @Test
    void lifecycleFailuresReportTheSeedToo() {
        EngineExecutionResults results = run(FailingSetUp.class, SyntheticCustomers.SEED_PROPERTY_NAME, "77");
        assertEquals(List.of("failed with seed: 77 (seed source: configuration parameter synthetic-customers.seed);"
                + " reproduce: mvn test -Dtest='io.github.syntheticcustomers.junit.SeedReportTest$FailingSetUp#test'"
                + " -Dsynthetic-customers.seed.override=77"), reported(results, SyntheticCustomersExtension.REPORT_KEY));
        assertEquals("set-up failed for 10", onlyFailure(results).getMessage());
    }
}
