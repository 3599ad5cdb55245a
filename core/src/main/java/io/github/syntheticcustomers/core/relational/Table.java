package io.github.syntheticcustomers.core.relational;

import io.github.syntheticcustomers.core.io.Part;
import java.util.List;

/**
 * One table of the relational format: its columns, keys and checks, and the dataset part whose records it holds. A
 * table's rows are written, one CSV file per table, as {@link #fileName()}.
 *
 * @param name the table's name, lower-case snake_case
 * @param part the dataset part its rows come from: a table is written when its part is
 * @param description what one row is
 * @param primaryKey the columns of the primary key
 * @param foreignKeys the foreign keys, each to a table earlier in the schema's order
 * @param checks the CHECK constraints beyond NOT NULL
 */
public record Table(String name, Part part, String description, List<Column> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys, List<Check> checks) {

    /** Where the CSV files' names start, so they never meet the {@code csv} format's files of the same part. */
    public static final String FILE_PREFIX = "table-";

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The dataset part name its file is listed under in the manifest, e.g. {@code table-life-events}. */
    public String partName() {
        return FILE_PREFIX + name.replace('_', '-');
    }

    /** The CSV file of its rows, e.g. {@code table-life-events.csv}. */
    public String fileName() {
        return partName() + ".csv";
    }

    /** The column {@code name}, or null. */
    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
