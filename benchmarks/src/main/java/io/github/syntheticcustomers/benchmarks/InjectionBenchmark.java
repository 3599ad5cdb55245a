package io.github.syntheticcustomers.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Injection of the default dataset through {@code @SyntheticCustomers}, run by the JUnit Platform.
 *
 * <ul>
 *   <li>{@code coldFirstTest}: a new JVM runs one test that takes {@code List<CustomerProfile>}: engine
 *       start, configuration, generation of the 500 customers, injection (single shot, one JVM per fork).</li>
 *   <li>{@code coldPlainFirstTest}: the same without the extension, so that the JUnit Platform's own cold
 *       start (which no extension can avoid) can be told apart: coldFirstTest − coldPlainFirstTest is what
 *       cold injection adds to the first test.</li>
 *   <li>{@code warmInjected} and {@code warmPlain}: {@value #REPEATS} tests in one run, with and without the
 *       injected list. (injected − plain) / {@value #REPEATS} is the cost of one warm injection (plus
 *       1/{@value #REPEATS} of the run's one generation, so an upper bound).</li>
 * </ul>
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InjectionBenchmark {

    static final int REPEATS = 2000;
    static final int COLD_FORKS = 10;

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(COLD_FORKS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Events coldFirstTest() {
        return run(FirstTest.class);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(COLD_FORKS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Events coldPlainFirstTest() {
        return run(PlainFirstTest.class);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Events warmInjected() {
        return run(InjectedTests.class);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public Events warmPlain() {
        return run(PlainTests.class);
    }

    private static Events run(Class<?> testClass) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
        if (tests.failed().count() > 0 || tests.succeeded().count() == 0) {
            throw new IllegalStateException("benchmark tests failed: " + tests.failed().list());
        }
        return tests;
    }

    /** The first test of a run: the dataset is generated for it. */
    @SyntheticCustomers
    public static class FirstTest {
        @Test
        void first(List<CustomerProfile> customers) {
            if (customers.size() != 500) {
                throw new AssertionError(customers.size());
            }
        }
    }

    /** The same first test without the extension. */
    public static class PlainFirstTest {
        @Test
        void first() {
            if (REPEATS == 0) {
                throw new AssertionError();
            }
        }
    }

    /** Many tests sharing one generated dataset. */
    @SyntheticCustomers
    public static class InjectedTests {
        @RepeatedTest(REPEATS)
        void each(List<CustomerProfile> customers) {
            if (customers.isEmpty()) {
                throw new AssertionError();
            }
        }
    }

    /** The same tests without injection: the JUnit Platform's own cost per test. */
    public static class PlainTests {
        @RepeatedTest(REPEATS)
        void each() {
            if (REPEATS == 0) {
                throw new AssertionError();
            }
        }
    }
}
