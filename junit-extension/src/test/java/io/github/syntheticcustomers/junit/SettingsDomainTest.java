package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The extension accepts every seed (no value means "unset") and refuses counts it cannot hold, clearly. */
class SettingsDomainTest {

    static class ExtremeSeeds {
        @Test
        @SyntheticCustomers(seed = Long.MIN_VALUE, count = 3)
        void minimum(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("min", Long.toString(dataset.seed()));
        }

        @Test
        @SyntheticCustomers(seed = Long.MAX_VALUE, count = 3)
        void maximum(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("max", Long.toString(dataset.seed()));
        }

        @Test
        @SyntheticCustomers(seed = 0, count = 3)
        void zero(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("zero", Long.toString(dataset.seed()));
        }
    }

    @Test
    void everySeedIsHonouredIncludingLongMinValue() {
        EngineExecutionResults results = run(ExtremeSeeds.class);
        assertAllSucceeded(results, 3);
        assertEquals(Long.toString(Long.MIN_VALUE), reportedOnce(results, "min"));
        assertEquals(Long.toString(Long.MAX_VALUE), reportedOnce(results, "max"));
        assertEquals("0", reportedOnce(results, "zero"));
    }

    static class CountZero {
        @Test
        @SyntheticCustomers(count = 0)
        void test(SyntheticDataset dataset) {
        }
    }

    static class CountTooLarge {
        @Test
        @SyntheticCustomers(count = 3_000_000_000L)
        void test(SyntheticDataset dataset) {
        }
    }

    static class TwoSeeds {
        @Test
        @SyntheticCustomers(seed = {1, 2})
        void test(SyntheticDataset dataset) {
        }
    }

    static class Unset {
        @Test
        @SyntheticCustomers
        void test(SyntheticDataset dataset) {
        }
    }

    @Test
    void countsOutsideWhatTheExtensionCanHoldAreClearErrors() {
        Throwable zero = onlyFailure(run(CountZero.class));
        assertTrue(zero instanceof ParameterResolutionException, zero.toString());
        assertTrue(zero.getMessage().endsWith(": " + "@SyntheticCustomers count must be from 1 to 2147483639 (an injected"
                + " dataset is held in memory; write larger ones with the Maven plugin or the streaming API) but was: 0"
                + " (from @SyntheticCustomers on method CountZero.test())"), zero.getMessage());
        Throwable large = onlyFailure(run(CountTooLarge.class));
        assertTrue(large.getMessage().contains("but was: 3000000000 (from @SyntheticCustomers on method"), large.getMessage());
        Throwable parameter = onlyFailure(run(Unset.class, SyntheticCustomers.COUNT_PROPERTY_NAME, "99999999999"));
        assertTrue(parameter.getMessage().contains("but was: 99999999999 (from configuration parameter "
                + "synthetic-customers.count)"), parameter.getMessage());
        Throwable two = onlyFailure(run(TwoSeeds.class));
        assertTrue(two.getMessage().contains("@SyntheticCustomers seed takes one value but method TwoSeeds.test()"
                + " gives 2: [1, 2]"), two.getMessage());
    }
}
