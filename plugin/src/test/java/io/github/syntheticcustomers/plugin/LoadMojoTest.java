package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code load} goal delegates to the database module's loader: a bad dataset or rows already there fail the build
 * ({@link MojoFailureException}), an unreachable database is an execution error, {@code skip} loads nothing.
 */
class LoadMojoTest {

    private static final String URL = "jdbc:h2:mem:loadmojo;DB_CLOSE_DELAY=-1";

    @TempDir
    static Path work;

    static Path dataset;

    @BeforeAll
    static void generate() {
        dataset = work.resolve("data");
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 10,
                Set.of(Format.JSONL, Format.RELATIONAL), dataset, 1));
    }

    private static LoadMojo mojo(String url, String schema) {
        LoadMojo mojo = new LoadMojo();
        mojo.outputDirectory = dataset.toFile();
        mojo.jdbcUrl = url;
        mojo.schema = schema;
        return mojo;
    }

    @Test
    void loadsAndRefusesRowsAlreadyThereUnlessReplacing() throws Exception {
        mojo(URL, "plugin").execute();
        assertEquals(10, count("SELECT COUNT(*) FROM plugin.customers"));

        MojoFailureException again = assertThrows(MojoFailureException.class, () -> mojo(URL, "plugin").execute());
        assertTrue(again.getMessage().startsWith("schema PLUGIN holds records 0 to 9 of dataset "), again.getMessage());

        LoadMojo replacing = mojo(URL, "plugin");
        replacing.replace = true;
        replacing.execute();
        assertEquals(10, count("SELECT COUNT(*) FROM plugin.customers"));
    }

    @Test
    void anUnreachableDatabaseIsAnExecutionError() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> mojo("jdbc:nosuchdb://localhost/x", null).execute());
        assertEquals("no JDBC driver for jdbc:nosuchdb://localhost/x on the class path: add the database's JDBC driver"
                + " (this loader loads into PostgreSQL, H2 and DuckDB: com.h2database:h2, org.duckdb:duckdb_jdbc,"
                + " org.postgresql:postgresql)", e.getMessage());
    }

    @Test
    void aBadSchemaNameNamesTheParameter() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo(URL, "Bad").execute());
        assertEquals("Invalid parameter schema: 'Bad' (allowed: lower-case letters, digits and _, starting with a"
                + " letter or _, at most 63 characters) (property synthetic.schema)", e.getMessage());
    }

    @Test
    void skipLoadsNothing() throws Exception {
        LoadMojo skipped = mojo(URL, "skipped");
        skipped.skip = true;
        skipped.execute();
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'SKIPPED'"));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
