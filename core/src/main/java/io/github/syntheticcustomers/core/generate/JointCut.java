package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.internal.NormalCdf;

/**
 * Two correlated values one factor cuts, the factor present when either is at or above its cut-off (blood pressure:
 * systolic ≥ 130 or diastolic ≥ 80). On their g scales the two are standard bivariate normal {@code (x, y)} with
 * correlation {@code r} after standardising by the population means and spreads of the customer's age band and sex,
 * both shifted by a common {@code δ}: the customer's own level. {@code δ} is chosen so that the probability of the
 * factor's region {@code {x ≥ a − δ or y ≥ b − δ}} is the customer's probability {@code p} (a table of
 * {@code P(absent | δ)} per cell, inverted by interpolation). Given the factor's state the pair is drawn exactly:
 * {@code x} by the numerical inverse of its marginal within the state's region on a grid ({@code u} from the factor's
 * liability, so the values keep the liability's order), {@code y} given {@code x} by the inverse CDF of the
 * truncated conditional normal. So isolated systolic and isolated diastolic elevations occur in the proportions the
 * means and spreads imply. Immutable and thread-safe.
 */
final class JointCut {

    /** The δ grid: a customer's level lies within ±6 population standard deviations. */
    private static final double DELTA_MIN = -6;
    private static final double DELTA_STEP = 0.05;
    private static final int DELTA_POINTS = 241;
    /** The x grid of the marginal's inverse CDF, cells per segment. */
    private static final int GRID = 96;
    private static final double X_MIN = -8.5;
    private static final double X_MAX = 8.5;

    private final double r;
    private final double s;
    /** The standardised cut-off of the first and second value at δ = 0. */
    private final double a;
    private final double b;
    /** {@code P(absent)} at each δ of the grid, decreasing. */
    private final double[] absent;

    /**
     * @param a the first value's cut boundary, standardised by the cell's mean and spread
     * @param b the second value's
     * @param r the correlation
     */
    JointCut(double a, double b, double r) {
        this.a = a;
        this.b = b;
        this.r = r;
        this.s = StrictMath.sqrt(1 - r * r);
        this.absent = new double[DELTA_POINTS];
        for (int i = 0; i < DELTA_POINTS; i++) {
            double delta = DELTA_MIN + i * DELTA_STEP;
            absent[i] = both(a - delta, b - delta);
        }
    }

    /** {@code P(x < a', y < b')} by Simpson's rule over x. */
    private double both(double aa, double bb) {
        double hi = Math.min(aa, X_MAX);
        if (hi <= X_MIN) {
            return 0;
        }
        int n = GRID; // even
        double h = (hi - X_MIN) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = X_MIN + i * h;
            double f = NormalCdf.density(x) * NormalCdf.of((bb - r * x) / s);
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }

    /** The shift {@code δ} at which the factor's probability is {@code p} (its absence {@code 1 − p}). */
    double delta(double p) {
        double target = 1 - p;
        if (target >= absent[0]) {
            return DELTA_MIN;
        }
        if (target <= absent[DELTA_POINTS - 1]) {
            return DELTA_MIN + (DELTA_POINTS - 1) * DELTA_STEP;
        }
        int lo = 0;
        int hi = DELTA_POINTS - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (absent[mid] > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double f = (absent[lo] - target) / (absent[lo] - absent[hi]);
        return DELTA_MIN + (lo + f) * DELTA_STEP;
    }

    /**
     * The standardised pair {@code (x, y)} (before the shift is added back) of a customer at {@code delta}, with the
     * factor {@code present} or not; {@code u} places x within its state's marginal, {@code v} y given x.
     */
    double[] pair(double delta, boolean present, double u, double v) {
        double aa = a - delta;
        double bb = b - delta;
        double x;
        if (!present) {
            x = inverse(new double[][] {cumulative(X_MIN, Math.min(aa, X_MAX), false, aa, bb)}, X_MIN,
                    Math.min(aa, X_MAX), X_MAX, u);
            x = Math.min(x, Math.nextDown(aa));
        } else {
            // two segments, split at the first cut where the density jumps
            double split = Math.max(X_MIN, Math.min(aa, X_MAX));
            x = inverse(new double[][] {cumulative(X_MIN, split, true, aa, bb), cumulative(split, X_MAX, true, aa,
                bb)}, X_MIN, split, X_MAX, u);
        }
        double lo;
        double hi;
        if (!present) {
            lo = Double.NEGATIVE_INFINITY;
            hi = Math.nextDown(bb);
        } else if (x >= aa) {
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
        } else {
            lo = bb;
            hi = Double.POSITIVE_INFINITY;
        }
        double y = NormalCdf.truncated(r * x, s, lo, hi, v);
        return new double[] {x, y};
    }

    /** The unnormalised density of x within the state's region. */
    private double density(double x, boolean present, double aa, double bb) {
        double below = NormalCdf.of((bb - r * x) / s);
        if (!present) {
            return x < aa ? NormalCdf.density(x) * below : 0;
        }
        return x >= aa ? NormalCdf.density(x) : NormalCdf.density(x) * (1 - below);
    }

    /** The trapezoid cumulative of the density over {@code GRID} cells of {@code [from, to]} (all 0 when empty). */
    private double[] cumulative(double from, double to, boolean present, double aa, double bb) {
        double[] c = new double[GRID + 1];
        if (to <= from) {
            return c;
        }
        double h = (to - from) / GRID;
        double previous = density(from, present, aa, bb);
        for (int i = 1; i <= GRID; i++) {
            double d = density(i == GRID ? Math.nextDown(to) : from + i * h, present, aa, bb);
            c[i] = c[i - 1] + (previous + d) * h / 2;
            previous = d;
        }
        return c;
    }

    /**
     * The x at which the cumulative of one or two consecutive segments ({@code [from, split]}, {@code [split, to]})
     * reaches the share {@code u} of their total, linear within a grid cell.
     */
    private static double inverse(double[][] segments, double from, double split, double to, double u) {
        double total = 0;
        for (double[] c : segments) {
            total += c[GRID];
        }
        double target = u * total;
        double start = from;
        for (int k = 0; k < segments.length; k++) {
            double[] c = segments[k];
            double end = k == 0 ? split : to;
            if (target <= c[GRID] || k == segments.length - 1) {
                double h = (end - start) / GRID;
                for (int i = 1; i <= GRID; i++) {
                    if (c[i] >= target) {
                        double cell = c[i] - c[i - 1];
                        double f = cell > 0 ? (target - c[i - 1]) / cell : 0;
                        return start + (i - 1 + f) * h;
                    }
                }
                return end;
            }
            target -= c[GRID];
            start = end;
        }
        return to;
    }

    /** The first value's standardised cut boundary at δ = 0. */
    double a() {
        return a;
    }

    /** The second value's standardised cut boundary at δ = 0. */
    double b() {
        return b;
    }
}
