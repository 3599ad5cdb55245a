package io.github.syntheticcustomers.core.internal;

/**
 * The standard normal quantile function Φ⁻¹ by P. J. Acklam's rational approximation (relative error below
 * 1.2e-9 over (0, 1)), computed with {@link StrictMath} so that every JVM and CPU gives the same bits: the
 * generator compares draws with these thresholds, and a last-bit difference would change output bytes.
 * (Library implementations such as Commons Statistics use {@link Math}, whose results may differ by an ulp.)
 */
public final class NormalQuantile {

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
    private static final double LOW = 0.02425;
    /** Beyond this the quantile is clamped: draws never need more than about 8.3 standard deviations. */
    private static final double TAIL = 1e-16;

    private NormalQuantile() {
    }

    /** Φ⁻¹(p): the z with P(Z ≤ z) = p; p is clamped into [1e-16, 1 − 1e-16]. */
    public static double of(double p) {
        double x = Math.max(TAIL, Math.min(1 - TAIL, p));
        if (x < LOW) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(x));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (x > 1 - LOW) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - x));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = x - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
