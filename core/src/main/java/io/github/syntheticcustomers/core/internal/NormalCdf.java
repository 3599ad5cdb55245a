package io.github.syntheticcustomers.core.internal;

/**
 * The standard normal distribution function Φ and exact draws from truncated normals by inverting it, computed with
 * {@link StrictMath} so that every JVM gives the same bits. Φ is the series {@code ½ + φ(x)·(x + x³/3 + x⁵/(3·5) +
 * …)} for {@code |x| < 3} (absolute error below 1e-15) and the continued fraction of the Mills ratio
 * {@code Φ(−x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …))))} beyond (relative error below 1e-14), so the far tails keep
 * their relative precision: a truncated draw deep in a tail is still exact.
 */
public final class NormalCdf {

    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private NormalCdf() {
    }

    /** The standard normal density φ(x). */
    public static double density(double x) {
        return INV_SQRT_2PI * StrictMath.exp(-0.5 * x * x);
    }

    /** Φ(x) = P(Z ≤ x). */
    public static double of(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -3) {
            return lowerTail(-x);
        }
        if (x >= 3) {
            return 1 - lowerTail(x);
        }
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int k = 3; k < 200; k += 2) {
            term *= x2 / k;
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 0.5 + density(x) * sum;
    }

    /** Φ(−x) for {@code x ≥ 3}: the Mills ratio's continued fraction, evaluated bottom-up. */
    private static double lowerTail(double x) {
        if (x > 38) {
            return 0;
        }
        double fraction = x;
        for (int k = 60; k >= 1; k--) {
            fraction = x + k / fraction;
        }
        return density(x) / fraction;
    }

    /**
     * The quantile {@code u} (0–1) of a normal of {@code mean} and {@code sd} truncated to {@code [lo, hi]} (either
     * bound infinite): exact inverse-CDF sampling, never rejection. The interval is mirrored into the lower half so
     * that a band deep in the upper tail keeps its precision; the draw never leaves the interval.
     */
    public static double truncated(double mean, double sd, double lo, double hi, double u) {
        if (!(hi > lo)) {
            return lo;
        }
        double a = (lo - mean) / sd;
        double b = (hi - mean) / sd;
        double z;
        if (a > 0) {
            // mirror: −Z truncated to [−b, −a], both tails small
            z = -inverseIn(-b, -a, 1 - u);
        } else {
            z = inverseIn(a, b, u);
        }
        double x = mean + sd * z;
        return Math.max(lo, Math.min(hi, x));
    }

    /** The standard normal truncated to {@code [a, b]} with {@code a ≤ 0}, at quantile {@code u}. */
    private static double inverseIn(double a, double b, double u) {
        double pa = a == Double.NEGATIVE_INFINITY ? 0 : of(a);
        double pb = b == Double.POSITIVE_INFINITY ? 1 : of(b);
        double p = pa + u * (pb - pa);
        if (!(p > 0)) {
            return a == Double.NEGATIVE_INFINITY ? NormalQuantile.of(0) : a;
        }
        return NormalQuantile.of(p);
    }
}
