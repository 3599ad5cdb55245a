package io.github.syntheticcustomers.benchmarks;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second: customer {@code i}'s events ({@code DatasetGenerator.events(i)}, the whole timeline of one
 * customer, from (seed, configuration, i) alone), for the indices of a range of a million customers starting at
 * {@code from}, a different index each call (stride 7 919, so the generator's per-thread memo never answers). The
 * primary score is customers per second; the secondary {@code events} score is events per second. {@code from} =
 * 10⁹ in a dataset of 2·10⁹ shows that an index's cost does not grow with the index.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventsBenchmark {

    static final long RANGE = 1_000_000;

    @Param({"0", "1000000000"})
    public long from;

    private DatasetGenerator generator;
    private long offset;

    /** The events generated, reported by JMH as a rate next to the customers. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 2_000_000_000L);
    }

    @Benchmark
    public List<EngagementEvent> eventsOfACustomer(Counts counts) {
        offset = (offset + 7919) % RANGE;
        List<EngagementEvent> events = generator.events(from + offset);
        counts.events += events.size();
        return events;
    }
}
