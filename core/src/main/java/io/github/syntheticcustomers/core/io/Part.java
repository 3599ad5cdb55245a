package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a dataset, each written as {@code <id>.<format>} in every requested format. A run may
 * leave parts out (plugin parameter {@code parts}, command-line option {@code --parts}): engagement steps
 * are about three quarters of a dataset's bytes.
 *
 * <p>{@link #EVENTS} is not in the {@linkplain #defaults() default selection}: a customer's timeline holds dozens of
 * events, so the events file is many times the size of the other parts together, and most users want the snapshot
 * (profiles, scenarios, steps) only. It is written when asked for by name or with {@code all}; leaving it out keeps
 * the default dataset, and its fingerprint, as it was before the part existed.
 */
public enum Part {
    /** {@code customers.*}: one customer profile per record index. */
    CUSTOMERS("customers"),
    /** {@code scenarios.*}: one test scenario per record index. */
    SCENARIOS("scenarios"),
    /** {@code engagement-steps.*}: the adapted steps of each customer's journey. */
    ENGAGEMENT_STEPS("engagement-steps"),
    /** {@code events.*}: every event of each customer's timeline, in time order. Not written by default. */
    EVENTS("events"),
    /**
     * {@code boundary-cases.*}: the configuration's boundary cases, one customer each (docs/boundary-cases.md). Not
     * written by default nor with {@code all}: they are not records of the dataset, and are written only when named.
     */
    BOUNDARY_CASES("boundary-cases");

    /**
     * {@link #defaults()} as the comma-separated text the plugin and command line take as their default (a constant,
     * for their annotations).
     */
    public static final String DEFAULT_LIST = "customers,scenarios,engagement-steps";

    private final String id;

    Part(String id) {
        this.id = id;
    }

    /** The file base name, e.g. {@code engagement-steps}. */
    public String id() {
        return id;
    }

    /**
     * Every part of the dataset's records, {@link #EVENTS} included: what {@code all} selects. Not
     * {@link #BOUNDARY_CASES}, which is written only when named.
     */
    public static Set<Part> all() {
        return Set.copyOf(EnumSet.complementOf(EnumSet.of(BOUNDARY_CASES)));
    }

    /**
     * The parts written when none are named: customers, scenarios and engagement steps; not {@link #EVENTS}, whose
     * file is many times the size of the rest.
     */
    public static Set<Part> defaults() {
        return Set.copyOf(EnumSet.of(CUSTOMERS, SCENARIOS, ENGAGEMENT_STEPS));
    }

    /**
     * Parses a comma-separated list such as {@code "customers,scenarios"} (case-insensitive, blanks
     * ignored); {@code "all"} means every part, {@link #EVENTS} included.
     *
     * @param property the parameter or property name used in the error message
     * @throws ConfigException naming the unknown part or an empty list, and what is allowed
     */
    public static Set<Part> parseList(String property, String text) {
        EnumSet<Part> parts = IdList.parse(Part.class, Part::id, "part", "part", "all", allowedText(), property, text);
        // all selects the dataset's parts (all()): the boundary cases only when named
        boolean named = false;
        for (String item : text.split(",")) {
            named |= item.strip().toLowerCase(java.util.Locale.ROOT).equals(BOUNDARY_CASES.id());
        }
        if (!named) {
            parts.remove(BOUNDARY_CASES);
        }
        return Set.copyOf(parts);
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
