package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Parallel stress (hardening): 100 test classes, 20 for each of 5 seeds, with plain and repeated tests,
 * run with classes and methods concurrent at a fixed parallelism of 8. Every test checks that it got
 * exactly its seed's data (compared with datasets generated here, outside the extension), each seed is
 * generated once per run and every test of a seed sees the same instance. A run that deadlocks fails the
 * hang guard instead of hanging the build.
 *
 * <p>The 100 classes are the one-line subclasses below (generated text; the tests live in {@link Stress}).
 */
class ParallelStressTest {

    static final int COUNT = 30;

    /** The datasets every test compares with, generated without the extension. */
    static final Map<Long, SyntheticDataset> EXPECTED = expected();

    private static Map<Long, SyntheticDataset> expected() {
        Map<Long, SyntheticDataset> map = new TreeMap<>();
        for (long seed = 301; seed <= 305; seed++) {
            SyntheticDataset dataset = SyntheticDataset.of(ConfigLoader.defaults(), seed, COUNT);
            dataset.engagementSteps(); // customers, scenarios and steps, before any test runs
            map.put(seed, dataset);
        }
        return Map.copyOf(map);
    }

    /** The tests of every stress class: each checks the injected data against its seed's expected data. */
    abstract static class Stress {

        abstract long seed();

        private SyntheticDataset expected() {
            return EXPECTED.get(seed());
        }

        @RepeatedTest(3)
        void customersOfMySeed(SyntheticDataset dataset, List<CustomerProfile> customers, TestReporter reporter) {
            assertEquals(seed(), dataset.seed());
            assertSame(dataset.customers(), customers);
            assertEquals(expected().customers(), customers);
            publish(dataset, reporter);
        }

        @Test
        void scenarioAndStepOfMySeed(SyntheticDataset dataset, TestScenario scenario, List<EngagementStep> steps,
                @CustomerIndex(0) EngagementStep first, TestReporter reporter) {
            assertEquals(expected().scenarios(), dataset.scenarios());
            assertTrue(expected().scenarios().contains(scenario), scenario.scenarioId());
            assertEquals(expected().engagementSteps(), steps);
            assertEquals(expected().engagementSteps().get(0), first);
            publish(dataset, reporter);
        }

        @Test
        void oneCustomerOfMySeed(CustomerProfile customer, @Persona("healthcare_professional") List<CustomerProfile>
                professionals, SyntheticDataset dataset, TestReporter reporter) {
            assertTrue(expected().customers().contains(customer), customer.id());
            assertEquals(expected().customers(c -> c.personaType().equals("healthcare_professional")), professionals);
            publish(dataset, reporter);
        }

        private static void publish(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("instance", dataset.seed() + "@" + System.identityHashCode(dataset));
        }
    }

    @SyntheticCustomers(seed = 301, count = COUNT)
    abstract static class Seed301 extends Stress {
        @Override
        long seed() {
            return 301;
        }
    }

    @SyntheticCustomers(seed = 302, count = COUNT)
    abstract static class Seed302 extends Stress {
        @Override
        long seed() {
            return 302;
        }
    }

    @SyntheticCustomers(seed = 303, count = COUNT)
    abstract static class Seed303 extends Stress {
        @Override
        long seed() {
            return 303;
        }
    }

    @SyntheticCustomers(seed = 304, count = COUNT)
    abstract static class Seed304 extends Stress {
        @Override
        long seed() {
            return 304;
        }
    }

    @SyntheticCustomers(seed = 305, count = COUNT)
    abstract static class Seed305 extends Stress {
        @Override
        long seed() {
            return 305;
        }
    }

