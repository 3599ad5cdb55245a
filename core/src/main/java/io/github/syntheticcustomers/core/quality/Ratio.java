package io.github.syntheticcustomers.core.quality;

/**
 * A ratio summed one record at a time: {@code part / whole}, NaN over nothing, so a measure over a stream
 * needs two numbers however many records it sees.
 */
public final class Ratio {

    private double part;
    private long whole;

    /** Adds {@code part} of {@code whole}. */
    public void add(double addedPart, long addedWhole) {
        part += addedPart;
        whole += addedWhole;
    }

    /** {@code part / whole}; NaN when nothing was added. */
    public double value() {
        return whole == 0 ? Double.NaN : part / whole;
    }

    /** {@link #value()} in percent. */
    public double percent() {
        return 100 * value();
    }

    /** How many were added to the whole. */
    public long whole() {
        return whole;
    }
}
