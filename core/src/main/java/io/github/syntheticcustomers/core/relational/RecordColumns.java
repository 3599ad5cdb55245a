package io.github.syntheticcustomers.core.relational;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.model.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a record type, found by walking its record components the way Jackson writes them (the same records
 * the JSON Schemas are generated from): each scalar component is a column of the type {@link SqlType#of} gives, NOT
 * NULL unless marked {@link Nullable} (or inside a nested record that may be null), named by its JSON property in
 * snake_case after the {@link Shape}'s prefix; nested records are flattened; lists and maps no other table holds are JSON
 * columns. A record component added to a model type therefore becomes a column without a change here.
 */
final class RecordColumns {

    /** Words no column may be named: keywords of PostgreSQL, H2 or DuckDB that would need quotes in a query. */
    static final Set<String> KEYWORDS = Set.of("all", "and", "array", "as", "between", "both", "case", "cast", "check",
            "constraint", "cross", "date", "day", "default", "distinct", "else", "end", "except", "exists", "false",
            "fetch", "for", "foreign", "from", "full", "group", "having", "hour", "if", "in", "inner", "interval",
            "is", "join", "key", "left", "like", "limit", "minute", "month", "natural", "not", "null", "offset", "on",
            "or", "order", "over", "primary", "range", "right", "row", "rows", "second", "select", "set", "some",
            "table", "time", "timestamp", "to", "top", "true", "type", "union", "unique", "user", "using", "value",
            "values", "when", "where", "window", "with", "year");

    private static final PropertyNamingStrategies.NamingBase SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    /**
     * One column and how to read its value from the record it was found in.
     *
     * @param allowed the values a closed set (a Java enum) allows, for its CHECK constraint; empty for any other column
     */
    record Leaf(Column column, Function<Object, Object> value, List<String> allowed) {

        Leaf {
            allowed = List.copyOf(allowed);
        }
    }

    private RecordColumns() {
    }

    /**
     * The columns of {@code type} laid out by {@code shape}.
     *
     * @throws IllegalStateException when a shape's path matches no property, two columns get one name, or a column
     *     would be named by an SQL keyword
     */
    static List<Leaf> of(Class<?> type, Shape shape, String table) {
        return of(type, shape, table, "");
    }

    /**
     * The columns of {@code type} laid out by {@code shape}, their {@link Column#source() sources} the JSON paths in
     * the part's records: {@code sourcePrefix} (where the part's record holds this one, e.g.
     * {@code health_profile.conditions[].}) and the path in {@code type}.
     */
    static List<Leaf> of(Class<?> type, Shape shape, String table, String sourcePrefix) {
        List<Leaf> leaves = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        walk(type, "", "", Function.identity(), false, shape, leaves, seen);
        if (!sourcePrefix.isEmpty()) {
            leaves.replaceAll(l -> new Leaf(new Column(l.column().name(), l.column().type(), l.column().nullable(),
                    sourcePrefix + l.column().source()), l.value(), l.allowed()));
        }
        Set<String> unmatched = new LinkedHashSet<>(shape.paths());
        unmatched.removeAll(seen);
        if (!unmatched.isEmpty()) {
            throw new IllegalStateException("table " + table + ": no property " + unmatched + " in " + type.getName());
        }
        Set<String> names = new LinkedHashSet<>();
        for (Leaf l : leaves) {
            requireName(table, l.column().name());
            if (!names.add(l.column().name())) {
                throw new IllegalStateException("table " + table + ": two columns named " + l.column().name());
            }
        }
        return List.copyOf(leaves);
    }

    /** Refuses a column name that is not lower-case snake_case or is an SQL keyword. */
    static void requireName(String table, String name) {
        if (!name.matches("[a-z][a-z0-9_]*") || KEYWORDS.contains(name)) {
            throw new IllegalStateException("table " + table + ": '" + name + "' cannot be a column name (lower-case"
                    + " snake_case, not an SQL keyword)");
        }
    }

    private static void walk(Class<?> type, String path, String prefix, Function<Object, Object> getter,
            boolean nullable, Shape shape, List<Leaf> leaves, Set<String> seen) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String json = jsonName(type, rc);
            String p = path.isEmpty() ? json : path + "." + json;
            if (shape.skips(p)) {
                seen.add(p);
                continue;
            }
            Method accessor = rc.getAccessor();
            Function<Object, Object> value = o -> {
                Object parent = getter.apply(o);
                return parent == null ? null : invoke(accessor, parent);
            };
            boolean mayBeNull = nullable || rc.isAnnotationPresent(Nullable.class);
            String snake = json.chars().anyMatch(Character::isUpperCase) ? SNAKE.translate(json) : json;
            if (rc.getType().isRecord()) {
                if (shape.paths().contains(p)) {
                    seen.add(p);
                }
                walk(rc.getType(), p, shape.prefixOr(p, prefix + snake + "_"), value, mayBeNull, shape, leaves, seen);
                continue;
            }
            if (shape.paths().contains(p)) {
                seen.add(p);
            }
            SqlType sqlType = SqlType.of(rc.getType());
            leaves.add(new Leaf(new Column(shape.column(p, prefix + snake), sqlType, mayBeNull, p),
                    value.andThen(cellOf(rc.getType(), sqlType)),
                    rc.getType().isEnum() ? enumValues(rc.getType()) : List.of()));
        }
    }

    /** How a component's Java value is written in a cell: enums by their JSON id, lists and maps as JSON, the rest as is. */
    static Function<Object, Object> cellOf(Class<?> type, SqlType sqlType) {
        if (type.isEnum()) {
            Map<Object, String> ids = enumIds(type);
            return v -> v == null ? null : ids.get(v);
        }
        if (sqlType == SqlType.JSON) {
            return v -> v == null ? null : DatasetWriter.jsonLine(v);
        }
        return Function.identity();
    }

    /** The JSON ids of an enum's constants, as Jackson writes them ({@code @JsonValue} or the name). */
    static Map<Object, String> enumIds(Class<?> type) {
        Map<Object, String> ids = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            ids.put(constant, JsonMappers.data().convertValue(constant, String.class));
        }
        return ids;
    }

    /** The ids of an enum type's constants in declaration order, for its CHECK constraint. */
    static List<String> enumValues(Class<?> type) {
        Map<Object, String> ids = enumIds(type);
        return Arrays.stream(type.getEnumConstants()).map(ids::get).toList();
    }

    /** The element type of a {@code List<X>} component, or the component's type. */
    static Class<?> elementType(RecordComponent rc) {
        Type generic = rc.getGenericType();
        if (generic instanceof ParameterizedType pt && List.class.isAssignableFrom(rc.getType())) {
            return (Class<?>) pt.getActualTypeArguments()[0];
        }
        return rc.getType();
    }

    /**
     * The JSON property name Jackson writes for a component: its {@code @JsonProperty}, the record's naming or
     * snake_case. {@code @JsonProperty} cannot target a record component, so Java puts it on the component's accessor
     * (and field and constructor parameter), where Jackson reads it: it is read there too.
     */
    static String jsonName(Class<?> record, RecordComponent rc) {
        JsonProperty named = rc.getAccessor().getAnnotation(JsonProperty.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        JsonNaming naming = record.getAnnotation(JsonNaming.class);
        if (naming != null && naming.value() == PropertyNamingStrategies.LowerCamelCaseStrategy.class) {
            return rc.getName();
        }
        return SNAKE.translate(rc.getName());
    }

    /** The component of {@code type} whose JSON name is {@code json}. */
    static RecordComponent component(Class<?> type, String json) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (jsonName(type, rc).equals(json)) {
                return rc;
            }
        }
        throw new IllegalStateException("no property " + json + " in " + type.getName());
    }

    static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor + " failed", e.getCause());
        }
    }
}
