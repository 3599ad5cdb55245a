package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.DatasetStatus;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs writing one directory at the same time, as two IDE builds or CI retries do: the directory lock
 * serialises them, each ends with exactly its own dataset on disk when it reports success, and after both the
 * directory holds one complete dataset, that of the run which held the lock last.
 */
@DisabledIfSystemProperty(named = "nondexExecid", matches = ".+",
        disabledReason = "shuffled iteration orders do not reach the child JVMs; the normal run covers it")
@SuppressWarnings("try") // try-with-resources that only hold a directory or its lock open
class ConcurrentProcessesTest {

    private static final int ROUNDS = 50;

    @TempDir
    Path root;

    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                DatasetWriterProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void twoProcessesInALoopAlwaysLeaveOneCompleteDatasetOfTheLastWriter() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = root.resolve("round-" + round);
            Path order = root.resolve("order-" + round + ".log");
            long first = 1 + 2L * round;
            long second = round % 5 == 4 ? first : first + 1; // now and then the same seed twice
            Process a = java("write", dir.toString(), Long.toString(first), order.toString()).start();
            Process b = java("write", dir.toString(), Long.toString(second), order.toString()).start();
            String outA = output(a);
            String outB = output(b);
            assertEquals(0, a.exitValue(), "round " + round + ": " + outA);
            assertEquals(0, b.exitValue(), "round " + round + ": " + outB);
            assertTrue(outA.startsWith("generated " + first + " "), outA);
            assertTrue(outB.startsWith("generated " + second + " "), outB);

            List<String> lockOrder = Files.readAllLines(order, StandardCharsets.UTF_8);
            assertEquals(2, lockOrder.size(), "round " + round + ": both held the lock, one after the other");
            long last = Long.parseLong(lockOrder.get(1));
            Manifest manifest = DatasetReader.readManifest(dir);
            assertEquals(last, manifest.seed(), "round " + round + ": the last writer's data is on disk");
            var request = DatasetWriterProcess.request(dir, last);
            DatasetStatus status = DatasetStatus.of(dir,
                    SyntheticDatasets.fingerprint(request, SyntheticDatasets.configDigest(request.config())));
            assertTrue(status.upToDate(), "round " + round + ": " + status.reason());
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(DatasetDirectory.LOCK_FILE), s.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(".")).toList(), "round " + round + ": no journal or temporary file");
            }
        }
    }

    @Test
    void aRunWaitsForAnotherProcessAndFailsClearlyAfterItsTimeout() throws Exception {
        // no clock in the assertions: the holder keeps the lock until this test tells it to let go, so "granted only
        // after the release" holds on a machine of any speed or load
        Path dir = root.resolve("held");
        Process holder = java("hold", dir.toString(), "until-told").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            List<String> log = new ArrayList<>();
            DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class, () -> DatasetDirectory
                    .forWriting(dir, DirectoryOptions.defaults().withLockTimeout(Duration.ofMillis(500)).withLog(log::add)));
            assertTrue(e.getMessage().startsWith(dir.toRealPath() + " is locked by another process"), e.getMessage());
            assertEquals(1, log.size(), log.toString());

            AtomicBoolean released = new AtomicBoolean();
            CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
                try (DatasetDirectory opened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                    return released.get();
                }
            });
            released.set(true);
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertTrue(waiter.get(120, TimeUnit.SECONDS), "granted only when the holder released it");
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder ended");
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroyForcibly();
        }
    }

    private static String output(Process p) throws IOException, InterruptedException {
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        return text;
    }
}
