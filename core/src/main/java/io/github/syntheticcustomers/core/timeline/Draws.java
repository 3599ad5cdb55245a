package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.internal.Rng;

/** Draws of the timeline model's distributions, by inversion: one uniform per draw, never a retry. */
final class Draws {

    /** More events than this in one draw are not told apart (a mean this high is outside the model). */
    private static final int MAX_COUNT = 200;

    private Draws() {
    }

    /** A Poisson count of mean {@code mean}, by inversion of its distribution function. */
    static int poisson(Rng rng, double mean) {
        return mean > 0 ? poisson(rng, mean, StrictMath.exp(-mean)) : 0;
    }

    /** As {@link #poisson(Rng, double)}, with {@code exp(-mean)} computed by the caller. */
    static int poisson(Rng rng, double mean, double expMinusMean) {
        if (!(mean > 0)) {
            return 0;
        }
        double u = rng.nextDouble();
        double p = expMinusMean;
        double cdf = p;
        int k = 0;
        while (u > cdf && k < MAX_COUNT) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** An exponential time of mean {@code mean}. */
    static double exponential(Rng rng, double mean) {
        return -mean * StrictMath.log(1.0 - rng.nextDouble());
    }

    /** A whole number of the inclusive range. */
    static int between(Rng rng, int min, int max) {
        return rng.nextInt(min, max + 1);
    }

    /** A number uniformly within [min, max]. */
    static double between(Rng rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }
}
