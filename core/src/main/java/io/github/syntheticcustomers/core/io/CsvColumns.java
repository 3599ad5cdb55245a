package io.github.syntheticcustomers.core.io;

import java.util.List;
import java.util.function.Function;

/**
 * The flat CSV view of a record type: column names and one function per column. Values are written
 * as RFC 4180 fields (quoted when they hold a comma, quote or line break), rows end in LF.
 */
public record CsvColumns<T>(List<String> names, List<Function<T, Object>> values) {

    public CsvColumns {
        names = List.copyOf(names);
        values = List.copyOf(values);
        if (names.size() != values.size()) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    /** Builder-style helper: {@code CsvColumns.<T>builder().add("id", T::id).build()}. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public static final class Builder<T> {
        private final java.util.ArrayList<String> names = new java.util.ArrayList<>();
        private final java.util.ArrayList<Function<T, Object>> values = new java.util.ArrayList<>();

        public Builder<T> add(String name, Function<T, Object> value) {
            names.add(name);
            values.add(value);
            return this;
        }

        public CsvColumns<T> build() {
            return new CsvColumns<>(names, values);
        }
    }
}
