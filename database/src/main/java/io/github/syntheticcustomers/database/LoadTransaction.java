package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import io.github.syntheticcustomers.database.RelationalDataset.TableFile;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** One load on one connection: everything {@link DatabaseLoader#load} does once connected. */
final class LoadTransaction {

    /** How the rows get into a table. */
    private enum Loader {
        /** PostgreSQL's {@code COPY ... FROM STDIN} through its driver's copy API. */
        POSTGRESQL_COPY,
        /** DuckDB's {@code COPY ... FROM 'file'}: DuckDB runs in this process and reads the file itself. */
        DUCKDB_COPY,
        /** Batched {@code INSERT}s: H2, and PostgreSQL without its driver's copy API. */
        INSERTS
    }

    private final Connection c;
    private final RelationalDataset dataset;
    private final String schemaName;
    private final boolean replace;
    private final Consumer<LoadProgress> progress;

    LoadTransaction(Connection c, RelationalDataset dataset, String schemaName, boolean replace,
            Consumer<LoadProgress> progress) {
        this.c = c;
        this.dataset = dataset;
        this.schemaName = schemaName;
        this.replace = replace;
        this.progress = progress;
    }

    LoadResult run() {
        String product;
        boolean autoCommit;
        String originalSchema;
        try {
            DatabaseMetaData md = c.getMetaData();
            product = md.getDatabaseProductName();
            autoCommit = c.getAutoCommit();
            originalSchema = c.getSchema();
        } catch (SQLException e) {
            throw SqlErrors.of(e, "cannot read the database's metadata");
        }
        Dialect dialect = DatabaseLoader.dialect(product);
        if (dialect == null) {
            throw new DatabaseLoadException(Reason.CONNECTION, "cannot load into " + product + ": this loader loads"
                    + " into PostgreSQL, H2 and DuckDB");
        }
        // H2 commits every DDL statement at once: what this load creates there is dropped again on failure
        boolean transactionalDdl = !product.equals("H2");
        List<String> created = new ArrayList<>();
        try {
            c.setAutoCommit(false);
            String schema = useSchema(dialect);
            created.addAll(TargetTables.createOrCheck(c, schema, dataset.schema().tables(), dataset.ddl(dialect),
                    dialect));
            if (!TargetTables.exists(c, schema, LoadLedger.TABLE)) {
                LoadLedger.create(c, schema);
                created.add(LoadLedger.TABLE);
            }
            Map<String, Long> before = makeRoom(schema);
            Loader loader = dialect == Dialect.POSTGRESQL && PostgresCopy.available(c) ? Loader.POSTGRESQL_COPY
                    : product.equals("DuckDB") ? Loader.DUCKDB_COPY : Loader.INSERTS;
            boolean copy = loader != Loader.INSERTS;
            Map<String, Long> loaded = new LinkedHashMap<>();
            List<TableFile> files = dataset.files();
            for (int k = 0; k < files.size(); k++) {
                TableFile file = files.get(k);
                loaded.put(file.table().name(), loadTable(file, k + 1, files.size(), loader, dialect,
                        before.get(file.table().name())));
            }
            LoadLedger.record(c, dataset, loaded.values().stream().mapToLong(Long::longValue).sum());
            c.commit();
            return new LoadResult(schema, product, dialect, copy, dataset.datasetFingerprint(), dataset.from(),
                    dataset.to(), loaded);
        } catch (SQLException e) {
            rollBack(created, transactionalDdl);
            throw SqlErrors.of(e, "cannot load " + dataset.directory());
        } catch (RuntimeException e) {
            rollBack(created, transactionalDdl);
            throw e;
        } finally {
            restore(autoCommit, originalSchema);
        }
    }

    /** Creates and enters the schema asked for; returns the schema the tables go into, as the database names it. */
    private String useSchema(Dialect dialect) throws SQLException {
        if (schemaName != null) {
            String stored = c.getMetaData().storesUpperCaseIdentifiers() ? schemaName.toUpperCase(Locale.ROOT)
                    : schemaName;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS \"" + stored + "\"");
            } catch (SQLException e) {
                throw new DatabaseLoadException(SqlErrors.reason(e), "cannot create the schema " + schemaName + ": "
                        + Connections.firstLine(e), e);
            }
            c.setSchema(stored);
        }
        String current = c.getSchema();
        if (current == null) {
            throw new DatabaseLoadException(Reason.DATABASE, "the connection has no current schema: name one");
        }
        return current;
    }

    /**
     * Makes room for the dataset's rows, or refuses: returns each table's row count before the load (zero where
     * replaced or empty).
     */
    private Map<String, Long> makeRoom(String schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : dataset.schema().tables()) {
            counts.put(t.name(), count(t.name()));
        }
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        List<LoadLedger.Entry> loads = LoadLedger.entries(c);
        if (replace) {
            List<Table> reverse = new ArrayList<>(dataset.schema().tables());
            Collections.reverse(reverse);
            // DuckDB refuses to delete a row whose referring rows were deleted earlier in the same transaction (its
            // foreign keys' documented limitation), but drops and creates tables in a transaction
            boolean drop = c.getMetaData().getDatabaseProductName().equals("DuckDB");
            for (Table t : reverse) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(drop ? "DROP TABLE " + t.name() : "DELETE FROM " + t.name());
                }
                counts.put(t.name(), 0L);
            }
            if (drop) {
                TargetTables.createOrCheck(c, schema, dataset.schema().tables(), dataset.ddl(Dialect.PORTABLE),
                        Dialect.PORTABLE);
            }
            LoadLedger.clear(c);
            return counts;
        }
        if (rows == 0) {
            // rows deleted by hand: the records of earlier loads are gone with them
            LoadLedger.clear(c);
            return counts;
        }
        String held = counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + ": "
                + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
        if (loads.isEmpty()) {
            throw new DatabaseLoadException(Reason.EXISTING_ROWS, "schema " + schema + " already holds rows ("
                    + held + ") that were not loaded from a dataset: load into another schema, or replace them");
        }
        for (LoadLedger.Entry e : loads) {
            if (!e.datasetFingerprint().equals(dataset.datasetFingerprint())) {
                throw new DatabaseLoadException(Reason.EXISTING_ROWS, "schema " + schema + " holds " + describe(e)
                        + "; " + dataset.directory() + " holds " + describe(dataset)
                        + ": load into another schema, or replace them");
            }
            if (e.overlaps(dataset.from(), dataset.to())) {
                throw new DatabaseLoadException(Reason.EXISTING_ROWS, "schema " + schema + " holds records "
                        + e.from() + " to " + (e.to() - 1) + " of dataset " + abbreviate(e.datasetFingerprint())
                        + " already; " + dataset.directory() + " holds records " + dataset.from() + " to "
                        + (dataset.to() - 1) + " of it: load only the shards not loaded yet, or replace them");
            }
        }
        return counts;
    }

    private long loadTable(TableFile file, int number, int tables, Loader loader, Dialect dialect, long before)
            throws SQLException {
        String name = file.table().name();
        progress.accept(new LoadProgress(name, number, tables, 0, file.records(), false));
        long sent = switch (loader) {
            case POSTGRESQL_COPY -> PostgresCopy.copy(c, file, rows -> progress.accept(new LoadProgress(name, number,
                    tables, rows, file.records(), false)));
            case DUCKDB_COPY -> DuckDbCopy.copy(c, file);
            case INSERTS -> BatchInserts.insert(c, file, dialect, rows -> progress.accept(new LoadProgress(name, number,
                    tables, rows, file.records(), false)));
        };
        long after = count(name);
        if (after - before != file.records() || sent != file.records()) {
            throw new DatabaseLoadException(Reason.COUNT_MISMATCH, "table " + name + " got " + (after - before)
                    + " rows from " + file.file().getFileName() + ", but the manifest lists " + file.records()
                    + ": nothing was loaded");
        }
        progress.accept(new LoadProgress(name, number, tables, file.records(), file.records(), true));
        return file.records();
    }

    private long count(String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void rollBack(List<String> created, boolean transactionalDdl) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // a broken connection: the server rolls back an open transaction when it goes
        }
        if (!transactionalDdl) {
            for (int k = created.size() - 1; k >= 0; k--) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + created.get(k));
                } catch (SQLException e) {
                    // best effort: an empty table may remain
                }
            }
        }
    }

    private void restore(boolean autoCommit, String originalSchema) {
        try {
            if (originalSchema != null && !originalSchema.equals(c.getSchema())) {
                c.setSchema(originalSchema);
            }
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is closed after the load anyway; a pool resets it
        }
    }

    private static String describe(LoadLedger.Entry e) {
        return "dataset " + abbreviate(e.datasetFingerprint()) + " (seed " + e.seed() + ", " + e.count()
                + " records, version " + e.generatorVersion() + ")";
    }

    private static String describe(RelationalDataset d) {
        return "dataset " + abbreviate(d.datasetFingerprint()) + " (seed " + d.manifest().seed() + ", "
                + d.manifest().count() + " records, version " + d.manifest().generatorVersion() + ")";
    }

    private static String abbreviate(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
