package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Issue 27: the extension's cached datasets stay within a memory budget. Many test classes with distinct seeds
 * under a small budget run with the cache never charged more than the budget, the least recently used dataset is
 * dropped first (and regenerated when asked for again), and a dataset that cannot fit fails its own test with a
 * message naming the test, seed and count, before anything is generated.
 */
class BoundedCacheTest {

    /** What the cache held after each fixture test: the run's cache, and its charge. */
    static final AtomicReference<DatasetCache> CACHE = new AtomicReference<>();
    static final List<Long> CHARGES = Collections.synchronizedList(new ArrayList<>());

    /** Reads the run's cache after each test. */
    static final class Probe implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            DatasetCache cache = DatasetStore.cache(context);
            CACHE.set(cache);
            CHARGES.add(cache.charged());
        }
    }

    /** 200 customers (in each subclass), charged 460 000 bytes each: a budget of 1 MiB holds two. */
    @ExtendWith(Probe.class)
    abstract static class Customers {
        @Test
        void customers(List<CustomerProfile> customers) {
            assertEquals(200, customers.size());
        }
    }

    @SyntheticCustomers(seed = 1, count = 200)
    static class C01Seed1 extends Customers {
    }

    @SyntheticCustomers(seed = 2, count = 200)
    static class C02Seed2 extends Customers {
    }

    @SyntheticCustomers(seed = 3, count = 200)
    static class C03Seed3 extends Customers {
    }

    @SyntheticCustomers(seed = 4, count = 200)
    static class C04Seed4 extends Customers {
    }

    @SyntheticCustomers(seed = 5, count = 200)
    static class C05Seed5 extends Customers {
    }

    @SyntheticCustomers(seed = 6, count = 200)
    static class C06Seed6 extends Customers {
    }

    @SyntheticCustomers(seed = 7, count = 200)
    static class C07Seed7 extends Customers {
    }

    @SyntheticCustomers(seed = 8, count = 200)
    static class C08Seed8 extends Customers {
    }

    @SyntheticCustomers(seed = 9, count = 200)
    static class C09Seed9 extends Customers {
    }

    @SyntheticCustomers(seed = 10, count = 200)
    static class C10Seed10 extends Customers {
    }

    @SyntheticCustomers(seed = 11, count = 200)
    static class C11Seed11 extends Customers {
    }

    @SyntheticCustomers(seed = 12, count = 200)
    static class C12Seed12 extends Customers {
    }

    @SyntheticCustomers(seed = 12, count = 200)
    static class C13Seed12Again extends Customers {
    }

    @SyntheticCustomers(seed = 1, count = 200)
    static class C14Seed1Again extends Customers {
    }

    private static final List<Class<?>> CLASSES = List.of(C01Seed1.class, C02Seed2.class, C03Seed3.class,
            C04Seed4.class, C05Seed5.class, C06Seed6.class, C07Seed7.class, C08Seed8.class, C09Seed9.class,
            C10Seed10.class, C11Seed11.class, C12Seed12.class, C13Seed12Again.class, C14Seed1Again.class);

    @Test
    void manyClassesWithDistinctSeedsRunWithinTheBudgetDroppingTheLeastRecentlyUsed() {
        CHARGES.clear();
        long before = DatasetStore.generations();
        EngineExecutionResults results = run(CLASSES, SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME, "1m",
                ClassOrderer.DEFAULT_ORDER_PROPERTY_NAME, ClassOrderer.ClassName.class.getName());
        assertAllSucceeded(results, CLASSES.size());
        assertEquals(CLASSES.size(), CHARGES.size());
        assertTrue(CHARGES.stream().allMatch(c -> c <= 1L << 20), CHARGES.toString());
        assertEquals(920_000L, CHARGES.get(CHARGES.size() - 1), "two datasets of 460 000 bytes");
        // seed 12 was still cached for C13; seed 1, dropped long before, was generated again for C14
        assertEquals(13, DatasetStore.generations() - before);
        DatasetCache cache = CACHE.get();
        List<String> dropped = cache.dropped().stream().map(k -> k.substring(0, k.indexOf(" config="))).toList();
        List<String> expected = new ArrayList<>();
        for (int seed = 1; seed <= 11; seed++) {
            expected.add("seed=" + seed + " count=200");
        }
        assertEquals(expected, dropped, "least recently used first");
        assertEquals(List.of("seed=12 count=200", "seed=1 count=200"),
                cache.keys().stream().map(k -> k.substring(0, k.indexOf(" config="))).toList());
    }

    @SyntheticCustomers(seed = 7, count = 1000)
    static class TooLarge {
        @Test
        void steps(List<EngagementStep> steps) {
            throw new AssertionError("never resolved");
        }
    }

    @Test
    void aDatasetThatCannotFitFailsItsTestNamingTestSeedAndCount() {
        long before = DatasetStore.generations();
        Throwable failure = onlyFailure(run(TooLarge.class, SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME, "1m"));
        assertEquals("The dataset of seed 7 and count 1000 for test " + TooLarge.class.getName() + "#steps needs about"
                + " 19.1 MB of heap (1000 customers at an estimated 19.5 kB for a customer with its scenario and"
                + " engagement steps), more than the dataset cache's budget of 1.0 MB"
                + " (synthetic-customers.cache.max-bytes=1m); use a smaller count, or raise"
                + " synthetic-customers.cache.max-bytes and the test JVM's -Xmx", failure.getMessage());
        assertEquals(before, DatasetStore.generations(), "refused before anything was generated");
    }

    @Test
    void anInvalidBudgetIsAConfigurationError() {
        Throwable failure = onlyFailure(run(C01Seed1.class, SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME, "plenty"));
        assertTrue(failure.getMessage().endsWith("]: Configuration parameter synthetic-customers.cache.max-bytes must"
                + " be a size in bytes (e.g. 268435456, 256m or 1g) or a percentage of the maximum heap from 1% to 100%"
                + " but was: plenty"), failure.getMessage());
    }
}
