package io.github.syntheticcustomers.core.relational;

import java.util.List;

/**
 * A foreign key of a {@link Table}: its {@code columns} hold the {@code referencedColumns} of a row of {@code table}.
 */
public record ForeignKey(List<String> columns, String table, List<String> referencedColumns) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
