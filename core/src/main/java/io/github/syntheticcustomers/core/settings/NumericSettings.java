package io.github.syntheticcustomers.core.settings;

import io.github.syntheticcustomers.core.config.Limits;
import java.math.BigInteger;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The numeric settings as an adapter receives them, as text (a command-line option) or as a number (a Maven
 * parameter), parsed and bounded in one place: a value outside its range, or no whole number at all, is refused with
 * an {@link InvalidSettingException} naming the setting, the value as given and what is allowed, never with an
 * overflow or a parser's words.
 */
public final class NumericSettings {

    /** Allowed seeds, for messages. */
    public static final String SEED_ALLOWED = "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    /** Allowed counts, for messages. */
    public static final String COUNT_ALLOWED = "a whole number from 1 to " + Limits.MAX_COUNT;
    /** Allowed thread counts, for messages. */
    public static final String THREADS_ALLOWED = "0 (one per available processor, at most " + Limits.MAX_THREADS
            + ") or a whole number from 1 to " + Limits.MAX_THREADS;
    /** Allowed lock timeouts, for messages. */
    public static final String LOCK_TIMEOUT_ALLOWED = "a whole number of seconds from 0 to "
            + Limits.MAX_LOCK_TIMEOUT_SECONDS + ", 0 to fail at once";
    /** Allowed record indexes, for messages (the dataset's count bounds them further). */
    public static final String INDEX_ALLOWED = "a record index, a whole number from 0 to count - 1";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private NumericSettings() {
    }

    /** Setting {@code seed}: any {@code long}. */
    public static long seed(String text) {
        return parse("seed", text, Long.MIN_VALUE, Long.MAX_VALUE, SEED_ALLOWED);
    }

    /** Setting {@code count}: 1 to {@link Limits#MAX_COUNT}. */
    public static long count(String text) {
        return parse("count", text, 1, Limits.MAX_COUNT, COUNT_ALLOWED);
    }

    /** Fails unless {@code count} is 1 to {@link Limits#MAX_COUNT}. */
    public static long count(long count) {
        return require("count", count, 1, Limits.MAX_COUNT, COUNT_ALLOWED);
    }

    /** Setting {@code threads}: 0 (one per processor) to {@link Limits#MAX_THREADS}. */
    public static int threads(String text) {
        return (int) parse("threads", text, 0, Limits.MAX_THREADS, THREADS_ALLOWED);
    }

    /** Fails unless {@code threads} is 0 (one per processor) to {@link Limits#MAX_THREADS}. */
    public static int threads(long threads) {
        return (int) require("threads", threads, 0, Limits.MAX_THREADS, THREADS_ALLOWED);
    }

    /** Setting {@code lockTimeout} in seconds: 0 to {@link Limits#MAX_LOCK_TIMEOUT_SECONDS}. */
    public static long lockTimeoutSeconds(String text) {
        return parse("lockTimeout", text, 0, Limits.MAX_LOCK_TIMEOUT_SECONDS, LOCK_TIMEOUT_ALLOWED);
    }

    /** The lock timeout of {@code seconds}, refused outside 0 to {@link Limits#MAX_LOCK_TIMEOUT_SECONDS}. */
    public static Duration lockTimeout(long seconds) {
        return Duration.ofSeconds(require("lockTimeout", seconds, 0, Limits.MAX_LOCK_TIMEOUT_SECONDS,
                LOCK_TIMEOUT_ALLOWED));
    }

    /** Setting {@code index}, a record's index: 0 to {@link Limits#MAX_COUNT} - 1 (the count bounds it further). */
    public static long index(String text) {
        return parse("index", text, 0, Limits.MAX_COUNT - 1, INDEX_ALLOWED);
    }

    /**
     * {@code text} as a whole number from {@code min} to {@code max}.
     *
     * @throws InvalidSettingException naming {@code setting}, the text as given and {@code allowed}
     */
    static long parse(String setting, String text, long min, long max, String allowed) {
        String given = text == null ? "" : text.strip();
        if (!WHOLE_NUMBER.matcher(given).matches()) {
            throw new InvalidSettingException(setting, "is not a whole number", text, allowed);
        }
        BigInteger value = new BigInteger(given);
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new InvalidSettingException(setting, tooSmall(min), text, allowed);
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new InvalidSettingException(setting, "is too large", text, allowed);
        }
        return value.longValueExact();
    }

    private static long require(String setting, long value, long min, long max, String allowed) {
        if (value < min) {
            throw new InvalidSettingException(setting, tooSmall(min), value, allowed);
        }
        if (value > max) {
            throw new InvalidSettingException(setting, "is too large", value, allowed);
        }
        return value;
    }

    private static String tooSmall(long min) {
        return min == 0 ? "must not be negative" : min == 1 ? "must be at least 1" : "is too small";
    }
}
