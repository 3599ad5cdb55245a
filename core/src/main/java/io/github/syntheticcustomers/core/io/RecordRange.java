package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;

/**
 * Record indices {@code [from, to)} of a dataset of {@code count} customers: what a shard holds. Record {@code i}
 * depends only on the seed, the configuration, the count and {@code i}, so a shard's lines are exactly those lines
 * of the whole run, and shards that together cover {@code [0, count)} concatenate into it.
 *
 * @param from the first record index (0-based), at least 0
 * @param to the index after the last, greater than {@code from}
 */
public record RecordRange(long from, long to) {

    /** What a range may be, for messages. */
    private static final String ALLOWED = "FROM:TO with 0 <= FROM < TO <= count";

    public RecordRange {
        if (from < 0 || to <= from) {
            throw ConfigException.of("shard", from < 0 ? "starts before record 0" : "holds no record",
                    from + ":" + to, ALLOWED);
        }
    }

    /** How many records (customers) it holds. */
    public long size() {
        return to - from;
    }

    /**
     * This range, checked against a dataset of {@code count}.
     *
     * @throws ConfigException when it reaches past the last record
     */
    public RecordRange within(long count) {
        if (to > count) {
            throw ConfigException.of("shard", "reaches past the dataset's last record (count " + count + ")",
                    from + ":" + to, "FROM:TO with 0 <= FROM < TO <= " + count);
        }
        return this;
    }

    /**
     * Parses {@code FROM:TO}, e.g. {@code 0:250000}.
     *
     * @param property the parameter or option name for the message
     */
    public static RecordRange parse(String property, String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        try {
            if (colon > 0) {
                return new RecordRange(Long.parseLong(value.substring(0, colon).strip()),
                        Long.parseLong(value.substring(colon + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        } catch (ConfigException e) {
            throw ConfigException.of(property, e.problem(), text, ALLOWED);
        }
        throw ConfigException.of(property, "is not a range of records", text,
                ALLOWED + ", e.g. 0:250000");
    }
}
