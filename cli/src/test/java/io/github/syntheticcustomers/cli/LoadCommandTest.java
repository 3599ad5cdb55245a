package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load}: a dataset's relational files into H2 (in memory), with the exit codes and messages of the others. */
class LoadCommandTest {

    private static final String URL = "jdbc:h2:mem:loadcommand;DB_CLOSE_DELAY=-1";

    @TempDir
    static Path work;

    static String dataset;

    @BeforeAll
    static void generate() {
        dataset = work.resolve("data").toString();
        CommandRun run = CommandRun.of("generate", "--count", "10", "--formats", "jsonl,relational", "--quiet",
                "--output", dataset);
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void loadsEveryTableAndRefusesToLoadTwice() throws Exception {
        CommandRun loaded = CommandRun.of("load", "--jdbc-url", URL, "--schema", "cli", dataset);
        assertEquals(0, loaded.exit(), loaded.err());
        assertTrue(loaded.out().matches("Loaded \\d+ rows into 12 tables of schema CLI \\(H2, inserts\\) from "
                + java.util.regex.Pattern.quote(dataset) + "\\R"), loaded.out());
        assertTrue(loaded.err().startsWith("loaded customers: 10 rows (1/12)\nloaded lifestyle: 10 rows (2/12)\n"),
                loaded.err());
        assertEquals(10, count("SELECT COUNT(*) FROM cli.customers"));

        CommandRun again = CommandRun.of("load", "--jdbc-url", URL, "--schema", "cli", "--quiet", dataset);
        assertEquals(1, again.exit());
        assertEquals("", again.out());
        assertTrue(again.err().startsWith("error: schema CLI holds records 0 to 9 of dataset "), again.err());

        CommandRun replaced = CommandRun.of("load", "--jdbc-url", URL, "--schema", "cli", "--replace", "--quiet",
                dataset);
        assertEquals(0, replaced.exit(), replaced.err());
        assertEquals(10, count("SELECT COUNT(*) FROM cli.customers"));
    }

    @Test
    void badUsageExitsWithTwo() {
        CommandRun noUrl = CommandRun.of("load", dataset);
        assertEquals(2, noUrl.exit());
        assertTrue(noUrl.err().startsWith("Missing required option: '--jdbc-url=URL'"), noUrl.err());

        CommandRun noDataset = CommandRun.of("load", "--jdbc-url", URL, work.resolve("none").toString());
        assertEquals(2, noDataset.exit());
        assertEquals("error: no dataset in " + work.resolve("none") + ": cannot read " + work.resolve("none")
                .resolve("manifest.json") + ": missing or not a plain file\n", noDataset.err());

        CommandRun schema = CommandRun.of("load", "--jdbc-url", URL, "--schema", "Bad-Name", dataset);
        assertEquals(2, schema.exit());
        assertEquals("error: Invalid option --schema: 'Bad-Name' (allowed: lower-case letters, digits and _, starting"
                + " with a letter or _, at most 63 characters)\n", schema.err());

        CommandRun password = CommandRun.of("load", "--jdbc-url", URL, "--password-env",
                "SYNTHETIC_CUSTOMERS_NO_SUCH_VARIABLE", dataset);
        assertEquals(2, password.exit());
        assertEquals("error: Invalid option --password-env: the environment variable"
                + " SYNTHETIC_CUSTOMERS_NO_SUCH_VARIABLE is not set (was: SYNTHETIC_CUSTOMERS_NO_SUCH_VARIABLE;"
                + " allowed: the name of a set environment variable)\n", password.err());
    }

    @Test
    void anUnreachableDatabaseOrAMissingDriverIsAFailedRun() {
        CommandRun notJdbc = CommandRun.of("load", "--jdbc-url", "postgres://localhost/db", dataset);
        assertEquals(1, notJdbc.exit());
        assertEquals("error: not a JDBC URL: 'postgres://localhost/db' (allowed: jdbc:postgresql://HOST:PORT/DATABASE,"
                + " jdbc:h2:…, jdbc:duckdb:…)\n", notJdbc.err());

        CommandRun noDriver = CommandRun.of("load", "--jdbc-url", "jdbc:duckdb:" + work.resolve("x.duckdb"), dataset);
        assertEquals(1, noDriver.exit());
        assertEquals("error: no JDBC driver for jdbc:duckdb:" + work.resolve("x.duckdb") + " on the class path: add"
                + " org.duckdb:duckdb_jdbc\n", noDriver.err());

        CommandRun refused = CommandRun.of("load", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/db?password=secret",
                dataset);
        assertEquals(1, refused.exit());
        assertEquals("error: cannot connect to jdbc:postgresql://127.0.0.1:1/db?password=***: Connection to"
                + " 127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is"
                + " accepting TCP/IP connections.\n", refused.err());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
