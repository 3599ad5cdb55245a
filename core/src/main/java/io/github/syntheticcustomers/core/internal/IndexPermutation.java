package io.github.syntheticcustomers.core.internal;

/**
 * A seeded bijection of [0, n) computed per index in O(1) memory: a four-round Feistel network on the
 * smallest even number of bits that covers n, with cycle walking to stay inside the domain. It
 * shuffles record order (so records are not grouped by persona) while record {@code i} still needs
 * nothing but {@code i}.
 */
public final class IndexPermutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    public IndexPermutation(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1 but was " + size);
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        if (bits % 2 == 1) {
            bits++;
        }
        this.halfBits = bits / 2;
        this.halfMask = (1L << halfBits) - 1;
        Rng rng = Rng.global(seed, "record-permutation");
        for (int r = 0; r < ROUNDS; r++) {
            roundKeys[r] = rng.nextLong();
        }
    }

    public long size() {
        return size;
    }

    /** The position that index {@code i} maps to. */
    public long apply(long i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0, " + size + ")");
        }
        long x = i;
        do {
            x = encrypt(x);
        } while (x >= size);
        return x;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int r = 0; r < ROUNDS; r++) {
            long f = Rng.mix(right ^ roundKeys[r]) & halfMask;
            long next = left ^ f;
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