    static class S301C01 extends Seed301 {
    }
    static class S301C02 extends Seed301 {
    }
    static class S301C03 extends Seed301 {
    }
    static class S301C04 extends Seed301 {
    }
    static class S301C05 extends Seed301 {
    }
    static class S301C06 extends Seed301 {
    }
    static class S301C07 extends Seed301 {
    }
    static class S301C08 extends Seed301 {
    }
    static class S301C09 extends Seed301 {
    }
    static class S301C10 extends Seed301 {
    }
    static class S301C11 extends Seed301 {
    }
    static class S301C12 extends Seed301 {
    }
    static class S301C13 extends Seed301 {
    }
    static class S301C14 extends Seed301 {
    }
    static class S301C15 extends Seed301 {
    }
    static class S301C16 extends Seed301 {
    }
    static class S301C17 extends Seed301 {
    }
    static class S301C18 extends Seed301 {
    }
    static class S301C19 extends Seed301 {
    }
    static class S301C20 extends Seed301 {
    }
    static class S302C01 extends Seed302 {
    }
    static class S302C02 extends Seed302 {
    }
    static class S302C03 extends Seed302 {
    }
    static class S302C04 extends Seed302 {
    }
    static class S302C05 extends Seed302 {
    }
    static class S302C06 extends Seed302 {
    }
    static class S302C07 extends Seed302 {
    }
    static class S302C08 extends Seed302 {
    }
    static class S302C09 extends Seed302 {
    }
    static class S302C10 extends Seed302 {
    }
    static class S302C11 extends Seed302 {
    }
    static class S302C12 extends Seed302 {
    }
    static class S302C13 extends Seed302 {
    }
    static class S302C14 extends Seed302 {
    }
    static class S302C15 extends Seed302 {
    }
    static class S302C16 extends Seed302 {
    }
    static class S302C17 extends Seed302 {
    }
    static class S302C18 extends Seed302 {
    }
    static class S302C19 extends Seed302 {
    }
    static class S302C20 extends Seed302 {
    }
    static class S303C01 extends Seed303 {
    }
    static class S303C02 extends Seed303 {
    }
    static class S303C03 extends Seed303 {
    }
    static class S303C04 extends Seed303 {
    }
    static class S303C05 extends Seed303 {
    }
    static class S303C06 extends Seed303 {
    }
    static class S303C07 extends Seed303 {
    }
    static class S303C08 extends Seed303 {
    }
    static class S303C09 extends Seed303 {
    }
    static class S303C10 extends Seed303 {
    }
    static class S303C11 extends Seed303 {
    }
    static class S303C12 extends Seed303 {
    }
    static class S303C13 extends Seed303 {
    }
    static class S303C14 extends Seed303 {
    }
    static class S303C15 extends Seed303 {
    }
    static class S303C16 extends Seed303 {
    }
    static class S303C17 extends Seed303 {
    }
    static class S303C18 extends Seed303 {
    }
    static class S303C19 extends Seed303 {
    }
    static class S303C20 extends Seed303 {
    }
    static class S304C01 extends Seed304 {
    }
    static class S304C02 extends Seed304 {
    }
    static class S304C03 extends Seed304 {
    }
    static class S304C04 extends Seed304 {
    }
    static class S304C05 extends Seed304 {
    }
    static class S304C06 extends Seed304 {
    }
    static class S304C07 extends Seed304 {
    }
    static class S304C08 extends Seed304 {
    }
    static class S304C09 extends Seed304 {
    }
    static class S304C10 extends Seed304 {
    }
    static class S304C11 extends Seed304 {
    }
    static class S304C12 extends Seed304 {
    }
    static class S304C13 extends Seed304 {
    }
    static class S304C14 extends Seed304 {
    }
    static class S304C15 extends Seed304 {
    }
    static class S304C16 extends Seed304 {
    }
    static class S304C17 extends Seed304 {
    }
    static class S304C18 extends Seed304 {
    }
    static class S304C19 extends Seed304 {
    }
    static class S304C20 extends Seed304 {
    }
    static class S305C01 extends Seed305 {
    }
    static class S305C02 extends Seed305 {
    }
    static class S305C03 extends Seed305 {
    }
    static class S305C04 extends Seed305 {
    }
    static class S305C05 extends Seed305 {
    }
    static class S305C06 extends Seed305 {
    }
    static class S305C07 extends Seed305 {
    }
    static class S305C08 extends Seed305 {
    }
    static class S305C09 extends Seed305 {
    }
    static class S305C10 extends Seed305 {
    }
    static class S305C11 extends Seed305 {
    }
    static class S305C12 extends Seed305 {
    }
    static class S305C13 extends Seed305 {
    }
    static class S305C14 extends Seed305 {
    }
    static class S305C15 extends Seed305 {
    }
    static class S305C16 extends Seed305 {
    }
    static class S305C17 extends Seed305 {
    }
    static class S305C18 extends Seed305 {
    }
    static class S305C19 extends Seed305 {
    }
    static class S305C20 extends Seed305 {
    }

