package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Many classes asking for the same and for different datasets at once, on the parallel Jupiter executor:
 * every (seed, count, configuration) is generated exactly once per run and every test sees the same
 * instance.
 */
class ParallelExecutionTest {

    abstract static class Base {
        @Test
        void one(SyntheticDataset dataset, TestReporter reporter) {
            publish(dataset, reporter);
        }

        @Test
        void two(SyntheticDataset dataset, List<CustomerProfile> customers, TestReporter reporter) {
            assertTrue(customers == dataset.customers());
            publish(dataset, reporter);
        }

        @Test
        void three(CustomerProfile customer, SyntheticDataset dataset, TestReporter reporter) {
            assertTrue(dataset.customers().contains(customer));
            publish(dataset, reporter);
        }

        private static void publish(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("instance", dataset.seed() + "/" + dataset.count() + "@"
                    + System.identityHashCode(dataset));
        }
    }

    @SyntheticCustomers(seed = 101, count = 60)
    static class SameA extends Base {
    }

    @SyntheticCustomers(seed = 101, count = 60)
    static class SameB extends Base {
    }

    @SyntheticCustomers(seed = 101, count = 60)
    static class SameC extends Base {
    }

    @SyntheticCustomers(seed = 101, count = 60)
    static class SameD extends Base {
    }

    @SyntheticCustomers(seed = 102, count = 60)
    static class OtherSeedA extends Base {
    }

    @SyntheticCustomers(seed = 102, count = 60)
    static class OtherSeedB extends Base {
    }

    @SyntheticCustomers(seed = 103, count = 60)
    static class ThirdSeed extends Base {
    }

    @SyntheticCustomers(seed = 101, count = 61)
    static class OtherCount extends Base {
    }

    @SyntheticCustomers(seed = 101, count = 60, config = "professionals-heavy.yaml")
    static class OtherConfig extends Base {
    }

    private static final List<Class<?>> CLASSES = List.of(SameA.class, SameB.class, SameC.class, SameD.class,
            OtherSeedA.class, OtherSeedB.class, ThirdSeed.class, OtherCount.class, OtherConfig.class);

    @RepeatedTest(3)
    void generatesEachDatasetOncePerRun() {
        long before = DatasetStore.generations();
        EngineExecutionResults results = run(CLASSES,
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        long generated = DatasetStore.generations() - before;

        assertAllSucceeded(results, 27);
        assertEquals(5, generated, "(101,60), (102,60), (103,60), (101,61) and (101,60) with another configuration");
        List<String> instances = reported(results, "instance");
        assertEquals(27, instances.size());
        Map<String, Set<String>> byKey = instances.stream().collect(Collectors.groupingBy(
                s -> s.substring(0, s.indexOf('@')), Collectors.mapping(s -> s.substring(s.indexOf('@')), Collectors.toSet())));
        assertEquals(Set.of("101/60", "102/60", "103/60", "101/61"), byKey.keySet());
        assertEquals(Set.of(1), byKey.entrySet().stream().filter(e -> !e.getKey().equals("101/60"))
                .map(e -> e.getValue().size()).collect(Collectors.toSet()), "one instance per dataset: " + byKey);
        assertEquals(2, byKey.get("101/60").size(), "two configurations at (101, 60): " + byKey);
    }
}
