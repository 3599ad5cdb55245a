package io.github.syntheticcustomers.core.config;

/**
 * An inclusive age range in whole years.
 *
 * @param min the youngest age, in whole years
 * @param max the oldest age, in whole years (inclusive)
 */
public record AgeRange(int min, int max) {

    /** Years of this range that fall in the decade starting at {@code decadeStart}. */
    public int overlap(int decadeStart) {
        int lo = Math.max(min, decadeStart);
        int hi = Math.min(max, decadeStart + 9);
        return Math.max(0, hi - lo + 1);
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
