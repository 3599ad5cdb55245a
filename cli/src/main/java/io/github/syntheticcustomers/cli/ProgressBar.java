package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.io.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on a terminal, redrawn in place at most every half second after the first second (a short
 * run draws nothing), and cleared when the run ends:
 * {@code [##########..........]  50 %  1250000/2500000 customers  41300/s  about 30 s left}.
 */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final long quietNanos;
    private final long started;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter terminal, LongSupplier clock) {
        this(terminal, clock, QUIET_NANOS);
    }

    ProgressBar(PrintWriter terminal, LongSupplier clock, long quietNanos) {
        this.terminal = terminal;
        this.clock = clock;
        this.quietNanos = quietNanos;
        this.started = clock.getAsLong();
        this.lastDrawn = started;
    }

    static ProgressBar of(PrintWriter terminal) {
        return new ProgressBar(terminal, System::nanoTime);
    }

    /** A bar drawn after {@code quiet} (0: from the first update on). */
    static ProgressBar of(PrintWriter terminal, Duration quiet) {
        return new ProgressBar(terminal, System::nanoTime,
                quiet.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : quiet.toNanos());
    }

    @Override
    public void update(long done, long count, long bytes) {
        long now = clock.getAsLong();
        if (done >= count) {
            if (drawn) {
                terminal.print("\r" + " ".repeat(WIDTH + 80) + "\r");
                terminal.flush();
            }
            return;
        }
        if (now - started < quietNanos || drawn && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        terminal.print("\r" + bar(done, count, now - started));
        terminal.flush();
    }

    /** The bar for {@code done} of {@code count} after {@code elapsedNanos}. */
    static String bar(long done, long count, long elapsedNanos) {
        int filled = (int) (done * WIDTH / Math.max(1, count));
        long rate = elapsedNanos <= 0 ? 0 : Math.round(done / (elapsedNanos / 1e9));
        String left = rate == 0 ? "" : "  about " + ((count - done) / rate) + " s left";
        return String.format(Locale.ROOT, "[%s%s] %3d %%  %d/%d customers  %d/s%s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done * 100 / Math.max(1, count), done, count, rate, left);
    }
}
