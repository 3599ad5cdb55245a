package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.internal.Decimals;

/**
 * The scale one measured value is normal on, and its physiological limits: the Box-Cox transform
 * {@code g(x) = (x^λ − 1)/λ} ({@code log x} for λ = 0), the soft limits (identity between {@code low} and
 * {@code high}, beyond them compressed towards {@code min} and {@code max} by {@code b + D·(1 − e^{−(y−b)/D})} on the
 * g scale, continuous with a continuous slope, so no value piles up at a bound) and the rounding. Every cut-off lies
 * between the soft limits, so neither the limits nor the compression moves a value across a cut. Immutable.
 */
final class ValueScale {

    private final double lambda;
    private final int decimals;
    private final double gMin;
    private final double gLow;
    private final double gHigh;
    private final double gMax;

    ValueScale(MeasurementsConfig.Value v) {
        this.lambda = v.transform();
        this.decimals = v.decimals();
        this.gMin = g(v.limits().min());
        this.gLow = g(v.limits().low());
        this.gHigh = g(v.limits().high());
        this.gMax = g(v.limits().max());
    }

    /** {@code g(x)}. */
    double g(double x) {
        if (lambda == 1) {
            return x - 1;
        }
        if (lambda == 0) {
            return StrictMath.log(x);
        }
        return (StrictMath.pow(x, lambda) - 1) / lambda;
    }

    /** The inverse of {@link #g}, for any g (after the soft limits). */
    double x(double g) {
        if (lambda == 1) {
            return g + 1;
        }
        if (lambda == 0) {
            return StrictMath.exp(g);
        }
        return StrictMath.pow(lambda * g + 1, 1 / lambda);
    }

    /** {@code dg/dx} at {@code x}: turns a standard deviation in the value's unit into one on the g scale. */
    double slope(double x) {
        return StrictMath.pow(x, lambda - 1);
    }

    /** The g of the value's rounding boundary below {@code cut}: a value above it rounds to the cut or more. */
    double cutBoundary(double cut) {
        return g(cut - step() / 2);
    }

    /** The rounding step, {@code 10^−decimals}. */
    double step() {
        return 1 / StrictMath.pow(10, decimals);
    }

    /** The value of {@code y} on the g scale, within its soft limits, in natural units (not rounded). */
    double limited(double y) {
        if (y > gHigh) {
            double d = gMax - gHigh;
            y = gHigh + d * (1 - StrictMath.exp(-(y - gHigh) / d));
        } else if (y < gLow) {
            double d = gLow - gMin;
            y = gLow - d * (1 - StrictMath.exp(-(gLow - y) / d));
        }
        return x(y);
    }

    /** {@code x} within the soft limits. */
    double limitedValue(double x) {
        return limited(g(Math.max(x, lambda == 1 ? x : Double.MIN_NORMAL)));
    }

    /** {@code x} rounded to the value's decimals. */
    double round(double x) {
        return Decimals.round(x, decimals);
    }
}
