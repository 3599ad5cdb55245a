package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Column;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.SqlType;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dataset's tables in the target schema: those missing are created from the dataset's shipped DDL, those present
 * are checked column by column against the dataset's description.
 */
final class TargetTables {

    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE (\\w+) \\(", Pattern.MULTILINE);

    /** The type names each column type may have in a table that exists: PostgreSQL's, H2's and DuckDB's. */
    private static final Map<SqlType, Set<String>> TYPE_NAMES = Map.of(
            SqlType.TEXT, Set.of("text", "varchar", "character varying"),
            SqlType.JSON, Set.of("jsonb", "json", "text", "varchar", "character varying"),
            SqlType.INTEGER, Set.of("int4", "integer", "int"),
            SqlType.BIGINT, Set.of("int8", "bigint"),
            SqlType.DOUBLE, Set.of("float8", "double precision", "double"),
            SqlType.BOOLEAN, Set.of("bool", "boolean"),
            SqlType.DATE, Set.of("date"),
            SqlType.TIMESTAMP, Set.of("timestamptz", "timestamp with time zone"));

    private TargetTables() {
    }

    /**
     * Creates the tables of {@code tables} that {@code schema} lacks, from {@code ddl}, and checks those it has;
     * returns the names of the tables it created.
     *
     * @throws DatabaseLoadException ({@link Reason#SCHEMA_MISMATCH}) when a table exists with other columns or types
     */
    static List<String> createOrCheck(Connection c, String schema, List<Table> tables, String ddl, Dialect dialect)
            throws SQLException {
        Map<String, String> statements = statements(ddl);
        List<Table> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Table t : tables) {
            Map<String, String> existing = columns(c, schema, t.name());
            if (existing == null) {
                missing.add(t);
            } else {
                problems.addAll(differences(t, existing));
            }
        }
        // all checked before any is created: a missing table's foreign key may refer to a mismatched one
        if (!problems.isEmpty()) {
            throw new DatabaseLoadException(Reason.SCHEMA_MISMATCH, "the tables in schema " + schema + " are not the"
                    + " dataset's: " + String.join("; ", problems) + ": drop them, or load into another schema");
        }
        List<String> created = new ArrayList<>();
        for (Table t : missing) {
            String create = statements.get(t.name());
            if (create == null) {
                throw new DatabaseLoadException(Reason.DATASET, "the dataset's " + "relational-" + dialect.id()
                        + ".sql has no CREATE TABLE " + t.name());
            }
            try (Statement s = c.createStatement()) {
                s.execute(create);
            }
            created.add(t.name());
        }
        return created;
    }

    /** Whether {@code schema} has the table {@code name}. */
    static boolean exists(Connection c, String schema, String name) throws SQLException {
        return columns(c, schema, name) != null;
    }

    /** Table {@code name}'s columns (lower-case name to lower-case type name), or null when there is no such table. */
    static Map<String, String> columns(Connection c, String schema, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String stored = md.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
        Map<String, String> columns = new LinkedHashMap<>();
        boolean found = false;
        try (ResultSet rs = md.getTables(c.getCatalog(), schema, stored, new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                found |= rs.getString("TABLE_NAME").equals(stored);
            }
        }
        if (!found) {
            return null;
        }
        try (ResultSet rs = md.getColumns(c.getCatalog(), schema, stored, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equals(stored)) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static List<String> differences(Table t, Map<String, String> existing) {
        List<String> problems = new ArrayList<>();
        for (Column col : t.columns()) {
            String type = existing.get(col.name());
            if (type == null) {
                problems.add("table " + t.name() + " has no column " + col.name());
            } else if (!TYPE_NAMES.get(col.type()).contains(type)) {
                problems.add("column " + t.name() + "." + col.name() + " is " + type + ", not "
                        + col.type().name(Dialect.POSTGRESQL) + " or " + col.type().name(Dialect.PORTABLE));
            }
        }
        for (String name : existing.keySet()) {
            if (t.column(name) == null) {
                problems.add("table " + t.name() + " has a column " + name + " the dataset does not have");
            }
        }
        return problems;
    }

    /** The {@code CREATE TABLE} statements of a DDL file, by table name. */
    static Map<String, String> statements(String ddl) {
        Map<String, String> statements = new LinkedHashMap<>();
        Matcher m = CREATE.matcher(ddl);
        while (m.find()) {
            int end = ddl.indexOf("\n);\n", m.start());
            statements.put(m.group(1), ddl.substring(m.start(), end + 2));
        }
        return statements;
    }
}
