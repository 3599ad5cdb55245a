package io.github.syntheticcustomers.core.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Outcome of one quality check. */
public enum CheckStatus {
    /** Every measurement is within its threshold. */
    PASS,
    /** At least one measurement is outside its threshold. */
    FAIL,
    /** The dataset has nothing this check can measure (e.g. no scenarios). */
    SKIPPED;

    /** Lower-case name, as written in {@code quality.json}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
