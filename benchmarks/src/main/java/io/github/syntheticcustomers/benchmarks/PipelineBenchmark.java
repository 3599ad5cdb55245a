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
import io.github.syntheticcustomers.core.io.Part;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * Scores are dataset indices (customers) per second; guide/benchmarks.md reports pipeline / floor.
 *
 * <p>{@code events} runs both side by side without the {@code events} part (every other part: the dataset as it was
 * before issue 28) and with it (every part). The events of all N customers do not fit in the heap, so the floor holds
 * the pre-built events of {@value #EVENT_SAMPLE} customers spread evenly over the N and writes them N /
 * {@value #EVENT_SAMPLE} times over: the same kind of records, as many files and lines as the pipeline writes, to
 * within the sample's spread. With events the run writes several GB into the temporary directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class PipelineBenchmark {

    static final int N = 100_000;

    /** Customers whose events the floor holds (N is a multiple). */
    static final int EVENT_SAMPLE = 2_000;

    /** The file base name of the events part. */
    static final String EVENTS = "events";

    @Param({"2"})
    public int threads;

    /** {@code without}: every part but events; {@code with}: every part. */
    @Param({"without", "with"})
    public String events;

    private Path directory;
    private DatasetGenerator generator;
    private Set<Part> selected;
    private List<? extends DatasetPart<?>> parts;
    /** Per part, the records of each index (N of them), or of the sampled indices for events. */
    private List<List<List<?>>> prebuilt;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        selected = selected(events);
        directory = Files.createTempDirectory("synthetic-customers-bench");
        generator = new DatasetGenerator(ConfigLoader.defaults(), 42, N);
        parts = SyntheticDatasets.parts(generator, selected);
        prebuilt = new ArrayList<>();
        for (DatasetPart<?> part : parts) {
            boolean sampled = part.name().equals(EVENTS);
            int indices = sampled ? EVENT_SAMPLE : N;
            List<List<?>> records = new ArrayList<>(indices);
            for (int k = 0; k < indices; k++) {
                records.add(part.recordsFor(sampled ? (long) k * N / EVENT_SAMPLE : k));
            }
            prebuilt.add(records);
        }
    }

    /**
     * The parts of the {@code events} setting. The events part is found by its file name, so this class compiles
     * (and measures {@code without}) before the part exists; {@code with} fails until it does.
     */
    static Set<Part> selected(String events) {
        EnumSet<Part> all = EnumSet.allOf(Part.class);
        Part eventsPart = all.stream().filter(p -> p.id().equals(EVENTS)).findFirst().orElse(null);
        switch (events) {
            case "with":
                if (eventsPart == null) {
                    throw new IllegalStateException("this build has no events part (Part." + EVENTS.toUpperCase(
                            java.util.Locale.ROOT) + "); run with -p events=without");
                }
                return all;
            case "without":
                if (eventsPart != null) {
                    all.remove(eventsPart);
                }
                return all;
            default:
                throw new IllegalArgumentException("events must be with or without but was: " + events);
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
                EnumSet.of(Format.JSONL), directory.resolve("pipeline"), threads).withParts(selected));
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
                List<List<?>> records = prebuilt.get(p);
                for (int i = 0; i < N; i++) {
                    for (Object record : records.get(i % records.size())) {
                        byte[] line = writer.writeValueAsBytes(record);
                        stream.write(line);
                        stream.write('\n');
                        bytes += line.length + 1;
                    }
                }
            }
        }
        return bytes;
    }
}
