package io.github.syntheticcustomers.core.internal;

import java.util.Arrays;

/**
 * Exact integer allocation by the largest-remainder (Hamilton) method, optionally with per-slot caps.
 * Ties in the remainders go to the lower index, so the result depends only on the inputs.
 */
public final class Apportion {

    private Apportion() {
    }

    /** Splits {@code total} in proportion to {@code weights} (non-negative, not all zero). */
    public static long[] largestRemainder(long total, double[] weights) {
        long[] caps = new long[weights.length];
        Arrays.fill(caps, Long.MAX_VALUE);
        return largestRemainder(total, weights, caps);
    }

    /**
     * Splits {@code total} in proportion to {@code weights} with {@code result[i] <= caps[i]}: slots
     * that would exceed their cap are fixed at it and the rest is re-apportioned among the others.
     *
     * @throws IllegalArgumentException if the caps cannot hold the total
     */
    public static long[] largestRemainder(long total, double[] weights, long[] caps) {
        int n = weights.length;
        long capSum = 0;
        for (long c : caps) {
            capSum = c == Long.MAX_VALUE || capSum == Long.MAX_VALUE ? Long.MAX_VALUE : capSum + c;
        }
        if (capSum < total) {
            throw new IllegalArgumentException("caps " + Arrays.toString(caps) + " cannot hold " + total);
        }
        long[] result = new long[n];
        boolean[] fixed = new boolean[n];
        long remaining = total;
        while (true) {
            double weightSum = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    weightSum += weights[i];
                }
            }
            long[] share = new long[n];
            double[] remainder = new double[n];
            long assigned = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                double exact = weightSum > 0 ? remaining * (weights[i] / weightSum) : 0;
                share[i] = (long) Math.floor(exact);
                remainder[i] = exact - share[i];
                assigned += share[i];
            }
            long left = remaining - assigned;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int byRemainder = Double.compare(remainder[b], remainder[a]);
                return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
            });
            for (int k = 0; left > 0; k = (k + 1) % n) {
                int i = order[k];
                if (!fixed[i] && (weights[i] > 0 || weightSum == 0)) {
                    share[i]++;
                    left--;
                }
            }
            boolean overflow = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && share[i] > caps[i]) {
                    fixed[i] = true;
                    result[i] = caps[i];
                    remaining -= caps[i];
                    overflow = true;
                }
            }
            if (!overflow) {
                for (int i = 0; i < n; i++) {
                    if (!fixed[i]) {
                        result[i] = share[i];
                    }
                }
                return result;
            }
        }
    }
}
