package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.internal.Decimals;

/**
 * A mean summed one value at a time with Kahan compensation, so the sum of millions of small values keeps its
 * precision and the result does not depend on how many records came before: two numbers, whatever the count.
 */
final class Mean {

    private double sum;
    private double compensation;
    private double simpleSum;
    private long count;

    void add(double value) {
        double corrected = value - compensation;
        double next = sum + corrected;
        compensation = (next - sum) - corrected;
        sum = next;
        simpleSum += value;
        count++;
    }

    /** The mean rounded to two decimals; 0 over nothing. */
    double rounded() {
        if (count == 0) {
            return 0;
        }
        // an infinite value makes the compensated sum NaN; the plain sum then says what the mean is
        double total = Double.isNaN(sum) && Double.isInfinite(simpleSum) ? simpleSum : sum;
        return Decimals.round2(total / count);
    }
}
