package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.config.ConfigException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Output formats of the dataset files. */
public enum Format {
    /** One pretty-printed JSON array per file (two-space indent, LF). */
    JSON("json"),
    /** JSON Lines: one compact record per line, streamed. */
    JSONL("jsonl"),
    /** A flat summary of each part, one row per record with a header row, streamed. */
    CSV("csv");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * Parses a comma-separated list such as {@code "json,jsonl"} (case-insensitive, blanks ignored).
     *
     * @param property the parameter or property name used in the error message
     */
    public static Set<Format> parseList(String property, String text) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        if (text != null) {
            for (String part : text.split(",")) {
                String name = part.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                formats.add(parse(property, name));
            }
        }
        if (formats.isEmpty()) {
            throw ConfigException.of(property, "no output format given", text, allowedText());
        }
        return formats;
    }

    /** One format by its extension. */
    public static Format parse(String property, String name) {
        for (Format f : values()) {
            if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw ConfigException.of(property, "unknown format", name, allowedText());
    }

    private static String allowedText() {
        List<String> names = new ArrayList<>();
        Arrays.stream(values()).forEach(f -> names.add(f.extension));
        return String.join(", ", names) + " (comma-separated)";
    }
}
