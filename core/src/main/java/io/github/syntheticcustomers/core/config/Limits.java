package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;

/**
 * The input domains the product accepts, in one place. Values outside them are refused with a
 * {@link ConfigException} that names the property, the value and these bounds, never silently clamped.
 */
public final class Limits {

    /**
     * Largest dataset: 10^18 customers. Every category count is apportioned exactly (integer arithmetic)
     * up to it; larger counts are refused.
     */
    public static final long MAX_COUNT = 1_000_000_000_000_000_000L;

    /**
     * Most worker threads a run may use. The memory a run holds does not grow with the thread count
     * (the writer keeps a fixed number of records in flight), but more threads than this only cost.
     */
    public static final int MAX_THREADS = 256;

    /**
     * Longest a run waits for another run's lock on its dataset directory: 1 000 000 seconds (about 11.6 days).
     * Longer waits are refused rather than left to overflow a clock's arithmetic.
     */
    public static final long MAX_LOCK_TIMEOUT_SECONDS = 1_000_000L;

    /** Earliest reference date: with ages up to 120, every generated date has a four-digit year. */
    public static final LocalDate MIN_REFERENCE_DATE = LocalDate.of(1900, 1, 1);

    /** Latest reference date: journeys after it still end long before year 9999 (RFC 3339). */
    public static final LocalDate MAX_REFERENCE_DATE = LocalDate.of(2199, 12, 31);

    private Limits() {
    }

    /** Fails unless {@code count} is in 1 … {@link #MAX_COUNT}. */
    public static long requireCount(String property, long count) {
        if (count < 1 || count > MAX_COUNT) {
            throw ConfigException.of(property, count < 1 ? "must be at least 1" : "is too large", count,
                    "a whole number from 1 to " + MAX_COUNT);
        }
        return count;
    }

    /** Fails unless {@code threads} is in 1 … {@link #MAX_THREADS}; a {@code long}, so nothing wraps before the check. */
    /** One worker per available processor, at most {@link #MAX_THREADS}: what a thread count of 0 asks for. */
    public static int availableThreads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** A thread count of 1 to {@link #MAX_THREADS}, or 0 for {@link #availableThreads()}. */
    public static int resolveThreads(String property, long threads) {
        if (threads < 0) {
            throw ConfigException.of(property, "must not be negative", threads,
                    "0 (one per available processor) or a whole number from 1 to " + MAX_THREADS);
        }
        return threads == 0 ? availableThreads() : requireThreads(property, threads);
    }

    public static int requireThreads(String property, long threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw ConfigException.of(property, threads < 1 ? "must be at least 1" : "is too large", threads,
                    "a whole number from 1 to " + MAX_THREADS);
        }
        return (int) threads;
    }

    /** Whether {@code date} is a reference date the generator accepts. */
    public static boolean isReferenceDate(LocalDate date) {
        return !date.isBefore(MIN_REFERENCE_DATE) && !date.isAfter(MAX_REFERENCE_DATE);
    }

    /** What {@link #isReferenceDate} allows, for messages. */
    public static String referenceDateRange() {
        return "an ISO date from " + MIN_REFERENCE_DATE + " to " + MAX_REFERENCE_DATE;
    }

    /** Fails unless {@code date} is within {@link #MIN_REFERENCE_DATE} … {@link #MAX_REFERENCE_DATE}. */
    public static LocalDate requireReferenceDate(String property, LocalDate date) {
        if (date == null || !isReferenceDate(date)) {
            throw ConfigException.of(property, date == null ? "is required" : "is outside the supported range", date,
                    referenceDateRange());
        }
        return date;
    }
}
