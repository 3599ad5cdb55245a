package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads into H2 or DuckDB through batched inserts, with the portable DDL: the same checks as in PostgreSQL, the
 * checksums computed over JDBC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortableLoadTest {

    static final long SEED = 42;
    static final long COUNT = 60;
    /** Another seed\'s dataset: smaller, as only its difference counts. */
    static final long OTHER = 50;
    /** The dataset loaded whole and in shards. */
    static final long SHARDED = 60;

    DataSource db;
    Path dataset;
    LoadResult whole;

    /** A data source for a new, empty database of the kind tested. */
    abstract DataSource database(Path directory);

    /** The database's product name. */
    abstract String product();

    /** Whether the database reads the CSV files itself (DuckDB's COPY) rather than getting batched inserts (H2). */
    abstract boolean copies();

    /** How the message of a failed load starts when line {@code line} of {@code file} of {@code table} is wrong. */
    abstract String failureAt(String file, String table, long line);

    /** The schema name as the database stores the lower-case name {@code name}. */
    abstract String stored(String name);

    @BeforeAll
    void loadTheWholeDataset(@TempDir Path temp) {
        db = database(temp);
        dataset = Datasets.of(SEED, COUNT);
        whole = DatabaseLoader.forDataSource(db).schema("whole").load(dataset);
    }

    @Test
    void loadsEveryTableWithTheManifestsCounts() throws Exception {
        assertEquals(stored("whole"), whole.schema());
        assertEquals(product(), whole.databaseProduct());
        assertEquals(Dialect.PORTABLE, whole.dialect());
        assertEquals(copies(), whole.copy());
        assertEquals(whole.rows(), SqlChecks.counts(db, "whole"));
        assertEquals(COUNT, whole.rows().get("customers"));
        assertTrue(whole.rows().get("events") > 10_000, whole.rows().toString());
    }

    @Test
    void everyForeignKeyIsEnforcedAndHolds() throws Exception {
        long foreignKeys = RelationalSchema.all().tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
        assertEquals(foreignKeys, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'FOREIGN KEY' AND table_schema = '" + stored("whole") + "'"));
        SqlChecks.orphans(db, "whole").forEach((key, n) -> assertEquals(0L, n, key));
    }

    @Test
    void aggregatesEqualTheDatasetsOwnCounts() throws Exception {
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "persona_type"),
                SqlChecks.groups(db, "whole", "customers", "persona_type"));
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "risk_level"),
                SqlChecks.groups(db, "whole", "customers", "risk_level"));
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("scenarios.jsonl"), "scenario_type"),
                SqlChecks.groups(db, "whole", "scenarios", "scenario_type"));
    }

    @Test
    void checksumsEqualForOneSeedAndShardsInEitherOrder() throws Exception {
        DatabaseLoader.forDataSource(db).schema("again").load(dataset);
        assertEquals(SqlChecks.checksums(db, "whole"), SqlChecks.checksums(db, "again"));
        DatabaseLoader.forDataSource(db).schema("sharded_whole").load(Datasets.of(SEED, SHARDED));
        DatabaseLoader.forDataSource(db).schema("shards_ba").load(Datasets.shard(SEED, SHARDED, 25, SHARDED));
        DatabaseLoader.forDataSource(db).schema("shards_ba").load(Datasets.shard(SEED, SHARDED, 0, 25));
        assertEquals(SqlChecks.checksums(db, "sharded_whole"), SqlChecks.checksums(db, "shards_ba"));
    }

    @Test
    void replaceExistingReplacesEveryRowAndOtherSeedsDiffer() throws Exception {
        DatabaseLoader.forDataSource(db).schema("replaced").load(Datasets.of(7, OTHER));
        Map<String, String> other = SqlChecks.checksums(db, "replaced");
        DatabaseLoadException refused = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("replaced").load(dataset));
        assertEquals(Reason.EXISTING_ROWS, refused.reason());
        DatabaseLoader.forDataSource(db).schema("replaced").replaceExisting(true).load(dataset);
        Map<String, String> replaced = SqlChecks.checksums(db, "replaced");
        assertEquals(SqlChecks.checksums(db, "whole"), replaced);
        assertNotEquals(other.get("customers"), replaced.get("customers"));
        assertNotEquals(other.get("events"), replaced.get("events"));
    }

    @Test
    void aRowViolatingAConstraintRollsBackEverything(@TempDir Path temp) throws Exception {
        Path copy = Datasets.copy(dataset, temp.resolve("broken"));
        int duplicate = SqlChecks.duplicateLastRow(copy, "table-screenings.csv");

        DatabaseLoadException fresh = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("broken").load(copy));
        assertEquals(Reason.CONSTRAINT, fresh.reason(), fresh.getMessage());
        assertTrue(fresh.getMessage().startsWith(failureAt("table-screenings.csv", "screenings", duplicate)),
                fresh.getMessage());
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                + stored("broken") + "'"));

        SqlChecks.assertAFailedReplacementKeepsTheRows(db, copy, OTHER, SqlChecks::checksums);
    }

    @Test
    void aCellOfTheWrongTypeNamesItsLineAndColumn(@TempDir Path temp) throws Exception {
        Path copy = Datasets.copy(dataset, temp.resolve("typed"));
        String customers = Files.readString(copy.resolve("table-customers.csv"), StandardCharsets.UTF_8);
        String[] lines = customers.split("\n", -1);
        String[] cells = lines[3].split(",", -1);
        String broken = lines[3].replaceFirst("," + cells[3] + ",", ",many,");
        SqlChecks.rewriteListed(copy, "table-customers.csv", customers.replace(lines[3], broken));
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("typed").load(copy));
        assertEquals(Reason.CONSTRAINT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(failureAt("table-customers.csv", "customers", 4)), e.getMessage());
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                + stored("typed") + "'"));
    }
}
