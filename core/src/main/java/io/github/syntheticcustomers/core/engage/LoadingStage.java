package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The stages of the engagement system's dynamic content loading, in the order a front end runs them:
 * {@code initial → critical-content → enhanced-context → personalization → deep-context → complete}.
 * Critical content is the essential tier, enhanced context the extended tier, deep context the
 * comprehensive tier; personalization applies the persona components.
 */
public enum LoadingStage {
    INITIAL,
    CRITICAL_CONTENT,
    ENHANCED_CONTEXT,
    PERSONALIZATION,
    DEEP_CONTEXT,
    COMPLETE;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The id used in JSON, e.g. {@code critical-content}. */
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static LoadingStage of(String id) {
        for (LoadingStage s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown loading stage '" + id + "'");
    }
}
