package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The three content tiers of a step, shallowest first. A step of a tier shows that tier's content and
 * every shallower one: essential = core; extended = core + extended; comprehensive = all three.
 */
public enum Tier {
    ESSENTIAL,
    EXTENDED,
    COMPREHENSIVE;

    /** The id used in JSON: {@code essential}, {@code extended}, {@code comprehensive}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Tier of(String id) {
        for (Tier t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + id + "' (allowed: essential, extended, comprehensive)");
    }

    /** One tier deeper, or this tier when already the deepest. */
    public Tier deeper() {
        return this == COMPREHENSIVE ? this : values()[ordinal() + 1];
    }

    /** One tier shallower, or this tier when already essential. */
    public Tier shallower() {
        return this == ESSENTIAL ? this : values()[ordinal() - 1];
    }

    /**
     * Where this tier sits on the 0–1 readiness scale (the middle of its readiness band, see
     * {@link ProgressiveDisclosure}): essential 0.2, extended 0.55, comprehensive 0.85.
     */
    public double depth() {
        return switch (this) {
            case ESSENTIAL -> 0.2;
            case EXTENDED -> 0.55;
            case COMPREHENSIVE -> 0.85;
        };
    }
}
