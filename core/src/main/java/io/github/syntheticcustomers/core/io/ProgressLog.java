package io.github.syntheticcustomers.core.io;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * {@link Progress} as log lines for long runs: nothing during the first {@link #DEFAULT_QUIET_NANOS} (so
 * short runs stay quiet), then a line at the first update after it and at most one line every
 * {@link #DEFAULT_INTERVAL_NANOS} from then on, e.g.
 * {@code Generated 1250000 of 2000000 customers (62 %), 28.1 GB, 41300 customers/s, about 18 s left}.
 * The rate is the mean since the start; the time left is the remaining records at that rate.
 *
 * <p>Times come from {@code clock} (nanoseconds, e.g. {@code System::nanoTime}); they only pace the log
 * and never enter a written file. Whether a run logs a line therefore depends on how fast the machine is;
 * a test that needs a line either way injects the clock or a quiet period of 0
 * ({@link #of(Consumer, Duration)}), which logs a line at the first update of every run that has more
 * than one.
 */
public final class ProgressLog implements Progress {

    /** No line before a run has lasted this long. */
    public static final long DEFAULT_QUIET_NANOS = 5_000_000_000L;
    /** Least time between two lines. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000_000L;
    /** Quiet periods from this long on never end (their nanoseconds would not fit a {@code long}). */
    private static final Duration MAX_QUIET = Duration.ofNanos(Long.MAX_VALUE);

    private final Consumer<String> log;
    private final LongSupplier clock;
    private final long quietNanos;
    private final long intervalNanos;
    private final long started;
    private long lastLine;
    private boolean logged;

    /**
     * @param log where the lines go, e.g. Maven's {@code getLog()::info}
     * @param clock monotonic nanoseconds
     * @param quietNanos no line before this much time has passed
     * @param intervalNanos least time between two lines
     */
    public ProgressLog(Consumer<String> log, LongSupplier clock, long quietNanos, long intervalNanos) {
        this.log = log;
        this.clock = clock;
        this.quietNanos = quietNanos;
        this.intervalNanos = intervalNanos;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    /**
     * Lines to {@code log} after {@code quiet}, at most every {@link #DEFAULT_INTERVAL_NANOS}, timed by
     * {@link System#nanoTime()}; a quiet period of zero logs from the first update on.
     */
    public static ProgressLog of(Consumer<String> log, Duration quiet) {
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("a quiet period cannot be negative: " + quiet);
        }
        long nanos = quiet.compareTo(MAX_QUIET) >= 0 ? Long.MAX_VALUE : quiet.toNanos();
        return new ProgressLog(log, System::nanoTime, nanos, DEFAULT_INTERVAL_NANOS);
    }

    /** Lines to {@code log}, after 5 s of quiet, at most every 5 s, timed by {@link System#nanoTime()}. */
    public static ProgressLog of(Consumer<String> log) {
        return new ProgressLog(log, System::nanoTime, DEFAULT_QUIET_NANOS, DEFAULT_INTERVAL_NANOS);
    }

    @Override
    public void update(long done, long count, long bytes) {
        long now = clock.getAsLong();
        long elapsed = now - started;
        if (elapsed < quietNanos || logged && now - lastLine < intervalNanos || done >= count) {
            return;
        }
        logged = true;
        lastLine = now;
        log.accept(line(done, count, bytes, elapsed));
    }

    /** The line for {@code done} of {@code count} records and {@code bytes} after {@code elapsedNanos}. */
    static String line(long done, long count, long bytes, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        long rate = seconds <= 0 ? 0 : Math.round(done / seconds);
        String left = rate == 0 ? "time left unknown" : "about " + duration((count - done) / rate) + " left";
        return String.format(Locale.ROOT, "Generated %d of %d customers (%d %%), %s, %d customers/s, %s", done, count,
                done * 100 / Math.max(1, count), size(bytes), rate, left);
    }

    /** Bytes as B, kB, MB, GB (powers of 1000, one decimal). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** Seconds as {@code 42 s}, {@code 3 min 5 s} or {@code 2 h 10 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
