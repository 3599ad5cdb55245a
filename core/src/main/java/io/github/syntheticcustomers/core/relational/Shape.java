package io.github.syntheticcustomers.core.relational;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a record type is laid out in a table's columns, by JSON property path relative to the record: which nested
 * records are flattened under which column prefix (by default the property name and {@code _}), which properties are
 * renamed (where the name alone would be an SQL keyword or say too little), and which are held by another table or
 * left out. Every other property is a column; a list or map that no table holds is a JSON column. A path that matches
 * no property is refused when the tables are built, so a renamed record component cannot silently move a column.
 */
final class Shape {

    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, String> renames = new LinkedHashMap<>();
    private final Set<String> elsewhere = new LinkedHashSet<>();

    static Shape of() {
        return new Shape();
    }

    /** Flattens the nested record at {@code path} with {@code prefix} before its columns' names. */
    Shape prefix(String path, String prefix) {
        prefixes.put(path, prefix);
        return this;
    }

    /** Names the column of {@code path} {@code column}. */
    Shape rename(String path, String column) {
        renames.put(path, column);
        return this;
    }

    /** Leaves {@code path} out: another table holds it, or (said where it is called) the format does not. */
    Shape elsewhere(String path) {
        elsewhere.add(path);
        return this;
    }

    String prefixOr(String path, String fallback) {
        return prefixes.getOrDefault(path, fallback);
    }

    String column(String path, String fallback) {
        return renames.getOrDefault(path, fallback);
    }

    boolean skips(String path) {
        return elsewhere.contains(path);
    }

    /** Every path this shape names, to check that each matched a property. */
    Set<String> paths() {
        Set<String> all = new LinkedHashSet<>(prefixes.keySet());
        all.addAll(renames.keySet());
        all.addAll(elsewhere);
        return all;
    }
}
