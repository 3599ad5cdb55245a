package io.github.syntheticcustomers.core.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.Nullable;

/**
 * One measured value of a check with the threshold it was held to.
 *
 * @param subject what was measured, e.g. {@code share.health_aware_avoider}
 * @param value the measured value (rounded to two decimals)
 * @param expected the configured target, when there is one
 * @param min lowest accepted value, or null for no lower bound
 * @param max highest accepted value, or null for no upper bound
 * @param unit {@code %}, {@code count}, {@code rate}, … (for messages and the report)
 * @param passed whether {@code value} is within {@code [min, max]}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measurement(String subject, double value, @Nullable Double expected, @Nullable Double min,
        @Nullable Double max, String unit, boolean passed) {

    /** A measurement judged against {@code [min, max]}; values are rounded to two decimals first. */
    public static Measurement of(String subject, double value, Double expected, Double min, Double max,
            String unit) {
        double v = Decimals.round2(value);
        Double e = expected == null ? null : Decimals.round2(expected);
        Double lo = min == null ? null : Decimals.round2(min);
        Double hi = max == null ? null : Decimals.round2(max);
        boolean ok = (lo == null || v >= lo) && (hi == null || v <= hi);
        return new Measurement(subject, v, e, lo, hi, unit, ok);
    }

    /** The accepted range as text: {@code [29.2, 30.8]%}, {@code <= 0 records}, {@code >= 0.5 rho}. */
    public String threshold() {
        String u = unitSuffix();
        if (min != null && max != null) {
            return "[" + text(min) + ", " + text(max) + "]" + u;
        }
        if (min != null) {
            return ">= " + text(min) + u;
        }
        if (max != null) {
            return "<= " + text(max) + u;
        }
        return "any";
    }

    /** The value with its unit: {@code 30%}, {@code 0 records}. */
    public String valueText() {
        return text(value) + unitSuffix();
    }

    private String unitSuffix() {
        if (unit == null || unit.isEmpty()) {
            return "";
        }
        return unit.equals("%") ? "%" : " " + unit;
    }

    /** Whole numbers without decimals ({@code 15}), others with up to two ({@code 28.8}). */
    static String text(double v) {
        return Decimals.plain(v);
    }

    /** One line for messages: {@code share.x = 20.0 % (expected 30.0, allowed [29.0, 31.0] %)}. */
    public String describe() {
        String u = unitSuffix();
        StringBuilder sb = new StringBuilder(subject).append(" = ").append(text(value)).append(u);
        sb.append(" (");
        if (expected != null) {
            sb.append("expected ").append(text(expected)).append(", ");
        }
        sb.append("allowed ").append(threshold()).append(')');
        return sb.toString();
    }
}
