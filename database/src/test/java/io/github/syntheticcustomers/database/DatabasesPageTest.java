package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL of docs/databases.md ("Checking a load with SQL"), run as written against a real PostgreSQL (embedded) into
 * which the page's schema {@code customers} was loaded: the checksum query gives one value for two loads of the same
 * seed and another for another seed (the second and third loads sit in other schemas, the query's schema name
 * replaced), and each aggregate gives the counts of the dataset's own {@code customers.jsonl} and
 * {@code scenarios.jsonl}.
 */
class DatabasesPageTest {

    private static final Path PAGE = Path.of("..", "docs", "databases.md");
    private static final Pattern SQL = Pattern.compile("(?m)^```sql\\n(.*?)^```$", Pattern.DOTALL);
    private static final long COUNT = 60;

    private static DataSource db;
    private static Path dataset;
    private static List<String> blocks;

    @BeforeAll
    static void loadThePagesSchema() throws IOException {
        db = PostgresServer.dataSource();
        dataset = Datasets.of(42, COUNT);
        DatabaseLoader.forDataSource(db).schema("customers").replaceExisting(true).load(dataset);
        blocks = new ArrayList<>();
        Matcher m = SQL.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertEquals(2, blocks.size(), "the page's sql blocks: the checksum and the aggregates");
    }

    @Test
    void theChecksumIsEqualForTwoLoadsOfOneSeedAndDiffersForAnother() throws SQLException {
        String checksum = blocks.get(0);
        assertTrue(checksum.contains("FROM customers.conditions"), checksum);
        DatabaseLoader.forDataSource(db).schema("customers_again").replaceExisting(true).load(dataset);
        DatabaseLoader.forDataSource(db).schema("customers_other").replaceExisting(true).load(Datasets.of(7, COUNT));

        String first = single(checksum);
        assertTrue(first.matches("[0-9a-f]{32}"), first);
        assertEquals(first, single(checksum.replace("customers.conditions", "customers_again.conditions")));
        assertNotEquals(first, single(checksum.replace("customers.conditions", "customers_other.conditions")));
    }

    @Test
    void theAggregatesAreTheJsonLinesCounts() throws SQLException, IOException {
        List<String> statements = blocks.get(1).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(
                SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "persona_type"),
                SqlChecks.jsonlGroups(dataset.resolve("customers.jsonl"), "risk_level"),
                SqlChecks.jsonlGroups(dataset.resolve("scenarios.jsonl"), "scenario_type")),
                List.of(groups(statements.get(0)), groups(statements.get(1)), groups(statements.get(2))));
        assertEquals(3, statements.size(), statements.toString());
    }

    private static String single(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.strip().replaceAll(";$", ""))) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    /** The rows of a {@code SELECT key, COUNT(*) … GROUP BY key} as a map. */
    private static Map<String, Long> groups(String sql) throws SQLException {
        Map<String, Long> groups = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.strip().replaceAll(";$", ""))) {
            while (rs.next()) {
                groups.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertTrue(groups.size() > 1, sql + " groups the rows: " + groups);
        return groups;
    }
}
