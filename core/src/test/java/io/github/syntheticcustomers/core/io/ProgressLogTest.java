package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines: quiet for short runs, throttled for long ones, with rate and time left. */
class ProgressLogTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aShortRunLogsNothing() {
        AtomicLong clock = new AtomicLong();
        List<String> lines = new ArrayList<>();
        ProgressLog log = new ProgressLog(lines::add, clock::get, 5 * SECOND, 5 * SECOND);
        for (long done = 100; done <= 1000; done += 100) {
            clock.addAndGet(SECOND / 2);
            log.update(done, 1000, done * 10);
        }
        assertEquals(List.of(), lines, "4.5 s in all: under the quiet period");
    }

    @Test
    void aLongRunLogsAtMostOneLinePerInterval() {
        AtomicLong clock = new AtomicLong();
        List<String> lines = new ArrayList<>();
        ProgressLog log = new ProgressLog(lines::add, clock::get, 5 * SECOND, 5 * SECOND);
        for (long done = 1000; done < 100_000; done += 1000) {
            clock.addAndGet(SECOND / 5); // 5000 records a second, for 20 s
            log.update(done, 100_000, done * 2_000);
        }
        log.update(100_000, 100_000, 200_000_000L);
        assertEquals(List.of(
                "Generated 25000 of 100000 customers (25 %), 50.0 MB, 5000 customers/s, about 15 s left",
                "Generated 50000 of 100000 customers (50 %), 100.0 MB, 5000 customers/s, about 10 s left",
                "Generated 75000 of 100000 customers (75 %), 150.0 MB, 5000 customers/s, about 5 s left"), lines,
                "at 5, 10 and 15 s; nothing for the last chunk, which the final summary line reports");
    }

    @Test
    void aQuietPeriodOfZeroLogsTheFirstUpdateThenPacesTheRest() {
        AtomicLong clock = new AtomicLong();
        List<String> lines = new ArrayList<>();
        ProgressLog log = new ProgressLog(lines::add, clock::get, 0, 5 * SECOND);
        log.update(256, 500, 25_600);
        clock.addAndGet(SECOND);
        log.update(400, 500, 40_000);
        log.update(500, 500, 50_000);
        assertEquals(List.of("Generated 256 of 500 customers (51 %), 25.6 kB, 0 customers/s, time left unknown"), lines,
                "at once (no time has passed: no rate yet), then nothing within 5 s, nor for the last chunk");
    }

    @Test
    void aRealRunWithAQuietPeriodOfZeroLogsItsFirstChunk(@TempDir Path dir) {
        List<String> lines = new ArrayList<>();
        SyntheticDatasets.update(new GenerationRequest(ConfigLoader.defaults(), 42, 500, EnumSet.of(Format.JSONL),
                dir, 2), DirectoryOptions.defaults(), false, ProgressLog.of(lines::add, Duration.ZERO));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("Generated 256 of 500 customers \\(51 %\\), [\\d.]+ [kM]B, \\d+ customers/s,"
                + " (about \\d+ (s|min \\d+ s|h \\d+ min) left|time left unknown)"), lines.get(0));
        assertThrows(IllegalArgumentException.class, () -> ProgressLog.of(lines::add, Duration.ofMillis(-1)));
        List<String> never = new ArrayList<>();
        ProgressLog endless = ProgressLog.of(never::add, Duration.ofSeconds(Long.MAX_VALUE));
        endless.update(1, 2, 3);
        assertEquals(List.of(), never, "a quiet period too long for nanoseconds never ends");
    }

    @Test
    void sizesAndDurationsReadNaturally() {
        assertEquals("999 B", ProgressLog.size(999));
        assertEquals("1.5 kB", ProgressLog.size(1500));
        assertEquals("47.9 GB", ProgressLog.size(47_900_000_000L));
        assertEquals("59 s", ProgressLog.duration(59));
        assertEquals("4 min 56 s", ProgressLog.duration(296));
        assertEquals("2 h 10 min", ProgressLog.duration(7800));
        assertEquals("Generated 0 of 10 customers (0 %), 0 B, 0 customers/s, time left unknown",
                ProgressLog.line(0, 10, 0, SECOND));
    }

    @Test
    void theWriterReportsEveryChunkInIndexOrderWithTheBytesWritten(@TempDir Path dir) {
        List<long[]> updates = new ArrayList<>();
        SyntheticDatasets.update(new GenerationRequest(ConfigLoader.defaults(), 42, 3000, EnumSet.of(Format.JSONL),
                dir, 2), DirectoryOptions.defaults(), false, (done, count, bytes) -> updates.add(new long[] {done, count,
                        bytes}));
        assertTrue(updates.size() > 1, "several chunks");
        long previous = 0;
        long previousBytes = 0;
        for (long[] u : updates) {
            assertTrue(u[0] > previous && u[1] == 3000 && u[2] > previousBytes, java.util.Arrays.toString(u));
            previous = u[0];
            previousBytes = u[2];
        }
        assertEquals(3000, previous);
        long written = DatasetReader.readManifest(dir).files().stream().mapToLong(Manifest.FileEntry::bytes).sum();
        assertEquals(written, previousBytes, "the last update counts every byte of the data files");
    }
}
