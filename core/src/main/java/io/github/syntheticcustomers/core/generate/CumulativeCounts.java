package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.Rng;
import java.util.Arrays;

/**
 * Whole-number weights as running totals, for a draw in proportion to them by one uniform number and a binary
 * search (a table of ten thousand names costs no linear scan per record).
 */
final class CumulativeCounts {

    private final long[] ends;

    CumulativeCounts(long[] counts) {
        this.ends = new long[counts.length];
        long running = 0;
        for (int i = 0; i < counts.length; i++) {
            running = Math.addExact(running, counts[i]);
            ends[i] = running;
        }
    }

    /** An index drawn with probability {@code counts[i] / total}. */
    int draw(Rng rng) {
        long target = (long) (rng.nextDouble() * total());
        int i = Arrays.binarySearch(ends, target + 1);
        // several equal ends only with zero counts, which the tables refuse: the insertion point is the index
        return i >= 0 ? i : -i - 1;
    }

    long total() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    int size() {
        return ends.length;
    }
}
