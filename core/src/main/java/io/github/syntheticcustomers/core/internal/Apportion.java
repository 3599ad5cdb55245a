package io.github.syntheticcustomers.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact integer allocation by the largest-remainder (Hamilton) method, optionally with per-slot caps.
 * Each weight is taken as the decimal it prints as ({@link BigDecimal#valueOf(double)}: {@code 0.3} is
 * three tenths), and quotas and remainders are computed in integer arithmetic, so the result is exact for
 * every {@code long} total, not only below 2<sup>53</sup>. Ties in the remainders go to the lower index, so
 * the result depends only on the inputs.
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
     * @throws IllegalArgumentException if the caps cannot hold the total, or a weight is negative or not finite
     */
    public static long[] largestRemainder(long total, double[] weights, long[] caps) {
        int n = weights.length;
        long capSum = 0;
        for (long c : caps) {
            capSum = c == Long.MAX_VALUE || capSum == Long.MAX_VALUE ? Long.MAX_VALUE : Math.addExact(capSum, c);
        }
        if (capSum < total) {
            throw new IllegalArgumentException("caps " + Arrays.toString(caps) + " cannot hold " + total);
        }
        BigInteger[] exact = integerWeights(weights);
        long[] result = new long[n];
        boolean[] fixed = new boolean[n];
        long remaining = total;
        while (true) {
            BigInteger weightSum = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    weightSum = weightSum.add(exact[i]);
                }
            }
            long[] share = new long[n];
            BigInteger[] remainder = new BigInteger[n];
            Arrays.fill(remainder, BigInteger.ZERO);
            long assigned = 0;
            BigInteger big = BigInteger.valueOf(remaining);
            for (int i = 0; i < n; i++) {
                if (fixed[i] || weightSum.signum() == 0) {
                    continue;
                }
                BigInteger[] quotient = big.multiply(exact[i]).divideAndRemainder(weightSum);
                share[i] = quotient[0].longValueExact();
                remainder[i] = quotient[1];
                assigned += share[i];
            }
            long left = remaining - assigned;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // same denominator for every slot: comparing the remainders compares the fractional parts
            Arrays.sort(order, (a, b) -> {
                int byRemainder = remainder[b].compareTo(remainder[a]);
                return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
            });
            boolean zeroSum = weightSum.signum() == 0;
            for (int k = 0; left > 0; k = (k + 1) % n) {
                int i = order[k];
                if (!fixed[i] && (exact[i].signum() > 0 || zeroSum)) {
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

    /** The weights as integers in one common scale: {@code {0.3, 0.25}} → {@code {30, 25}}. */
    private static BigInteger[] integerWeights(double[] weights) {
        BigDecimal[] decimals = new BigDecimal[weights.length];
        int scale = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + i + " must be a finite number >= 0 but was " + w);
            }
            decimals[i] = BigDecimal.valueOf(w);
            scale = Math.max(scale, decimals[i].scale());
        }
        BigInteger[] result = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            result[i] = decimals[i].setScale(scale).unscaledValue();
        }
        return result;
    }
}
