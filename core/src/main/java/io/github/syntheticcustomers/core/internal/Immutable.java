package io.github.syntheticcustomers.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies for the configuration records, keeping the file's order (unlike {@code Map.copyOf})
 * and passing {@code null} through, so the validator can still say which required value is missing.
 */
public final class Immutable {

    private Immutable() {
    }

    /** An unmodifiable copy of {@code map} in its iteration order, or null. */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy of {@code map} whose values are unmodifiable copies too, or null. */
    public static <K, K2, V> Map<K, Map<K2, V>> mapOfMaps(Map<K, Map<K2, V>> map) {
        if (map == null) {
            return null;
        }
        Map<K, Map<K2, V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, map(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy of {@code map} whose values are unmodifiable lists, or null. */
    public static <K, V> Map<K, List<V>> mapOfLists(Map<K, List<V>> map) {
        if (map == null) {
            return null;
        }
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, list(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable copy of {@code list}, or null. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
