package io.github.syntheticcustomers.core.io;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;


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
        return IdList.parse(Format.class, Format::extension, "format", "output format", null, allowedText(), property,
                text);
    }

    /** One format by its extension. */
    public static Format parse(String property, String name) {
        return IdList.one(Format.class, Format::extension, "format", allowedText(), property, name);
    }

    private static String allowedText() {
        return Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", ")) + " (comma-separated)";
    }
}
