package io.github.syntheticcustomers.core.relational;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The relational format's schema (docs/relational.md): the tables of the dataset parts a run writes, in foreign-key
 * order, and the files that describe them, written with the tables' CSV files and listed in the manifest:
 *
 * <ul>
 *   <li>{@code relational-tables.json}: every table's columns (name, type, nullability, the JSON property it holds),
 *       primary key, foreign keys and checks;</li>
 *   <li>{@code relational-postgresql.sql} and {@code relational-portable.sql}: the DDL for PostgreSQL, and for H2 and
 *       DuckDB;</li>
 *   <li>{@code relational-load-postgresql.sql}: a {@code psql} script that creates the tables and copies every CSV file
 *       in foreign-key order in one transaction.</li>
 * </ul>
 *
 * <p>Everything here is derived from the set of tables alone, so a shard's files and a merged dataset's are the
 * whole run's.
 */
public final class RelationalSchema {

    /** The description of the tables. */
    public static final String DESCRIPTION_FILE = "relational-tables.json";
    /** The {@code psql} load script. */
    public static final String LOAD_SCRIPT_FILE = "relational-load-postgresql.sql";

    private final List<Table> tables;

    private RelationalSchema(List<Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Every table of the format, for every part it holds. */
    public static RelationalSchema all() {
        return of(Part.all());
    }

    /**
     * The tables of {@code parts}, in foreign-key order; a foreign key to a table of a part not written is left out
     * (an engagement step's scenario when the scenarios are not written).
     */
    public static RelationalSchema of(Collection<Part> parts) {
        List<Table> chosen = new ArrayList<>();
        for (MappedTable m : RelationalTables.ALL) {
            if (parts.contains(m.table().part())) {
                chosen.add(m.table());
            }
        }
        Set<String> names = Set.copyOf(chosen.stream().map(Table::name).toList());
        List<Table> tables = chosen.stream().map(t -> new Table(t.name(), t.part(), t.description(), t.columns(),
                t.primaryKey(), t.foreignKeys().stream().filter(f -> names.contains(f.table())).toList(), t.checks()))
                .toList();
        return new RelationalSchema(tables);
    }

    /** The schema of the tables whose CSV files are {@code fileNames} (those a manifest lists), in the format's order. */
    public static RelationalSchema ofFiles(Collection<String> fileNames) {
        List<Part> parts = RelationalTables.ALL.stream().filter(m -> fileNames.contains(m.table().fileName()))
                .map(m -> m.table().part()).distinct().toList();
        return of(parts);
    }

    /** Whether {@code fileName} is a table's CSV file, e.g. {@code table-customers.csv}. */
    public static boolean isTableFile(String fileName) {
        return RelationalTables.ALL.stream().anyMatch(m -> m.table().fileName().equals(fileName));
    }

    /** The names of the files that describe the tables: the description, the DDL of each dialect, the load script. */
    public static List<String> descriptionFileNames() {
        List<String> names = new ArrayList<>(List.of(DESCRIPTION_FILE));
        for (Dialect d : Dialect.values()) {
            names.add(ddlFileName(d));
        }
        names.add(LOAD_SCRIPT_FILE);
        return List.copyOf(names);
    }

    /** The DDL file of {@code dialect}, e.g. {@code relational-postgresql.sql}. */
    public static String ddlFileName(Dialect dialect) {
        return "relational-" + dialect.id() + ".sql";
    }

    /** The tables, in foreign-key order: every table after the tables it refers to. */
    public List<Table> tables() {
        return tables;
    }

    /** The table {@code name}, or null. */
    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** The bytes of the description file {@code fileName} (one of {@link #descriptionFileNames()}). */
    public String file(String fileName) {
        if (fileName.equals(DESCRIPTION_FILE)) {
            return description();
        }
        if (fileName.equals(LOAD_SCRIPT_FILE)) {
            return loadScript();
        }
        for (Dialect d : Dialect.values()) {
            if (fileName.equals(ddlFileName(d))) {
                return ddl(d);
            }
        }
        throw new IllegalArgumentException("not a relational description file: " + fileName);
    }

    /**
     * {@code CREATE TABLE} statements in foreign-key order, each with its NOT NULL, primary key, foreign key and CHECK
     * constraints; no schema name, so they go into the current schema (PostgreSQL's {@code search_path}).
     */
    public String ddl(Dialect dialect) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Synthetic Customers: the relational format's tables (").append(dialect.id())
                .append("), in foreign-key order. Generated; docs/relational.md.\n");
        for (Table t : tables) {
            sb.append('\n').append(createTable(t, dialect));
        }
        return sb.toString();
    }

    /** One table's {@code CREATE TABLE} statement in {@code dialect}, ending with {@code ;} and a line end. */
    public static String createTable(Table t, Dialect dialect) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(t.name()).append(" (\n");
        List<String> lines = new ArrayList<>();
        for (Column c : t.columns()) {
            lines.add("  " + c.name() + " " + c.type().name(dialect) + (c.nullable() ? "" : " NOT NULL"));
        }
        lines.add("  CONSTRAINT " + t.name() + "_pkey PRIMARY KEY (" + String.join(", ", t.primaryKey()) + ")");
        for (ForeignKey f : t.foreignKeys()) {
            lines.add("  CONSTRAINT " + t.name() + "_" + String.join("_", f.columns()) + "_fkey FOREIGN KEY ("
                    + String.join(", ", f.columns()) + ") REFERENCES " + f.table() + " ("
                    + String.join(", ", f.referencedColumns()) + ")");
        }
        for (Check c : t.checks()) {
            lines.add("  CONSTRAINT " + c.name() + " CHECK (" + c.expression() + ")");
        }
        return sb.append(String.join(",\n", lines)).append("\n);\n").toString();
    }

    /**
     * A {@code psql} script, run from the dataset directory, that creates the tables and copies every CSV file in
     * foreign-key order in one transaction, stopping at the first error.
     */
    public String loadScript() {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Synthetic Customers: creates the relational format's tables and loads them in one transaction.\n")
                .append("-- Run from the dataset directory: psql \"$DATABASE_URL\" -f ").append(LOAD_SCRIPT_FILE)
                .append("\n\\set ON_ERROR_STOP on\nBEGIN;\n\\ir ").append(ddlFileName(Dialect.POSTGRESQL)).append('\n');
        for (Table t : tables) {
            sb.append("\\copy ").append(t.name()).append(" (").append(String.join(", ",
                    t.columns().stream().map(Column::name).toList())).append(") FROM '").append(t.fileName())
                    .append("' WITH (FORMAT csv, HEADER true)\n");
        }
        return sb.append("COMMIT;\n").toString();
    }

    /** {@value #DESCRIPTION_FILE}: the tables as JSON, two-space indented, with a final line end. */
    public String description() {
        ObjectNode root = JsonMappers.data().createObjectNode();
        root.put("format", "relational");
        ArrayNode list = root.putArray("tables");
        for (Table t : tables) {
            ObjectNode table = list.addObject();
            table.put("name", t.name());
            table.put("part", t.part().id());
            table.put("file", t.fileName());
            table.put("description", t.description());
            ArrayNode columns = table.putArray("columns");
            for (Column c : t.columns()) {
                ObjectNode col = columns.addObject();
                col.put("name", c.name());
                col.put("type", c.type().id());
                col.put("postgresql", c.type().name(Dialect.POSTGRESQL));
                col.put("portable", c.type().name(Dialect.PORTABLE));
                col.put("nullable", c.nullable());
                col.put("source", c.source());
            }
            ArrayNode key = table.putArray("primary_key");
            t.primaryKey().forEach(key::add);
            ArrayNode fks = table.putArray("foreign_keys");
            for (ForeignKey f : t.foreignKeys()) {
                ObjectNode fk = fks.addObject();
                ArrayNode cols = fk.putArray("columns");
                f.columns().forEach(cols::add);
                fk.put("table", f.table());
                ArrayNode refs = fk.putArray("referenced_columns");
                f.referencedColumns().forEach(refs::add);
            }
            ArrayNode checks = table.putArray("checks");
            for (Check c : t.checks()) {
                checks.addObject().put("name", c.name()).put("expression", c.expression());
            }
        }
        try {
            return JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables as a Mermaid entity-relationship diagram (docs/relational.md shows it). */
    public String erDiagram() {
        StringBuilder sb = new StringBuilder("erDiagram\n");
        for (Table t : tables) {
            for (ForeignKey f : t.foreignKeys()) {
                boolean oneToOne = t.primaryKey().equals(f.columns());
                sb.append("    ").append(f.table()).append(oneToOne ? " ||--o| " : " ||--o{ ").append(t.name())
                        .append(" : \"").append(String.join(", ", f.columns())).append("\"\n");
            }
        }
        for (Table t : tables) {
            sb.append("    ").append(t.name()).append(" {\n");
            for (Column c : t.columns()) {
                List<String> keys = new ArrayList<>();
                if (t.primaryKey().contains(c.name())) {
                    keys.add("PK");
                }
                if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()))) {
                    keys.add("FK");
                }
                sb.append("        ").append(c.type().id()).append(' ').append(c.name())
                        .append(keys.isEmpty() ? "" : " " + String.join(", ", keys)).append('\n');
            }
            sb.append("    }\n");
        }
        return sb.toString();
    }
}
