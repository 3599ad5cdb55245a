package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.internal.NormalCdf;

/**
 * The mean and variance of a number attribute's distribution as the generator draws it (docs/attributes.md): a
 * normal truncated to {@code [min, max]}, a lognormal truncated in log space, a uniform. Closed forms, so the check
 * needs no sample of its own.
 */
final class AttributeMoments {

    private AttributeMoments() {
    }

    /** {mean, variance} of {@code a} with override {@code v} (null: the attribute's own parameters). */
    static double[] of(AttributeConfig a, AttributeConfig.Variant v) {
        double mean = v != null && v.mean() != null ? v.mean() : a.mean() == null ? 0 : a.mean();
        double sd = v != null && v.sd() != null ? v.sd() : a.sd() == null ? 1 : a.sd();
        double lo = a.min();
        double hi = a.max();
        return switch (a.distribution()) {
            case "uniform" -> new double[] {(lo + hi) / 2, (hi - lo) * (hi - lo) / 12};
            case "normal" -> {
                double alpha = (lo - mean) / sd;
                double beta = (hi - mean) / sd;
                double z = NormalCdf.of(beta) - NormalCdf.of(alpha);
                double pa = NormalCdf.density(alpha);
                double pb = NormalCdf.density(beta);
                double shift = (pa - pb) / z;
                yield new double[] {mean + sd * shift, sd * sd * (1 + (alpha * pa - beta * pb) / z - shift * shift)};
            }
            case "lognormal" -> {
                double s2 = StrictMath.log(1 + sd * sd / (mean * mean));
                double s = StrictMath.sqrt(s2);
                double mu = StrictMath.log(mean) - s2 / 2;
                double alpha = lo > 0 ? (StrictMath.log(lo) - mu) / s : Double.NEGATIVE_INFINITY;
                double beta = (StrictMath.log(hi) - mu) / s;
                double z = NormalCdf.of(beta) - NormalCdf.of(alpha);
                double m1 = StrictMath.exp(mu + s2 / 2) * (NormalCdf.of(beta - s) - cdf(alpha - s)) / z;
                double m2 = StrictMath.exp(2 * mu + 2 * s2) * (NormalCdf.of(beta - 2 * s) - cdf(alpha - 2 * s)) / z;
                yield new double[] {m1, Math.max(0, m2 - m1 * m1)};
            }
            default -> throw new IllegalStateException("unknown distribution " + a.distribution());
        };
    }

    private static double cdf(double x) {
        return x == Double.NEGATIVE_INFINITY ? 0 : NormalCdf.of(x);
    }
}
