package io.github.syntheticcustomers.core.hardening;

import io.github.syntheticcustomers.core.io.DatasetDirectory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility promise: the same version gives the same bytes. The SHA-256 of every output file
 * of the default dataset (500 customers, every format) and of its report files for seeds 42 and 7 is committed under
 * {@code src/test/resources/golden/}; any changed byte fails here, on every JDK the build runs on.
 *
 * <p>To accept an intentional change: {@code ./mvnw -B -pl core test -Dtest=GoldenOutputsTest
 * -Dgolden.update=true}, then record the change in CHANGELOG.md.
 */
class GoldenOutputsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7})
    void everyOutputFileHasItsCommittedHash(long seed) throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), seed, 500,
                Format.builtIn(), dir, 2));
        // the report goal's files too: quality.json, analysis.json and report.html
        ReportFiles.report(dir, ConfigLoader.defaults());
        StringBuilder actual = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            // the lock file is the directory's, not the dataset's: it stays empty
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(DatasetDirectory.LOCK_FILE))
                    .sorted().toList()) {
                actual.append(sha256(Files.readAllBytes(file))).append("  ").append(file.getFileName()).append('\n');
            }
        }
        String name = "golden/seed-" + seed + ".sha256";
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("basedir", "."), "src/test/resources", name);
            Files.writeString(source, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = GoldenOutputsTest.class.getResourceAsStream("/" + name)) {
            assertNotNull(in, "missing " + name + ": run with -Dgolden.update=true to create it");
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.toString().lines().toList();
        assertEquals(want, got, "The output bytes for seed " + seed + " changed. If that is intentional, update the"
                + " goldens (./mvnw -B -pl core test -Dtest=GoldenOutputsTest -Dgolden.update=true) and call out the"
                + " change in CHANGELOG.md: users rely on the same version giving the same bytes.");
    }

    /**
     * The events part (not in the default selection): its files of 100 customers of seed 42, every format; the
     * relational format's events table needs the customers written too (its rows refer to them).
     */
    @org.junit.jupiter.api.Test
    void theEventsFilesHaveTheirCommittedHash() throws IOException {
        EnumSet<Format> formats = EnumSet.copyOf(Format.builtIn());
        formats.remove(Format.RELATIONAL);
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 100, formats, dir.resolve("events"),
                2, null, java.util.Set.of(io.github.syntheticcustomers.core.io.Part.EVENTS)));
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 100, EnumSet.of(Format.RELATIONAL),
                dir.resolve("relational"), 2, null, java.util.Set.of(io.github.syntheticcustomers.core.io.Part.CUSTOMERS,
                io.github.syntheticcustomers.core.io.Part.EVENTS)));
        StringBuilder actual = new StringBuilder();
        List<Path> pinned = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("events"))) {
            files.filter(f -> f.getFileName().toString().startsWith("events.")).forEach(pinned::add);
        }
        pinned.add(dir.resolve("relational").resolve("table-events.csv"));
        for (Path file : pinned.stream().sorted(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                .toList()) {
            actual.append(sha256(Files.readAllBytes(file))).append("  ").append(file.getFileName()).append('\n');
        }
        String name = "golden/events-seed-42.sha256";
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("basedir", "."), "src/test/resources", name);
            Files.writeString(source, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        try (var in = GoldenOutputsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is committed (run with -Dgolden.update=true once)");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual.toString(),
                    "the events bytes changed: update the golden hashes and CHANGELOG.md in the same commit");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
