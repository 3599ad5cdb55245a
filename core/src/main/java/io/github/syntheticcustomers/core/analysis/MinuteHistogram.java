package io.github.syntheticcustomers.core.analysis;

import java.util.Map;
import java.util.TreeMap;

/**
 * Whole-minute durations counted by value, for an exact mean and median in one pass. Counts are kept in blocks
 * of {@value #BLOCK} consecutive minutes, created when a value falls in them: memory grows with the span the
 * durations cover (8 KiB per 17 hours of span that holds a value), never with how many there are.
 */
final class MinuteHistogram {

    static final int BLOCK = 1024;

    private final TreeMap<Long, long[]> blocks = new TreeMap<>();
    private long count;
    private long sum;

    void add(long minutes) {
        blocks.computeIfAbsent(Math.floorDiv(minutes, BLOCK), k -> new long[BLOCK])[(int) Math.floorMod(minutes,
                BLOCK)]++;
        count++;
        sum += minutes;
    }

    long count() {
        return count;
    }

    /** The mean, in minutes; 0 over nothing. */
    double mean() {
        return count == 0 ? 0 : (double) sum / count;
    }

    /** The median, in minutes: the middle value, or the mean of the two middle ones; 0 over nothing. */
    double median() {
        if (count == 0) {
            return 0;
        }
        return (valueAt((count - 1) / 2) + valueAt(count / 2)) / 2.0;
    }

    /** The value at {@code rank} (0-based) in ascending order. */
    private long valueAt(long rank) {
        long seen = 0;
        for (Map.Entry<Long, long[]> block : blocks.entrySet()) {
            long[] counts = block.getValue();
            for (int i = 0; i < BLOCK; i++) {
                seen += counts[i];
                if (seen > rank) {
                    return block.getKey() * BLOCK + i;
                }
            }
        }
        throw new IllegalStateException("rank " + rank + " of " + count);
    }
}
