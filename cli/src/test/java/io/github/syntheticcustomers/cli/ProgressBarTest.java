package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The terminal's progress bar: nothing for a short run, redrawn in place for a long one, cleared at the end. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aShortRunDrawsNothing() {
        StringWriter terminal = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), clock::get);
        clock.addAndGet(SECOND / 2);
        bar.update(500, 1000, 1);
        bar.update(1000, 1000, 2);
        assertEquals("", terminal.toString());
    }

    @Test
    void aLongRunRedrawsInPlaceAndClearsTheLine() {
        StringWriter terminal = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), clock::get);
        clock.addAndGet(2 * SECOND);
        bar.update(500, 1000, 1);
        clock.addAndGet(SECOND / 10);
        bar.update(520, 1000, 1); // within half a second of the last drawing: not drawn
        bar.update(1000, 1000, 2);
        String drawn = "\r[###############...............]  50 %  500/1000 customers  250/s  about 2 s left";
        assertEquals(drawn + "\r" + " ".repeat(110) + "\r", terminal.toString());
    }

    @Test
    void aQuietPeriodOfZeroDrawsTheFirstUpdate() {
        StringWriter terminal = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(terminal), clock::get, 0);
        bar.update(256, 500, 1);
        bar.update(400, 500, 1); // within half a second of the first drawing: not drawn
        assertEquals("\r[###############...............]  51 %  256/500 customers  0/s", terminal.toString());
    }
}
