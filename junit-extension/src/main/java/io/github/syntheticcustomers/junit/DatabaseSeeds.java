package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.github.syntheticcustomers.database.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The datasets loaded into databases in this JVM: each (dataset, database, schema) is loaded once, by the first test
 * that asks, while the others that ask at the same time wait for it; later tests get the loaded schema at once. A
 * failed load is remembered too, so every test that asks reports the same failure instead of loading again.
 *
 * <p>A load writes the dataset's relational format (customers, scenarios and engagement steps) into a temporary
 * directory, loads it with {@link DatabaseLoader} in one transaction, replacing what an earlier JVM left in the
 * schema, and deletes the directory.
 */
final class DatabaseSeeds {

    private static final AtomicLong LOADS = new AtomicLong();
    private static final ConcurrentMap<String, Seed> SEEDS = new ConcurrentHashMap<>();

    private DatabaseSeeds() {
    }

    /** How many loads this JVM has run so far, failed ones included (for tests of the once-only loading). */
    static long loads() {
        return LOADS.get();
    }

    /**
     * A database: its identity (e.g. its JDBC URL and user, or the embedded server's number), a description for
     * messages (no password) and the {@link DataSource} to load through.
     */
    record Database(String key, String description, DataSource dataSource) {
    }

    /** What to load: the dataset's key (seed, count, configuration digest) and what generates it. */
    record Dataset(String key, GeneratorConfig config, long seed, long count) {
    }

    /**
     * The {@link DataSource} on {@code schema} of {@code database} holding {@code dataset}, loaded on the first request.
     *
     * @throws SeedException naming the database, the schema and the dataset when the load fails
     */
    static DataSource seed(Database database, Dataset dataset, String schema) {
        Seed seed = SEEDS.computeIfAbsent(database.key() + " schema " + schema + " " + dataset.key(), k -> new Seed());
        return seed.get(() -> load(database, dataset, schema));
    }

    /** Forgets the loads into {@code database} (a stopped embedded server: its loads went with it). */
    static void forget(Database database) {
        SEEDS.keySet().removeIf(k -> k.startsWith(database.key() + " schema "));
    }

    private static DataSource load(Database database, Dataset dataset, String schema) {
        LOADS.incrementAndGet();
        String what = "the dataset of seed " + dataset.seed() + " and count " + dataset.count();
        String into = database.description() + ", schema " + schema;
        Path directory;
        try {
            directory = Files.createTempDirectory("synthetic-customers-seed-");
        } catch (IOException e) {
            throw new SeedException("Cannot seed " + into + " with " + what + ": cannot create a temporary directory: "
                    + SeededDatabaseExtension.message(e));
        }
        try {
            Path files = directory.resolve("relational");
            SyntheticDatasets.generate(new GenerationRequest(dataset.config(), dataset.seed(), dataset.count(),
                    java.util.Set.of(Format.RELATIONAL), files, 0));
            LoadResult result = DatabaseLoader.forDataSource(database.dataSource()).schema(schema)
                    .replaceExisting(true).load(files);
            return new SchemaDataSource(database.dataSource(), result.schema(), into);
        } catch (RuntimeException e) {
            throw new SeedException("Cannot seed " + into + " with " + what + ": " + SeededDatabaseExtension.message(e));
        } finally {
            delete(directory);
        }
    }

    /**
     * {@code url} for messages: without its query (the PostgreSQL driver reports every connection property there) and
     * without the values of password parameters.
     */
    static String redact(String url) {
        if (url == null) {
            return "unknown URL";
        }
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)).replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind is harmless; the load's outcome is what the test needs
        }
    }

    /** One (dataset, database, schema): loaded once, its outcome kept. */
    private static final class Seed {
        private DataSource loaded;
        private String failure;

        synchronized DataSource get(java.util.function.Supplier<DataSource> load) {
            if (loaded == null && failure == null) {
                try {
                    loaded = load.get();
                } catch (SeedException e) {
                    failure = e.getMessage();
                }
            }
            if (failure != null) {
                throw new SeedException(failure);
            }
            return loaded;
        }
    }

    /** A load that failed; the message names the database, the schema, the seed and the count, and why. */
    static final class SeedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeedException(String message) {
            super(message, null, false, false);
        }
    }
}
