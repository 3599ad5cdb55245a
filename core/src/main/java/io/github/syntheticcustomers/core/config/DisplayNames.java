package io.github.syntheticcustomers.core.config;

import java.util.Locale;

/**
 * Display names of configured ids: the configured {@code name} when there is one, else the id in words with a
 * capital first letter ({@code first_season} → {@code First season}), so that a product's own phases and steps
 * read as words in the report without any table in Java.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** {@code name} when set and not blank, else {@link #humanise(String) humanise(id)}. */
    public static String of(String id, String name) {
        return name != null && !name.isBlank() ? name : humanise(id);
    }

    /** {@code barrier_identification} → {@code Barrier identification}; a blank id reads as {@code Next step}. */
    public static String humanise(String id) {
        if (id == null || id.isBlank()) {
            return "Next step";
        }
        String s = id.replaceAll("[_\\-]+", " ").strip();
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
