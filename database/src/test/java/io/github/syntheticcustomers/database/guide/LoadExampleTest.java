package io.github.syntheticcustomers.database.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.github.syntheticcustomers.database.LoadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's databases page: a relational dataset loaded from Java, here into an in-memory H2 database. */
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
}
