package io.github.syntheticcustomers.core.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/analytical-readers.md, run: every {@code ```sql} block of the page goes through DuckDB's JDBC driver as
 * written, over a dataset of seed 42 × 500 generated here as JSON Lines (only the path
 * {@code target/synthetic-customers/} is changed, to this test's directory), with extension downloads turned off; each answer equals the project's own
 * figure, value for value and type for type ({@code BIGINT} as {@link Long}, {@code DOUBLE} as {@link Double},
 * {@code DATE} as {@link LocalDate}): the records' counts of personas, risk levels and scenario types, of the
 * scenarios joined to their customers and of the measurements, and {@code HealthProfile.measurement("hba1c")} for
 * the latest HbA1c. The page's Java
 * example is {@link DuckDbPersonaCounts} verbatim, and it counts the personas right.
 */
class AnalyticalReadersPageTest {

    private static final long SEED = 42;
    private static final long COUNT = 500;

    /** The page's path, replaced by the dataset's directory. */
    private static final String PAGE_PATH = "target/synthetic-customers/";

    @TempDir
    static Path dir;

    private static GeneratorConfig config;
    private static SyntheticDataset records;

    @BeforeAll
    static void generate() {
        config = ConfigLoader.defaults();
        SyntheticDatasets.generate(new GenerationRequest(config, SEED, COUNT, Set.of(Format.JSONL, Format.JSON), dir,
                2).withParts(Set.of(Part.CUSTOMERS, Part.SCENARIOS)));
        // the same records, in memory: what the project computes is counted from them
        records = SyntheticDataset.of(config, SEED, COUNT);
    }

    /** A DuckDB in memory that may not download an extension: a query that needs one fails instead. */
    static Connection offlineDuckDb() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
        }
        return db;
    }

    /** Runs a page block's statements, its paths pointing at {@code directory}; the last statement's rows. */
    static List<List<Object>> run(Connection db, String block, String pagePath, Path directory) throws SQLException {
        List<List<Object>> rows = List.of();
        for (String statement : SqlBlocks.statements(block.replace(pagePath, directory.toString() + "/"))) {
            try (Statement s = db.createStatement()) {
                rows = s.execute(statement) ? rows(s.getResultSet()) : List.of();
            }
        }
        return rows;
    }

    /** Every row, each column as the driver gives it, a {@code DATE} as a {@link LocalDate}. */
    static List<List<Object>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add("DATE".equals(meta.getColumnTypeName(i)) ? rs.getObject(i, LocalDate.class) : rs.getObject(i));
            }
            rows.add(row);
        }
        rs.close();
        return rows;
    }

    @Test
    void theJsonAndParquetReadersAreBuiltIntoTheDriver() throws SQLException {
        try (Connection db = offlineDuckDb()) {
            assertEquals(List.of(List.of("json", true, "STATICALLY_LINKED"),
                    List.of("parquet", true, "STATICALLY_LINKED")),
                    run(db, SqlBlocks.sqlByTitle(SqlBlocks.page()).get("built-in extensions"), PAGE_PATH, dir));
            List<List<Object>> version = run(db, "SELECT version();\n", PAGE_PATH, dir);
            assertTrue(SqlBlocks.page().contains("Tested with **DuckDB " + version.get(0).get(0) + "**"),
                    "the page names the version tested: " + version);
        }
    }

    @Test
    void everyQueryOverTheJsonLinesGivesTheProjectsFigures() throws SQLException {
        Map<String, String> blocks = SqlBlocks.sqlByTitle(SqlBlocks.page());
        Map<String, List<List<Object>>> expected = new LinkedHashMap<>();
        expected.put("customers per persona, straight from the file", personas());
        expected.put("customers in the json format's array", List.of(List.of(COUNT)));
        expected.put("customers per persona", personas());
        expected.put("customers per risk level", riskLevels());
        expected.put("scenarios per scenario type", scenarioTypes());
        expected.put("scenarios per risk level and scenario type", scenariosByRiskAndType());
        expected.put("measurements per code", measurementsPerCode());
        expected.put("latest HbA1c per customer", latestHba1c());
        // the blocks that answer nothing to compare: the views, and the extensions (the test above)
        Set<String> setUp = Set.of("built-in extensions", "the JSON Lines as views", "the Parquet as views");
        assertEquals(blocks.keySet().stream().filter(t -> !setUp.contains(t)).collect(Collectors.toSet()),
                expected.keySet(), "every query of the page is checked here");

        try (Connection db = offlineDuckDb()) {
            run(db, blocks.get("the JSON Lines as views"), PAGE_PATH, dir);
            for (Map.Entry<String, List<List<Object>>> query : expected.entrySet()) {
                assertEquals(query.getValue(), run(db, blocks.get(query.getKey()), PAGE_PATH, dir), query.getKey());
            }
        }
        assertEquals(500, personas().stream().mapToLong(r -> (Long) r.get(1)).sum());
        assertEquals(353, latestHba1c().size(), "customers with an HbA1c, seed 42 × 500");
    }

    @Test
    void thePagesFiguresAreTheRecordsCounts() {
        String page = SqlBlocks.page().replace('\n', ' ');
        String figures = "personas " + words(personas()) + " (the persona shares, exactly); risk levels "
                + words(riskLevels()) + "; scenario types " + words(scenarioTypes());
        assertTrue(page.contains("For seed 42 × 500 the first four answer: " + figures + " — "), figures);
    }

    @Test
    void theJavaExampleIsThePagesAndCountsThePersonas() throws IOException, SQLException {
        String source = Files.readString(Path.of("src", "test", "java", "io", "github", "syntheticcustomers", "core",
                "duckdb", "DuckDbPersonaCounts.java"), StandardCharsets.UTF_8);
        assertEquals("package io.github.syntheticcustomers.core.duckdb;\n\n" + SqlBlocks.all(SqlBlocks.page(), "java")
                .get(0), source);
        Map<String, Long> expected = new LinkedHashMap<>();
        personas().forEach(r -> expected.put((String) r.get(0), (Long) r.get(1)));
        assertEquals(expected, DuckDbPersonaCounts.of(dir.resolve("customers.jsonl").toString()));
    }

    private static String words(List<List<Object>> rows) {
        return rows.stream().map(r -> r.get(0) + " " + r.get(1)).collect(Collectors.joining(", "));
    }

    /** Customers per persona id, in id order. */
    private static List<List<Object>> personas() {
        return counts(records.customers().stream().map(CustomerProfile::personaType).toList());
    }

    /** Customers per risk level, in level id order. */
    private static List<List<Object>> riskLevels() {
        return counts(records.customers().stream().map(CustomerProfile::riskLevel).toList());
    }

    /** Scenarios per scenario type, in type id order. */
    private static List<List<Object>> scenarioTypes() {
        return counts(records.scenarios().stream().map(TestScenario::scenarioType).toList());
    }

    /** Each distinct id with how often it occurs, in id order, as {@code [id, count]} rows. */
    private static List<List<Object>> counts(List<String> ids) {
        Map<String, Long> counts = new TreeMap<>();
        ids.forEach(id -> counts.merge(id, 1L, Long::sum));
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((id, n) -> rows.add(List.of(id, n)));
        return rows;
    }

    private static List<List<Object>> scenariosByRiskAndType() {
        Map<String, String> riskOf = new HashMap<>();
        for (CustomerProfile c : records.customers()) {
            riskOf.put(c.id(), c.riskLevel());
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (TestScenario s : records.scenarios()) {
            counts.computeIfAbsent(riskOf.get(s.customerId()), k -> new TreeMap<>()).merge(s.scenarioType(), 1L,
                    Long::sum);
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((risk, types) -> types.forEach((type, n) -> rows.add(List.of(risk, type, n))));
        assertEquals(COUNT, rows.stream().mapToLong(r -> (Long) r.get(2)).sum(), "every scenario joins its customer");
        return rows;
    }

    private static List<List<Object>> measurementsPerCode() {
        Map<String, List<Double>> values = new TreeMap<>();
        for (CustomerProfile c : records.customers()) {
            for (Observation o : c.healthProfile().measurements()) {
                values.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o.value());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        values.forEach((code, v) -> rows.add(List.of(code, (long) v.size(),
                v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                v.stream().mapToDouble(Double::doubleValue).max().orElseThrow())));
        return rows;
    }

    /** {@code HealthProfile.measurement("hba1c")} of each customer who has one, by id. */
    private static List<List<Object>> latestHba1c() {
        Map<String, Observation> latest = new TreeMap<>();
        for (CustomerProfile c : records.customers()) {
            Observation o = c.healthProfile().measurement("hba1c");
            if (o != null) {
                latest.put(c.id(), o);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        latest.forEach((id, o) -> rows.add(List.of(id, o.value(), o.date())));
        return rows;
    }
}
