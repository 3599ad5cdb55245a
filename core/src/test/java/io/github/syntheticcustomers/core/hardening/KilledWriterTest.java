package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed (SIGKILL) while it writes a new dataset leaves the previous dataset intact and its
 * manifest still describing it, never one that claims the new inputs. The temporary files the dead
 * JVM could not delete are swept by the next run, which regenerates.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void killedMidWriteLeavesThePreviousDatasetAndTheNextRunRegenerates() throws Exception {
        Manifest previous = SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 1, 200,
                EnumSet.of(Format.JSONL), dir, 1));
        Map<String, byte[]> before = snapshot(false);

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.syntheticcustomers.core.Main",
                "--seed", "2", "--count", "2000000", "--formats", "jsonl", "--threads", "1", "--output", dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (largestTemporaryFile() < 1_000_000 && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(writer.isAlive(), "the writer must still be writing when it is killed");
        writer.destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));

        Map<String, byte[]> after = snapshot(false);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
        assertEquals(previous, DatasetReader.readManifest(dir), "the manifest still describes the previous dataset");
        assertTrue(snapshot(true).keySet().stream().anyMatch(n -> n.endsWith(".tmp")), "the killed JVM's leftovers");

        Manifest next = SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 2, 300,
                EnumSet.of(Format.JSONL), dir, 1));
        assertNotEquals(previous.fingerprint(), next.fingerprint());
        assertEquals(List.of(), snapshot(true).keySet().stream().filter(n -> n.endsWith(".tmp")).toList(),
                "leftover temporary files are swept");
        assertEquals(300, next.file("customers.jsonl").records());
    }

    /** Size of the biggest temporary file (their names are unpredictable), 0 when there is none. */
    private long largestTemporaryFile() throws IOException {
        long largest = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().endsWith(".tmp")) {
                    try {
                        largest = Math.max(largest, Files.size(p));
                    } catch (NoSuchFileException gone) {
                        // renamed or deleted between the listing and now
                    }
                }
            }
        }
        return largest;
    }

    private Map<String, byte[]> snapshot(boolean withHidden) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (withHidden || !name.startsWith(".")) {
                    files.put(name, withHidden ? new byte[0] : Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
