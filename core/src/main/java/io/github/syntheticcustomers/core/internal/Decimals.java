package io.github.syntheticcustomers.core.internal;

import java.math.BigDecimal;

/**
 * Fixed-decimal rounding for every number the product writes. Values are rounded when records are
 * built, so a written and re-read record equals the original, and output never depends on how a
 * JDK prints a double.
 */
public final class Decimals {

    private static final double[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Decimals() {
    }

    /** {@code value} rounded half-up to {@code places} decimals (0–6). */
    public static double round(double value, int places) {
        double scale = POW10[places];
        return Math.round(value * scale) / scale;
    }

    /** Rounded to two decimals: shares, probabilities, scores. */
    public static double round2(double value) {
        return round(value, 2);
    }

    /** Clamped to [0, 1] and rounded to two decimals. */
    public static double unit2(double value) {
        return round2(Math.max(0.0, Math.min(1.0, value)));
    }

    /**
     * Plain decimal text of a value with at most six decimals, trailing zeros dropped but one kept:
     * {@code 1.0}, {@code 0.75}, {@code 12.5}. Independent of locale and of the JDK's double printing.
     */
    public static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(Math.round(value * POW10[6]), 6).stripTrailingZeros();
        if (d.scale() <= 0) {
            d = d.setScale(1);
        }
        return d.toPlainString();
    }
}
