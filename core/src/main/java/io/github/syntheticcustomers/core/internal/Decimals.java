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

    /** A whole number without decimals ({@code 136}), any other as {@link #format} ({@code 5.7}). */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : format(value);
    }

    /**
     * Plain decimal text of a value with at most six decimals, trailing zeros dropped but one kept:
     * {@code 1.0}, {@code 0.75}, {@code 12.5}. Independent of locale and of the JDK's double printing.
     */
    public static String format(double value) {
        long micros = Math.round(value * POW10[6]);
        if (micros >= LARGE || micros <= -LARGE) {
            return formatLarge(micros);
        }
        // the same text as formatLarge, by integer arithmetic: this runs for every number written
        long whole = Math.abs(micros) / 1_000_000;
        int fraction = (int) (Math.abs(micros) % 1_000_000);
        StringBuilder sb = new StringBuilder(20);
        if (micros < 0) {
            sb.append('-');
        }
        sb.append(whole).append('.');
        if (fraction == 0) {
            return sb.append('0').toString();
        }
        int digits = 6;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        String text = Integer.toString(fraction);
        for (int pad = digits - text.length(); pad > 0; pad--) {
            sb.append('0');
        }
        return sb.append(text).toString();
    }

    /** Beyond this many millionths the fast path's {@code Math.abs} could overflow: BigDecimal does it. */
    private static final long LARGE = 1L << 62;

    static String formatLarge(long micros) {
        BigDecimal d = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        if (d.scale() <= 0) {
            d = d.setScale(1);
        }
        return d.toPlainString();
    }
}
