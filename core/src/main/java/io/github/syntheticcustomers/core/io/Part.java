package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a dataset, each written as {@code <id>.<format>} in every requested format. A run may
 * leave parts out (plugin parameter {@code parts}, command-line option {@code --parts}): engagement steps
 * are about three quarters of a dataset's bytes.
 */
public enum Part {
    /** {@code customers.*}: one customer profile per record index. */
    CUSTOMERS("customers"),
    /** {@code scenarios.*}: one test scenario per record index. */
    SCENARIOS("scenarios"),
    /** {@code engagement-steps.*}: the adapted steps of each customer's journey. */
    ENGAGEMENT_STEPS("engagement-steps");

    private final String id;

    Part(String id) {
        this.id = id;
    }

    /** The file base name, e.g. {@code engagement-steps}. */
    public String id() {
        return id;
    }

    /** Every part: the default. */
    public static Set<Part> all() {
        return Set.copyOf(EnumSet.allOf(Part.class));
    }

    /**
     * Parses a comma-separated list such as {@code "customers,scenarios"} (case-insensitive, blanks
     * ignored); {@code "all"} means every part.
     *
     * @param property the parameter or property name used in the error message
     * @throws ConfigException naming the unknown part or an empty list, and what is allowed
     */
    public static Set<Part> parseList(String property, String text) {
        return Set.copyOf(IdList.parse(Part.class, Part::id, "part", "part", "all", allowedText(), property, text));
    }

    /** One part by its id. */
    public static Part parse(String property, String name) {
        return IdList.one(Part.class, Part::id, "part", allowedText(), property, name);
    }

    /** What {@link #parseList} accepts, for messages. */
    public static String allowedText() {
        return EnumSet.allOf(Part.class).stream().map(Part::id).collect(Collectors.joining(", "))
                + " or all (comma-separated)";
    }
}
