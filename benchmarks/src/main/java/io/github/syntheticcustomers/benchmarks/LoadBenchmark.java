package io.github.syntheticcustomers.benchmarks;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.relational.Column;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * Loading a dataset of 100 000 customers into PostgreSQL against PostgreSQL's own {@code COPY}, in one JMH run on one embedded PostgreSQL
 * (the same server, the same files). {@code loader}: {@link DatabaseLoader} loads the dataset's relational files:
 * it verifies every file's SHA-256 against the manifest, creates the tables, copies each table, checks each row count
 * and records the load, in one transaction. {@code copy}: the floor: the same DDL and a bare {@code COPY ... FROM STDIN}
 * of each CSV file through the driver, in one transaction, nothing checked. Both start from an empty database (the
 * schema is dropped before each load, outside the measurement). Each iteration is one load of the N customers (single
 * shot); scores are seconds per load, and guide/benchmarks.md reports the ratio copy / loader (goal at least 0.8: the loader
 * takes at most a quarter longer than the bare COPY).
 *
 * <p>{@code parts}: {@code default} loads the tables of the default parts (customers and what they nest, scenarios and
 * journey steps, engagement steps), {@code all} adds the events (about 560 per customer: several GB at 100 000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LoadBenchmark {

    private static final String SCHEMA = "bench";

    /** Customers loaded: 100 000 for the guide's figure (benchmarks.md); fewer to try the benchmark. */
    @Param({"100000"})
    public int customers;

    /** {@code default}: the default parts' tables; {@code all}: every table, events included. */
    @Param({"default"})
    public String parts;

    private Path directory;
    private EmbeddedPostgres postgres;
    private DataSource dataSource;
    private RelationalSchema schema;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("load-benchmark");
        Set<Part> selected = parts.equals("all") ? Part.all() : Part.defaults();
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, customers, Set.of(Format.RELATIONAL),
                directory, 2).withParts(selected));
        schema = RelationalSchema.of(selected);
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    /** An empty database before each load: not measured. */
    @Setup(Level.Iteration)
    public void dropSchema() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        postgres.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Object loader() {
        return DatabaseLoader.forDataSource(dataSource).schema(SCHEMA).load(directory);
    }

    @Benchmark
    public long copy() throws SQLException, IOException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + SCHEMA);
                s.execute("SET search_path TO " + SCHEMA);
                s.execute(schema.ddl(Dialect.POSTGRESQL));
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Table t : schema.tables()) {
                try (Reader in = Files.newBufferedReader(directory.resolve(t.fileName()), StandardCharsets.UTF_8)) {
                    rows += copy.copyIn("COPY " + t.name() + " (" + String.join(", ", t.columns().stream()
                            .map(Column::name).toList()) + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                }
            }
            c.commit();
        }
        return rows;
    }
}