    static final List<Class<?>> CLASSES = List.of(
            S301C01.class, S301C02.class, S301C03.class, S301C04.class, S301C05.class,
            S301C06.class, S301C07.class, S301C08.class, S301C09.class, S301C10.class,
            S301C11.class, S301C12.class, S301C13.class, S301C14.class, S301C15.class,
            S301C16.class, S301C17.class, S301C18.class, S301C19.class, S301C20.class,
            S302C01.class, S302C02.class, S302C03.class, S302C04.class, S302C05.class,
            S302C06.class, S302C07.class, S302C08.class, S302C09.class, S302C10.class,
            S302C11.class, S302C12.class, S302C13.class, S302C14.class, S302C15.class,
            S302C16.class, S302C17.class, S302C18.class, S302C19.class, S302C20.class,
            S303C01.class, S303C02.class, S303C03.class, S303C04.class, S303C05.class,
            S303C06.class, S303C07.class, S303C08.class, S303C09.class, S303C10.class,
            S303C11.class, S303C12.class, S303C13.class, S303C14.class, S303C15.class,
            S303C16.class, S303C17.class, S303C18.class, S303C19.class, S303C20.class,
            S304C01.class, S304C02.class, S304C03.class, S304C04.class, S304C05.class,
            S304C06.class, S304C07.class, S304C08.class, S304C09.class, S304C10.class,
            S304C11.class, S304C12.class, S304C13.class, S304C14.class, S304C15.class,
            S304C16.class, S304C17.class, S304C18.class, S304C19.class, S304C20.class,
            S305C01.class, S305C02.class, S305C03.class, S305C04.class, S305C05.class,
            S305C06.class, S305C07.class, S305C08.class, S305C09.class, S305C10.class,
            S305C11.class, S305C12.class, S305C13.class, S305C14.class, S305C15.class,
            S305C16.class, S305C17.class, S305C18.class, S305C19.class, S305C20.class);

    /** Per class: 3 repetitions and 2 tests. */
    private static final int TESTS = 100 * (3 + 2);

    @RepeatedTest(3)
    void everyTestGetsItsSeedsDataGeneratedOncePerSeed() {
        assertEquals(100, CLASSES.size());
        assertEquals(100, Set.copyOf(CLASSES).size());
        long before = DatasetStore.generations();
        // a hang guard, not a timing assertion: a deadlock fails here instead of hanging the build
        EngineExecutionResults results = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> run(CLASSES,
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8"));
        long generated = DatasetStore.generations() - before;

        assertAllSucceeded(results, TESTS);
        assertEquals(5, generated, "one generation per seed");
        List<String> instances = reported(results, "instance");
        assertEquals(TESTS, instances.size());
        Map<String, Set<String>> bySeed = instances.stream().collect(Collectors.groupingBy(
                s -> s.substring(0, s.indexOf('@')), TreeMap::new,
                Collectors.mapping(s -> s.substring(s.indexOf('@')), Collectors.toSet())));
        assertEquals(List.of("301", "302", "303", "304", "305"), List.copyOf(bySeed.keySet()));
        bySeed.forEach((seed, ids) -> assertEquals(1, ids.size(), "one instance for seed " + seed + ": " + ids));
        Map<String, Long> testsPerSeed = instances.stream().collect(Collectors.groupingBy(
                s -> s.substring(0, s.indexOf('@')), TreeMap::new, Collectors.counting()));
        testsPerSeed.forEach((seed, n) -> assertEquals(TESTS / 5, n, "tests of seed " + seed));
    }
}
