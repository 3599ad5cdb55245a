package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Where seed, count and configuration come from: annotations (nearest wins), parameters, defaults. */
class SettingsTest {

    private static void report(SyntheticDataset dataset, TestReporter reporter, String key) {
        long professionals = dataset.customers(c -> c.personaType().equals("healthcare_professional")).size();
        reporter.publishEntry(key, dataset.seed() + "/" + dataset.count() + "/" + professionals);
    }

    @SyntheticCustomers(seed = 11, count = 40)
    static class Overrides {
        @Test
        void classLevel(SyntheticDataset dataset, TestReporter reporter) {
            report(dataset, reporter, "class");
        }

        @Test
        @SyntheticCustomers(seed = 12)
        void methodSeed(SyntheticDataset dataset, TestReporter reporter) {
            report(dataset, reporter, "method");
        }

        @Nested
        class Inner {
            @Test
            void inherits(SyntheticDataset dataset, TestReporter reporter) {
                report(dataset, reporter, "nested");
            }
        }

        @Nested
        @SyntheticCustomers(count = 20, config = "professionals-heavy.yaml")
        class InnerOverride {
            @Test
            void overrides(SyntheticDataset dataset, TestReporter reporter) {
                report(dataset, reporter, "nestedOverride");
            }

            @Test
            @SyntheticCustomers(seed = 13, count = 10)
            void methodWins(List<CustomerProfile> customers, TestReporter reporter) {
                reporter.publishEntry("nestedMethod", Integer.toString(customers.size()));
            }
        }
    }

    @Test
    void theNearestAnnotationWinsAttributeByAttribute() {
        EngineExecutionResults results = run(Overrides.class);
        assertAllSucceeded(results, 5);
        assertEquals("11/40/6", reportedOnce(results, "class"), "15% of 40 are professionals");
        assertEquals("12/40/6", reportedOnce(results, "method"), "method's seed, class's count");
        assertEquals("11/40/6", reportedOnce(results, "nested"), "@Nested inherits the enclosing class's");
        assertEquals("11/20/10", reportedOnce(results, "nestedOverride"), "50% of 20 with the nested class's config");
        assertEquals("10", reportedOnce(results, "nestedMethod"));
    }

    static class Unannotated {
        @Test
        @SyntheticCustomers
        void defaults(SyntheticDataset dataset, TestReporter reporter) {
            report(dataset, reporter, "defaults");
        }
    }

    @Test
    void builtInDefaultsAreSeed42AndCount500() {
        EngineExecutionResults results = run(Unannotated.class);
        assertAllSucceeded(results, 1);
        assertEquals("42/500/75", reportedOnce(results, "defaults"));
    }

    @Test
    void configurationParametersFillWhatNoAnnotationSets() {
        EngineExecutionResults results = run(Unannotated.class, SyntheticCustomers.SEED_PROPERTY_NAME, "99",
                SyntheticCustomers.COUNT_PROPERTY_NAME, "40", SyntheticCustomers.CONFIG_PROPERTY_NAME,
                "professionals-heavy.yaml");
        assertAllSucceeded(results, 1);
        assertEquals("99/40/20", reportedOnce(results, "defaults"));

        EngineExecutionResults annotated = run(Overrides.class, SyntheticCustomers.SEED_PROPERTY_NAME, "99",
                SyntheticCustomers.COUNT_PROPERTY_NAME, "40");
        assertEquals("11/40/6", reportedOnce(annotated, "class"), "annotations beat configuration parameters");
    }

    @Test
    void theSeedOverrideBeatsEveryAnnotation() {
        EngineExecutionResults results = run(Overrides.class, SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, "7");
        assertAllSucceeded(results, 5);
        assertEquals("7/40/6", reportedOnce(results, "class"));
        assertEquals("7/40/6", reportedOnce(results, "method"));
        assertEquals("7/20/10", reportedOnce(results, "nestedOverride"));
    }

    @Test
    void settingsRecordWhereTheSeedCameFrom() {
        assertEquals("seed 42 (seed source: built-in default), count 500, config built-in defaults",
                new DatasetSettings(42, "built-in default", 500, "", null).describe());
    }

    @Test
    void aBadConfigurationParameterNamesItself() {
        Throwable t = onlyFailure(run(Unannotated.class, SyntheticCustomers.SEED_PROPERTY_NAME, "forty-two"));
        assertTrue(t.getMessage().contains(
                "Configuration parameter synthetic-customers.seed must be a whole number but was: 'forty-two'"),
                t.getMessage());
    }

    @SyntheticCustomers(config = "broken.yaml", count = 10)
    static class BrokenConfig {
        @Test
        void test(SyntheticDataset dataset) {
        }
    }

    @SyntheticCustomers(config = "no/such/file.yaml", count = 10)
    static class MissingConfig {
        @Test
        void test(SyntheticDataset dataset) {
        }
    }

    @Test
    void aBadConfigurationFileFailsWithTheLoadersMessageAndTheSeed() {
        String message = onlyFailure(run(BrokenConfig.class)).getMessage();
        assertTrue(message.contains("Invalid configuration: broken.yaml:"), message);
        assertTrue(message.contains("persona shares sum to"), message);
        assertTrue(message.endsWith("; reproduce with -Dsynthetic-customers.seed.override=42]"), message);

        String missing = onlyFailure(run(MissingConfig.class)).getMessage();
        assertTrue(missing.contains("Configuration 'no/such/file.yaml' not found: neither a file (relative to "), missing);
        assertTrue(missing.contains(") nor a resource on the test class path [synthetic-customers: seed 42"), missing);
    }
}
