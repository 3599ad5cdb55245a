package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.CustomerPart;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.FileSink;
import io.github.syntheticcustomers.core.io.DatasetSchema;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes (guide: guarantees.md), and record i is addressable alone. */
class DeterminismTest {

    @TempDir
    Path dir;

    private Manifest generate(String name, long seed, long count, int threads) {
        // every part, the events (not written by default) included
        return SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), seed, count,
                Format.builtIn(), dir.resolve(name), threads, null, java.util.EnumSet.allOf(Part.class)));
    }

    @Test
    void sameSeedGivesSameBytesAcrossRunsThreadsLocalesAndTimeZones() throws IOException {
        generate("first", 42, 500, 1);
        generate("threads", 42, 500, 4);
        // the most threads allowed: chunks of 8 records, the same 2 048 records in flight, the same bytes
        generate("max-threads", 42, 500, Limits.MAX_THREADS);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            generate("turkish-tokyo", 42, 500, 3);
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            generate("german-newfoundland", 42, 500, 2);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertSameBytesAsFirst(List.of("threads", "max-threads", "turkish-tokyo", "german-newfoundland"));
    }

    /**
     * A second run like the first, and one thread per available processor (two on the CI machine, as the German run
     * above has): in the long-tests profile (CONTRIBUTING, "Where the long tests run").
     */
    @Tag("long")
    @Test
    void sameSeedGivesSameBytesInASecondRunAndOnEveryAvailableProcessor() throws IOException {
        generate("first", 42, 500, 1);
        generate("second", 42, 500, 1);
        // 0: one thread per available processor, as the plugin's threads parameter means
        generate("available-processors", 42, 500, 0);
        assertSameBytesAsFirst(List.of("second", "available-processors"));
    }

    /** Every file of each other run's directory holds the bytes of the same file of the run "first". */
    private void assertSameBytesAsFirst(List<String> others) throws IOException {
        List<String> files = new ArrayList<>(List.of("customers.json", "customers.jsonl", "customers.csv",
                "scenarios.json", "scenarios.jsonl", "scenarios.csv", "engagement-steps.json", "engagement-steps.jsonl",
                "engagement-steps.csv", "events.json", "events.jsonl", "events.csv", "boundary-cases.json",
                "boundary-cases.jsonl", "boundary-cases.csv", "manifest.json"));
        Arrays.stream(DatasetSchema.values()).map(DatasetSchema::fileName).forEach(files::add);
        // the relational format's tables and the files that describe them
        io.github.syntheticcustomers.core.relational.RelationalSchema.all().tables()
                .forEach(t -> files.add(t.fileName()));
        files.addAll(io.github.syntheticcustomers.core.relational.RelationalSchema.descriptionFileNames());
        assertEquals(files.stream().sorted().toList(), list(dir.resolve("first")));
        for (String other : others) {
            for (String file : files) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("first").resolve(file)),
                        Files.readAllBytes(dir.resolve(other).resolve(file)), other + "/" + file);
            }
        }
    }

    @Test
    void zeroThreadsMeansOnePerAvailableProcessorAndNegativeCountsAreRefused() {
        GenerationRequest available = new GenerationRequest(ConfigLoader.defaults(), 42, 10, EnumSet.of(Format.JSONL),
                dir, 0);
        assertEquals(Limits.availableThreads(), available.threads());
        ConfigException negative = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> new GenerationRequest(ConfigLoader.defaults(), 42, 10, EnumSet.of(Format.JSONL), dir, -1));
        assertEquals("threads: must not be negative (was: -1; allowed: 0 (one per available processor) or a whole "
                + "number from 1 to " + Limits.MAX_THREADS + ")", negative.getMessage());
    }

    @Test
    void aDifferentSeedGivesDifferentBytes() throws IOException {
        generate("a", 42, 50, 1);
        generate("b", 43, 50, 1);
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a/customers.jsonl")),
                Files.readAllBytes(dir.resolve("b/customers.jsonl"))));
    }

    @Test
    void customerIEqualsTheIthRecordOfAFullRun() throws IOException {
        generate("full", 42, 500, 2);
        List<String> lines = Files.readAllLines(dir.resolve("full/customers.jsonl"), StandardCharsets.UTF_8);
        DatasetGenerator alone = new DatasetGenerator(ConfigLoader.defaults(), 42, 500);
        for (int i : new int[] {0, 1, 499}) {
            assertEquals(lines.get(i), JsonMappers.data().writeValueAsString(alone.customer(i)), "record " + i);
        }
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void customer123456EqualsItsRecordInA200000Run() throws IOException {
        // customers only: the other parts (about ten engagement steps per customer) would write gigabytes here
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, 200_000);
        new DatasetWriter(dir.resolve("big"), EnumSet.of(Format.JSONL), 2, FileSink.FILES).write(200_000,
                List.of(new CustomerPart(generator)), files -> new Manifest(SyntheticDatasets.GENERATOR, "test", 42,
                        200_000, generator.config().referenceDate(), List.of("jsonl"), "", "", files));
        String line;
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("big/customers.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 123_456; i++) {
                reader.readLine();
            }
            line = reader.readLine();
        }
        DatasetGenerator alone = new DatasetGenerator(ConfigLoader.defaults(), 42, 200_000);
        assertEquals(line, JsonMappers.data().writeValueAsString(alone.customer(123_456)));
    }

    private static List<String> list(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(DatasetDirectory.LOCK_FILE)).sorted()
                    .toList();
        }
    }
}
