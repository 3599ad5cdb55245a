package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing reachable from a loaded configuration, a {@link SyntheticDataset} or a generated record can be
 * changed: every collection on the way refuses changes, and there is no array and no non-final field. The
 * probes ({@code addAll}/{@code putAll} of nothing) change nothing even on a mutable collection, so a failure
 * here cannot disturb the data other tests share.
 */
class ImmutabilityTest {

    private static final String OURS = "io.github.syntheticcustomers.";

    @Test
    void theBuiltInAndAUserConfigurationAreDeeplyImmutable() {
        List<String> mutable = new ArrayList<>();
        walk(ConfigLoader.defaults(), "defaults", mutable, new IdentityHashMap<>());
        GeneratorConfig user = ConfigLoader.load("user.yaml", "reference_date: 2025-05-05\npersonas:\n"
                + "  health_aware_avoider:\n    name: Avoider B\n");
        walk(user, "user", mutable, new IdentityHashMap<>());
        assertEquals(List.of(), mutable);
    }

    @Test
    void theDatasetAndEveryRecordInItAreDeeplyImmutable() {
        SyntheticDataset dataset = SyntheticDataset.of(ConfigLoader.defaults(), 42, 40);
        List<String> mutable = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        walk(dataset.config(), "config", mutable, seen);
        walk(dataset.customers(), "customers", mutable, seen);
        walk(dataset.scenarios(), "scenarios", mutable, seen);
        walk(dataset.engagementSteps(), "engagementSteps", mutable, seen);
        assertEquals(List.of(), mutable);
        assertTrue(seen.size() > 1_000, "the walk reached the records: " + seen.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void walk(Object value, String path, List<String> mutable, Map<Object, Boolean> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Temporal
                || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            mutable.add(path + " is an array");
            return;
        }
        if (value instanceof Map map) {
            if (accepts(() -> map.putAll(Collections.emptyMap()))) {
                mutable.add(path + " is a mutable " + type.getName());
            }
            for (Object e : map.entrySet()) {
                Map.Entry entry = (Map.Entry) e;
                walk(entry.getValue(), path + "[" + entry.getKey() + "]", mutable, seen);
            }
            return;
        }
        if (value instanceof Collection collection) {
            if (accepts(() -> collection.addAll(Collections.emptyList()))) {
                mutable.add(path + " is a mutable " + type.getName());
            }
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", mutable, seen);
            }
            return;
        }
        if (!type.getName().startsWith(OURS)) {
            mutable.add(path + " is a " + type.getName() + ", not a known immutable type");
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(component.getAccessor().invoke(value), path + "." + component.getName(), mutable, seen);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    fail(path + "." + component.getName() + ": " + e);
                }
            }
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                if (!Modifier.isFinal(field.getModifiers()) && !Modifier.isVolatile(field.getModifiers())) {
                    mutable.add(path + "." + field.getName() + " is not final");
                }
                try {
                    field.setAccessible(true);
                    walk(field.get(value), path + "." + field.getName(), mutable, seen);
                } catch (IllegalAccessException | RuntimeException e) {
                    fail(path + "." + field.getName() + ": " + e);
                }
            }
        }
    }

    /** True when the call returns normally: the collection took a change request. */
    private static boolean accepts(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UnsupportedOperationException refused) {
            return false;
        }
    }
}
