package io.github.syntheticcustomers.benchmarks;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One record at a time: average time of customer {@code i}, scenario {@code i} (its customer
 * included), and customer {@code i} for i = 10^9 in a dataset of 2·10^9 (addressability: no work
 * proportional to i or to the count).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordBenchmark {

    private DatasetGenerator generator;
    private DatasetGenerator huge;
    private long index;

    @Setup(Level.Trial)
    public void setUp() {
        generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 10_000_000);
        huge = new DatasetGenerator(ConfigLoader.defaults(), 42, 2_000_000_000L);
    }

    /** A different index each call, so the per-thread memo never answers. */
    private long nextIndex() {
        index = (index + 7919) % 10_000_000;
        return index;
    }

    @Benchmark
    public CustomerProfile customer() {
        return generator.customer(nextIndex());
    }

    @Benchmark
    public TestScenario scenarioWithItsCustomer() {
        return generator.scenario(nextIndex());
    }

    @Benchmark
    public CustomerProfile customerAtOneBillion() {
        index = index == 1_000_000_000L ? 1_000_000_001L : 1_000_000_000L;
        return huge.customer(index);
    }
}
