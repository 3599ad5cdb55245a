package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Loads a dataset's {@code relational} files (docs/databases.md) into a database over JDBC:
 *
 * <pre>{@code
 * LoadResult result = DatabaseLoader.forUrl("jdbc:postgresql://localhost:5432/test", "app", password)
 *         .schema("customers")
 *         .load(Path.of("target/synthetic-customers"));
 * }</pre>
 *
 * <p>A load:
 *
 * <ol>
 *   <li>reads the dataset's {@code manifest.json} and verifies, before connecting, that it lists the relational
 *       format's files (written by {@code generate --formats json,relational}) and that every table's CSV file and
 *       every description file is a plain file with the size and SHA-256 the manifest lists;</li>
 *   <li>opens one connection and detects the dialect from the database's product name: PostgreSQL gets the dataset's
 *       {@code relational-postgresql.sql}, H2 and DuckDB its {@code relational-portable.sql}; any other database is
 *       refused ({@link Reason#CONNECTION});</li>
 *   <li>in the {@linkplain #schema(String) schema} (created if missing) creates the tables that are missing from the
 *       shipped DDL, and checks the columns and types of those that exist ({@link Reason#SCHEMA_MISMATCH});</li>
 *   <li>in one transaction: refuses rows already there unless they are other records of the same dataset or
 *       {@link #replaceExisting(boolean) replaceExisting} is set, loads every table in foreign-key order (PostgreSQL
 *       through the driver's {@code COPY}, the others through batched {@code INSERT}s), checks each table's row count
 *       against the manifest, records the load in the table {@code synthetic_customers_loads}, and commits.</li>
 * </ol>
 *
 * <p>It fails with a {@link DatabaseLoadException} naming the file, table, line, constraint, URL or schema when:
 *
 * <ul>
 *   <li>the directory holds no dataset, a dataset without relational files, or a listed file is missing or was
 *       modified ({@link Reason#DATASET}; nothing was sent to the database);</li>
 *   <li>the URL is not a JDBC URL, no driver on the class path accepts it (the message names the artifact to add), the
 *       connection is refused or the authentication fails, or the database is neither PostgreSQL, H2 nor DuckDB
 *       ({@link Reason#CONNECTION});</li>
 *   <li>the user may not create the schema or tables or write to them ({@link Reason#PERMISSION});</li>
 *   <li>the tables exist with other columns or types ({@link Reason#SCHEMA_MISMATCH});</li>
 *   <li>the tables hold rows of another dataset, of records of this dataset that overlap the ones to load, or rows
 *       this loader did not load, and {@code replaceExisting} is not set ({@link Reason#EXISTING_ROWS});</li>
 *   <li>a row violates a constraint or a cell is not of its column's type ({@link Reason#CONSTRAINT});</li>
 *   <li>a table's row count is not the manifest's ({@link Reason#COUNT_MISMATCH}).</li>
 * </ul>
 *
 * <p>When it fails after connecting, the transaction is rolled back: the tables hold the rows they held before. In
 * PostgreSQL and DuckDB the tables and the schema it created are rolled back too; H2 commits DDL at once, so there the
 * tables this load created are dropped again (a schema it created stays, empty).
 *
 * <p>Loading the shards of one dataset ({@code GenerationRequest.withShard}) one after another into the same schema is
 * allowed: each shard's manifest names the whole dataset's fingerprint, and their record ranges must not overlap.
 * Loading the shards in any order gives the same rows as loading the whole dataset.
 *
 * <p>Instances are immutable: each setter returns a new loader. A loader opened with {@link #forUrl} opens and closes
 * its own connection per load; one given a {@link DataSource} takes a connection from it and closes (returns) it,
 * restoring its auto-commit mode and current schema first.
 */
public final class DatabaseLoader {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String url;
    private final Properties properties;
    private final String schema;
    private final boolean replaceExisting;
    private final Consumer<LoadProgress> progress;

    private DatabaseLoader(DataSource dataSource, String url, Properties properties, String schema,
            boolean replaceExisting, Consumer<LoadProgress> progress) {
        this.dataSource = dataSource;
        this.url = url;
        this.properties = properties;
        this.schema = schema;
        this.replaceExisting = replaceExisting;
        this.progress = progress;
    }

    /** A loader that takes its connection from {@code dataSource} (e.g. a test's pool). */
    public static DatabaseLoader forDataSource(DataSource dataSource) {
        return new DatabaseLoader(Objects.requireNonNull(dataSource, "dataSource"), null, null, null, false, p -> {
        });
    }

    /**
     * A loader that connects to {@code jdbcUrl} with {@code properties} (e.g. {@code user} and {@code password}; a
     * copy is kept). The URL is checked when loading: a malformed one or one no driver on the class path accepts fails
     * the load with {@link Reason#CONNECTION}.
     */
    public static DatabaseLoader forUrl(String jdbcUrl, Properties properties) {
        Properties copy = new Properties();
        if (properties != null) {
            copy.putAll(properties);
        }
        return new DatabaseLoader(null, jdbcUrl, copy, null, false, p -> {
        });
    }

    /** A loader that connects to {@code jdbcUrl} as {@code user} with {@code password}; either may be null (none). */
    public static DatabaseLoader forUrl(String jdbcUrl, String user, String password) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return forUrl(jdbcUrl, p);
    }

    /**
     * This loader, loading into the schema {@code name} (created if missing; {@code CREATE SCHEMA IF NOT EXISTS});
     * null for the connection's current schema (the default).
     *
     * @param name lower-case letters, digits and underscores, starting with a letter or underscore, at most 63
     *     characters, so that it needs no quotes in any dialect
     * @throws IllegalArgumentException for any other name
     */
    public DatabaseLoader schema(String name) {
        if (name != null && !SCHEMA_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid schema name: '" + name + "' (allowed: lower-case letters,"
                    + " digits and _, starting with a letter or _, at most 63 characters)");
        }
        return new DatabaseLoader(dataSource, url, properties, name, replaceExisting, progress);
    }

    /**
     * This loader, replacing ({@code true}) or refusing ({@code false}, the default) rows the dataset's tables already
     * hold. Replacing deletes every row of the dataset's tables, in reverse foreign-key order, in the load's transaction.
     */
    public DatabaseLoader replaceExisting(boolean replace) {
        return new DatabaseLoader(dataSource, url, properties, schema, replace, progress);
    }

    /** This loader, telling {@code listener} how far the load is ({@link LoadProgress}); called on the loading thread. */
    public DatabaseLoader progress(Consumer<LoadProgress> listener) {
        return new DatabaseLoader(dataSource, url, properties, schema, replaceExisting,
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Loads the dataset in {@code datasetDirectory} in one transaction (see the class description for every step and
     * every failure).
     *
     * @return what was committed
     * @throws DatabaseLoadException when nothing was loaded, saying why
     */
    public LoadResult load(Path datasetDirectory) {
        Objects.requireNonNull(datasetDirectory, "datasetDirectory");
        RelationalDataset dataset = RelationalDataset.read(datasetDirectory);
        Connection c = dataSource != null ? Connections.open(dataSource) : Connections.open(url, properties);
        try {
            return new LoadTransaction(c, dataset, schema, replaceExisting, progress).run();
        } finally {
            try {
                c.close();
            } catch (SQLException e) {
                // committed or rolled back already: nothing is lost
            }
        }
    }

    /** The dialect of the database named {@code productName}, or null when this loader does not load into it. */
    static Dialect dialect(String productName) {
        return switch (productName) {
            case "PostgreSQL" -> Dialect.POSTGRESQL;
            case "H2", "DuckDB" -> Dialect.PORTABLE;
            default -> null;
        };
    }
}
