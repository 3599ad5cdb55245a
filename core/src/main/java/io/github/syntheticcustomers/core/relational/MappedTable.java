package io.github.syntheticcustomers.core.relational;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link Table} with the way its rows are read from a record of its part: one row per record for a part's own table,
 * one per element of a list (or one for a nested record) for the tables that hold what a record nests.
 *
 * @param rows the rows of one record of the table's part, each the columns' values in order (String, Integer, Long,
 *     Double, Boolean, LocalDate, Instant or null; JSON columns as their JSON text)
 */
record MappedTable(Table table, Function<Object, List<List<Object>>> rows) {

    /** The column name and read-out of the key a nested table's rows refer to their record by. */
    record Key(String column, Function<Object, Object> value) {
    }

    /**
     * The table of a part's records: one row each, its columns those of {@code type} laid out by {@code shape}.
     *
     * @param key the JSON property of the primary key
     */
    static MappedTable of(String name, io.github.syntheticcustomers.core.io.Part part, Class<?> type,
            String description, Shape shape, String key, List<ForeignKey> foreignKeys, List<Check> checks) {
        List<RecordColumns.Leaf> leaves = RecordColumns.of(type, shape, name);
        RecordColumns.Leaf keyLeaf = leaves.stream().filter(l -> l.column().source().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + name + ": no key column " + key));
        Table table = new Table(name, part, description, leaves.stream().map(RecordColumns.Leaf::column).toList(),
                List.of(keyLeaf.column().name()), foreignKeys, withClosedSets(name, leaves, checks));
        return new MappedTable(table, o -> List.of(values(leaves, o)));
    }

    /**
     * The table of what the property at {@code path} of the {@code parent} table's records holds: a list (one row per
     * element, numbered from 1 in {@code seq}) or a nested record (one row, none when it is null). Each row starts with
     * the parent's key in {@code parentKey.column()}. A list of scalars is one column named {@code valueColumn}; a list
     * of records or a record is laid out by {@code shape}.
     */
    static MappedTable nested(String name, MappedTable parent, Class<?> parentType, Key parentKey, String path,
            String description, Shape shape, String valueColumn, List<Check> checks) {
        Function<Object, Object> getter = Function.identity();
        Class<?> owner = parentType;
        RecordComponent rc = null;
        for (String step : path.split("\\.")) {
            rc = RecordColumns.component(owner, step);
            java.lang.reflect.Method accessor = rc.getAccessor();
            Function<Object, Object> before = getter;
            getter = o -> {
                Object v = before.apply(o);
                return v == null ? null : RecordColumns.invoke(accessor, v);
            };
            owner = rc.getType();
        }
        boolean list = List.class.isAssignableFrom(rc.getType());
        Class<?> element = RecordColumns.elementType(rc);
        List<Column> columns = new ArrayList<>();
        Column parentColumn = parent.table().column(parent.table().primaryKey().get(0));
        columns.add(new Column(parentKey.column(), parentColumn.type(), false,
                parentColumn.source() + " of the " + parent.table().name() + " row"));
        List<String> primaryKey = new ArrayList<>(List.of(parentKey.column()));
        List<Check> all = new ArrayList<>();
        if (list) {
            columns.add(new Column("seq", SqlType.INTEGER, false, "the position in " + path + ", from 1"));
            primaryKey.add("seq");
            all.add(new Check(name + "_seq_check", "seq >= 1"));
        }
        List<RecordColumns.Leaf> leaves;
        if (element.isRecord()) {
            leaves = RecordColumns.of(element, shape, name, path + (list ? "[]." : "."));
        } else {
            SqlType type = SqlType.of(element);
            leaves = List.of(new RecordColumns.Leaf(new Column(valueColumn, type, false, path + "[]"),
                    RecordColumns.cellOf(element, type),
                    element.isEnum() ? RecordColumns.enumValues(element) : List.of()));
            RecordColumns.requireName(name, valueColumn);
        }
        leaves.forEach(l -> columns.add(l.column()));
        all.addAll(checks);
        Table table = new Table(name, parent.table().part(), description, columns, primaryKey,
                List.of(new ForeignKey(List.of(parentKey.column()), parent.table().name(),
                        parent.table().primaryKey())), withClosedSets(name, leaves, all));
        Function<Object, Object> elements = getter;
        Function<Object, Object> key = parentKey.value();
        return new MappedTable(table, o -> {
            Object k = key.apply(o);
            Object held = elements.apply(o);
            List<List<Object>> rows = new ArrayList<>();
            if (held instanceof List<?> items) {
                int seq = 0;
                for (Object item : items) {
                    List<Object> row = new ArrayList<>();
                    row.add(k);
                    row.add(++seq);
                    row.addAll(values(leaves, item));
                    rows.add(java.util.Collections.unmodifiableList(row));
                }
            } else if (held != null) {
                List<Object> row = new ArrayList<>();
                row.add(k);
                row.addAll(values(leaves, held));
                rows.add(java.util.Collections.unmodifiableList(row));
            }
            return List.copyOf(rows);
        });
    }

    /** A table whose rows a function gives ({@code customer_attributes}: one row per map entry). */
    static MappedTable custom(Table table, Function<Object, List<List<Object>>> rows) {
        return new MappedTable(table, rows);
    }

    private static List<Object> values(List<RecordColumns.Leaf> leaves, Object record) {
        List<Object> row = new ArrayList<>(leaves.size());
        for (RecordColumns.Leaf l : leaves) {
            row.add(l.value().apply(record));
        }
        return java.util.Collections.unmodifiableList(row);
    }

    /** {@code checks} and, for each column of a closed set, that it holds one of its values. */
    private static List<Check> withClosedSets(String table, List<RecordColumns.Leaf> leaves, List<Check> checks) {
        List<Check> all = new ArrayList<>(checks);
        for (RecordColumns.Leaf l : leaves) {
            if (!l.allowed().isEmpty()) {
                all.add(inSet(table, l.column().name(), l.allowed()));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The CHECK that {@code column} of {@code table} holds one of {@code values}, named {@code <table>_<column>_check}:
     * the one place an IN list is written, so every value is quoted and escaped the same way.
     */
    static Check inSet(String table, String column, java.util.Collection<String> values) {
        return new Check(table + "_" + column + "_check", column + " IN ("
                + String.join(", ", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")");
    }

}
