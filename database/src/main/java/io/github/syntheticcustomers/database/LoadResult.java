package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Dialect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link DatabaseLoader#load load} committed.
 *
 * @param schema the schema the tables are in (as the database names it, e.g. {@code PUBLIC} in H2)
 * @param databaseProduct the database's product name, e.g. {@code PostgreSQL}
 * @param dialect the DDL the tables were created with (or are checked against)
 * @param copy whether the rows went through the database's own CSV reader, {@code COPY} (PostgreSQL through its
 *     driver's copy API, DuckDB reading the files itself), rather than batched {@code INSERT}s (H2)
 * @param datasetFingerprint the fingerprint of the whole dataset (a shard's {@code shard.dataset_fingerprint})
 * @param from the first record index loaded
 * @param to the index after the last record loaded
 * @param rows the rows loaded per table, in foreign-key order
 */
public record LoadResult(String schema, String databaseProduct, Dialect dialect, boolean copy,
        String datasetFingerprint, long from, long to, Map<String, Long> rows) {

    public LoadResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** The rows loaded into every table together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
