package io.github.syntheticcustomers.core.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A per-purpose random stream: every draw of the product comes from one of these, derived from
 * (seed, record index, purpose) and nothing else, so record {@code i} can be generated alone, on any
 * thread, and gives the same values on every JVM.
 *
 * <p>Not thread-safe; create one per record and purpose.
 */
public final class Rng {

    private final SplittableRandom random;

    private Rng(long mixedSeed) {
        this.random = new SplittableRandom(mixedSeed);
    }

    /** The stream for one record and one purpose. {@code purpose} is a fixed string such as "demographics". */
    public static Rng of(long seed, long index, String purpose) {
        return new Rng(mix(mix(mix(seed) ^ index) ^ purposeCode(purpose)));
    }

    /** A stream for a dataset-wide purpose (not tied to one record), such as the record permutation. */
    public static Rng global(long seed, String purpose) {
        return of(seed, -1L, purpose);
    }

    /** SplitMix64's finaliser: a bijective, well-avalanched 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit FNV-1a hash of the purpose's characters: fixed by this code, not by any JDK's hashCode. */
    static long purposeCode(String purpose) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < purpose.length(); i++) {
            h ^= purpose.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [origin, bound). */
    public int nextInt(int origin, int bound) {
        return random.nextInt(origin, bound);
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** True with the given probability (clamped to [0, 1]). */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Index drawn with probability proportional to {@code weights[i]} (non-negative, not all zero). */
    public int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * A normal draw by the Box-Muller transform, computed with {@link StrictMath} so it is the same on
     * every JVM and CPU.
     */
    public double gaussian(double mean, double sd) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        return mean + sd * z;
    }

    /** A normal draw clamped to [min, max]. */
    public double gaussian(double mean, double sd, double min, double max) {
        return Math.max(min, Math.min(max, gaussian(mean, sd)));
    }

    /** Picks {@code k} distinct elements in a random order (partial Fisher-Yates on a copy). */
    public <T> List<T> sample(List<T> values, int k) {
        Object[] copy = values.toArray();
        int n = Math.min(k, copy.length);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.length - i);
            Object t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        @SuppressWarnings("unchecked")
        List<T> result = (List<T>) List.of(java.util.Arrays.copyOf(copy, n));
        return result;
    }
}
