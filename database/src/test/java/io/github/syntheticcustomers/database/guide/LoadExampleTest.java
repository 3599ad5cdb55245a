package io.github.syntheticcustomers.database.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.database.LoadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's databases page and docs/databases.md ("Java"): a relational dataset loaded from Java, here into an
 * in-memory H2 database; the regions between snippet-start and snippet-end are the pages' code, verbatim.
 */
class LoadExampleTest {

    @Test
    void loadsTheRelationalFormatInOneTransaction(@TempDir Path target) throws Exception {
        Path dir = target.resolve("customers");
        SyntheticDatasets.generate(new GenerationRequest(ConfigSource.BUILT_IN.load(), 42, 30,
                EnumSet.of(Format.JSON, Format.RELATIONAL), dir, 0)
                .withConfigSource(ConfigSource.BUILT_IN).withParts(Part.all()));
        String url = "jdbc:h2:mem:guide;DB_CLOSE_DELAY=-1";
        String user = "sa";
        String password = "";
        // snippet-start load
        LoadResult result = DatabaseLoader.forUrl(url, user, password)   // any JDBC URL whose driver is on the class path
                .schema("customers")
                .load(dir);                                               // verified against manifest.json, one transaction
        System.out.println(result.totalRows() + " rows into " + result.databaseProduct());
        // snippet-end load
        assertEquals(30L, result.rows().get("customers"));
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"CUSTOMERS\".\"CUSTOMERS\"")) {
            rs.next();
            assertEquals(30, rs.getInt(1));
        }
    }

    @Test
    void generatesAndLoadsWithEveryOption(@TempDir Path target) throws Exception {
        String url = "jdbc:h2:mem:options;DB_CLOSE_DELAY=-1";
        String user = "sa";
        String password = "";
        // snippet-start generate-and-load
        Path dataset = target.resolve("synthetic-customers");
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 50,
                Set.of(Format.JSONL, Format.RELATIONAL), dataset, 1).withParts(Part.all()));

        LoadResult result = DatabaseLoader.forUrl(url, user, password)
                .schema("customers")              // optional: default the connection's current schema
                .replaceExisting(false)           // the default: refuse rows already there
                .progress(p -> System.err.println(p.table() + ": " + p.rows() + "/" + p.tableRows()))
                .load(dataset);

        Map<String, Long> rows = result.rows(); // {customers=50, lifestyle=50, ...}, in foreign-key order
        String fingerprint = result.datasetFingerprint(); // the manifest's (a shard's: the whole dataset's)
        Dialect dialect = result.dialect();     // POSTGRESQL or PORTABLE
        boolean copy = result.copy();           // true for PostgreSQL's and DuckDB's COPY, false for batched inserts
        // snippet-end generate-and-load
        assertEquals(List.of("customers", "lifestyle"), rows.keySet().stream().limit(2).toList());
        assertEquals(50L, rows.get("customers"));
        assertEquals(13, rows.size(), "every part: 13 tables " + rows.keySet());
        assertEquals(64, fingerprint.length(), fingerprint);
        assertEquals(Dialect.PORTABLE, dialect);
        assertFalse(copy, "H2 loads through batched inserts");
    }
}
