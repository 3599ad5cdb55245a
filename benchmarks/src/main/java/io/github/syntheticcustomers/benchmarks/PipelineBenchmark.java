package io.github.syntheticcustomers.benchmarks;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full pipeline against its floor, in one JMH run. {@code pipeline}: generate and write every
 * dataset part as JSON Lines for N customers, as the plugin does. {@code floor}: the very same
 * records, built beforehand and held in memory, written by plain Jackson to the same kind of files.
 * Scores are dataset indices (customers) per second; the README reports pipeline / floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class PipelineBenchmark {

    static final int N = 100_000;

    @Param({"2"})
    public int threads;

    private Path directory;
    private DatasetGenerator generator;
    private List<? extends DatasetPart<?>> parts;
    private List<List<Object>> prebuilt;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("synthetic-customers-bench");
        generator = new DatasetGenerator(ConfigLoader.defaults(), 42, N);
        parts = SyntheticDatasets.parts(generator);
        prebuilt = new ArrayList<>();
        for (DatasetPart<?> part : parts) {
            List<Object> records = new ArrayList<>();
            for (long i = 0; i < N; i++) {
                records.addAll(part.recordsFor(i));
            }
            prebuilt.add(records);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Manifest pipeline() {
        return SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, N,
                EnumSet.of(Format.JSONL), directory.resolve("pipeline"), threads));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long floor() throws IOException {
        ObjectWriter writer = JsonMappers.data().writer();
        Path out = Files.createDirectories(directory.resolve("floor"));
        long bytes = 0;
        for (int p = 0; p < parts.size(); p++) {
            try (OutputStream stream = new BufferedOutputStream(
                    Files.newOutputStream(out.resolve(parts.get(p).name() + ".jsonl")), 1 << 16)) {
                for (Object record : prebuilt.get(p)) {
                    byte[] line = writer.writeValueAsBytes(record);
                    stream.write(line);
                    stream.write('\n');
                    bytes += line.length + 1;
                }
            }
        }
        return bytes;
    }
}
