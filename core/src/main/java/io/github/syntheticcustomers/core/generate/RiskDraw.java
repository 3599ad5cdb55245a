package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.NormalQuantile;
import java.util.List;

/**
 * The risk factors one customer has, with the standard normal liability behind each (present or absent): the
 * liability that decided the factor also places the value that measures it (docs/measurement-model.md). Factor
 * {@code f} of probability {@code p}, after the group members above it took {@code above}, is present exactly when
 * its liability lies in its band {@code (Φ⁻¹(1 − above − p), Φ⁻¹(1 − above)]}; the members of a group share one
 * liability. Immutable.
 */
final class RiskDraw {

    private final List<RiskFactor> factors;
    private final List<RiskFactor> present;
    private final double[] liability;
    private final double[] above;
    private final double[] probability;

    RiskDraw(List<RiskFactor> factors, List<RiskFactor> present, double[] liability, double[] above,
            double[] probability) {
        this.factors = factors;
        this.present = List.copyOf(present);
        this.liability = liability.clone();
        this.above = above.clone();
        this.probability = probability.clone();
    }

    /** The factors present, in draw order. */
    List<RiskFactor> present() {
        return present;
    }

    /** Whether {@code f} is present. */
    boolean has(RiskFactor f) {
        return present.contains(f);
    }

    /** The factor of {@code id}, or null. */
    RiskFactor factor(String id) {
        for (RiskFactor f : factors) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /** The standard normal liability of {@code f} (shared by its group). */
    double liability(RiskFactor f) {
        return liability[f.index()];
    }

    /** The probability {@code f} was drawn with. */
    double probability(RiskFactor f) {
        return probability[f.index()];
    }

    /** The bottom of {@code f}'s band: {@code f} is present when the liability lies above it (and not above the top). */
    double lower(RiskFactor f) {
        return threshold(above[f.index()] + probability[f.index()]);
    }

    /** The top of {@code f}'s band ({@code +∞} for the first member of a group or a factor without one). */
    double upper(RiskFactor f) {
        return threshold(above[f.index()]);
    }

    /** The liability above which a share {@code p} of the population lies ({@code +∞} for 0, {@code −∞} for 1). */
    static double threshold(double p) {
        if (p <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.NEGATIVE_INFINITY;
        }
        return NormalQuantile.of(1 - p);
    }

    /**
     * This draw with the liability of {@code f}'s group (or of {@code f} alone) set to {@code l}: a cohort member's
     * liability placed inside the interval its measurement range maps to ({@link MeasurementConditions}). The caller
     * keeps {@code l} inside the band of the group's state, so the factors still agree with it.
     */
    RiskDraw withLiability(RiskFactor f, double l) {
        double[] copy = liability.clone();
        for (RiskFactor m : factors) {
            if (m == f || f.group() != null && f.group().equals(m.group())) {
                copy[m.index()] = l;
            }
        }
        return new RiskDraw(factors, present, copy, above, probability);
    }
}
