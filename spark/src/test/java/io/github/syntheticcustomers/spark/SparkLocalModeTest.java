package io.github.syntheticcustomers.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.io.ByteArrayOutputStream;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in local mode with two executor threads: the JSON Lines Spark writes, read in partition order, are the
 * plugin's {@code .jsonl} files byte for byte (defaults and a custom journey, several partition counts); Parquet
 * round-trips to the same rows; the persona, age-decade and risk-level counts of the rows are the plugin run's,
 * exactly; the {@code spark-submit} job writes the same bytes; and the DuckDB queries of docs/analytical-readers.md
 * give the same rows over the Parquet the job writes with the page's arguments as over the plugin's JSON Lines.
 */
class SparkLocalModeTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("synthetic-customers-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private Path pluginRun(GeneratorConfig config, ConfigSource source, long seed, long count) {
        Path out = dir.resolve("plugin");
        // every part, the events (not written by default) included
        SyntheticDatasets.generate(new GenerationRequest(config, seed, count, Set.of(Format.JSONL), out, 2)
                .withConfigSource(source).withParts(Part.all()));
        return out;
    }

    /** The part files Spark wrote into {@code directory}, concatenated in partition order. */
    private static byte[] inPartitionOrder(Path directory) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    @Test
    void theJsonLinesSparkWritesAreThePluginsBytes() throws IOException {
        Path plugin = pluginRun(ConfigLoader.defaults(), ConfigSource.BUILT_IN, 42, 700);
        for (int partitions : new int[] {1, 3, 8}) {
            SparkDataset dataset = SparkDataset.of(42, 700, ConfigSource.BUILT_IN).withPartitions(partitions);
            for (Part part : EnumSet.copyOf(Part.all())) {
                Path target = dir.resolve("spark-" + partitions + "-" + part.id());
                dataset.jsonLines(spark, part).write().text(target.toString());
                assertArrayEquals(Files.readAllBytes(plugin.resolve(part.id() + ".jsonl")), inPartitionOrder(target),
                        part.id() + " in " + partitions + " partitions");
            }
        }
    }

    @Test
    void aCustomJourneyGivesThePluginsBytesToo() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve(
                "../examples/custom-journey/src/test/synthetic/programme.yaml");
        ConfigSource source = ConfigSource.read(file);
        Path plugin = pluginRun(source.load(), source, 7, 250);
        SparkDataset dataset = SparkDataset.of(7, 250, source).withPartitions(4);
        for (Part part : EnumSet.copyOf(Part.all())) {
            Path target = dir.resolve("custom-" + part.id());
            dataset.jsonLines(spark, part).write().text(target.toString());
            assertArrayEquals(Files.readAllBytes(plugin.resolve(part.id() + ".jsonl")), inPartitionOrder(target),
                    part.id());
        }
    }

    @Test
    void cohortsKeepThePluginsBytesAndTheirExactSizes() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/cohorts.yaml");
        ConfigSource source = ConfigSource.read(file);
        Path plugin = dir.resolve("cohorts-plugin");
        SyntheticDatasets.generate(new GenerationRequest(source.load(), 42, 600, Set.of(Format.JSONL), plugin, 2)
                .withConfigSource(source).withParts(Set.of(Part.CUSTOMERS, Part.SCENARIOS)));
        for (int partitions : new int[] {4}) {
            SparkDataset dataset = SparkDataset.of(42, 600, source).withPartitions(partitions);
            for (Part part : List.of(Part.CUSTOMERS, Part.SCENARIOS)) {
                Path target = dir.resolve("cohorts-" + partitions + "-" + part.id());
                dataset.jsonLines(spark, part).write().text(target.toString());
                assertArrayEquals(Files.readAllBytes(plugin.resolve(part.id() + ".jsonl")), inPartitionOrder(target),
                        part.id() + " in " + partitions + " partitions");
            }
        }
        Dataset<Row> customers = SparkDataset.of(42, 600, source).withPartitions(3).customers(spark);
        Map<String, Long> sizes = new TreeMap<>();
        for (Row r : customers.where("cohorts is not null").selectExpr("explode(cohorts) as cohort")
                .groupBy("cohort").count().collectAsList()) {
            sizes.put(r.getString(0), r.getLong(1));
        }
        assertEquals(new TreeMap<>(Map.of("undiagnosed_hypertension", 40L, "avoiding_smokers", 25L,
                "known_diabetes", 18L)), sizes);
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void parquetRoundTripsToTheSameRows() {
        SparkDataset dataset = SparkDataset.of(42, 400, ConfigSource.BUILT_IN).withPartitions(3);
        for (Part part : EnumSet.copyOf(Part.all())) {
            Dataset<Row> rows = dataset.rows(spark, part);
            Path target = dir.resolve("parquet-" + part.id());
            rows.write().parquet(target.toString());
            Dataset<Row> back = spark.read().parquet(target.toString());
            assertEquals(SparkSchemas.of(part).fieldNames().length, back.schema().fieldNames().length, part.id());
            assertEquals(List.of(SparkSchemas.of(part).fieldNames()), List.of(back.schema().fieldNames()));
            assertEquals(rows.count(), back.count(), part.id());
            // set operations refuse map columns (the events' properties): rows are compared as their JSON text
            assertEquals(0, rows.toJSON().exceptAll(back.toJSON()).count(), part.id() + ": every row came back");
            assertEquals(0, back.toJSON().exceptAll(rows.toJSON()).count(), part.id() + ": and nothing else");
        }
    }

    @Test
    void theEventRowsHoldTheFilesPropertiesAsTheirJsonText() throws IOException {
        Path plugin = pluginRun(ConfigLoader.defaults(), ConfigSource.BUILT_IN, 11, 90);
        List<String> lines = Files.readAllLines(plugin.resolve("events.jsonl"), StandardCharsets.UTF_8);
        List<Row> rows = SparkDataset.of(11, 90, ConfigSource.BUILT_IN).withPartitions(3).events(spark)
                .collectAsList();
        assertEquals(lines.size(), rows.size());
        assertTrue(rows.size() > 0);
        ObjectMapper json = new ObjectMapper();
        List<String> columns = List.of("event_id", "customer_id", "session_id", "timestamp", "time_zone", "type",
                "properties");
        assertEquals(columns, List.of(SparkSchemas.of(Part.EVENTS).fieldNames()));
        for (int k = 0; k < rows.size(); k++) {
            JsonNode file = json.readTree(lines.get(k));
            Row row = rows.get(k);
            for (String column : columns.subList(0, 6)) {
                JsonNode value = file.get(column);
                assertEquals(value.isNull() ? null : value.asText(), row.getAs(column), column + " of line " + (k + 1));
            }
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            file.get("properties").properties().forEach(e -> expected.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            // a Row's map keeps no order (the JSON Lines, byte for byte above, keep the files')
            Map<String, String> actual = row.getJavaMap(row.fieldIndex("properties"));
            assertEquals(expected, actual, "properties of line " + (k + 1));
        }
    }

    @Test
    void personaDecadeRiskStateAndPhoneCountsAreThePluginRunsExactly() throws IOException {
        Path plugin = pluginRun(ConfigLoader.defaults(), ConfigSource.BUILT_IN, 99, 3000);
        Map<String, Long> expected = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(plugin.resolve("customers.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode c = json.readTree(line);
            expected.merge("persona " + c.get("persona_type").asText(), 1L, Long::sum);
            expected.merge("decade " + c.get("demographics").get("age").asInt() / 10 * 10, 1L, Long::sum);
            expected.merge("risk " + c.get("risk_level").asText(), 1L, Long::sum);
            // regions are allocated exactly too, and each customer's phone follows her rank in her state
            expected.merge("state " + c.get("demographics").get("state").asText(), 1L, Long::sum);
            expected.merge("phone " + c.get("demographics").get("phone").asText(), 1L, Long::sum);
        }
        Dataset<Row> customers = SyntheticCustomersSpark.customers(spark, 99, 3000, ConfigSource.BUILT_IN);
        Map<String, Long> actual = new TreeMap<>();
        for (Row r : customers.groupBy("persona_type").count().collectAsList()) {
            actual.put("persona " + r.getString(0), r.getLong(1));
        }
        for (Row r : customers.selectExpr("cast(floor(demographics.age / 10) * 10 as int) as decade").groupBy("decade")
                .count().collectAsList()) {
            actual.put("decade " + r.getInt(0), r.getLong(1));
        }
        for (Row r : customers.groupBy("risk_level").count().collectAsList()) {
            actual.put("risk " + r.getString(0), r.getLong(1));
        }
        for (Row r : customers.groupBy("demographics.state").count().collectAsList()) {
            actual.put("state " + r.getString(0), r.getLong(1));
        }
        for (Row r : customers.groupBy("demographics.phone").count().collectAsList()) {
            actual.put("phone " + r.getString(0), r.getLong(1));
        }
        assertEquals(expected, actual);
        assertEquals(900L, actual.get("persona health_aware_avoider"), "30 % of 3000, by allocation");
    }

    @Test
    void theSparkSubmitJobWritesThePluginsBytes() throws IOException {
        Path plugin = pluginRun(ConfigLoader.defaults(), ConfigSource.BUILT_IN, 5, 120);
        Path out = dir.resolve("job");
        int code = new picocli.CommandLine(new SyntheticCustomersSpark()).execute("--seed", "5", "--count", "120",
                "--parts", "customers,scenarios", "--partitions", "3", "--output", out.toString());
        assertEquals(0, code);
        for (String part : List.of("customers", "scenarios")) {
            assertArrayEquals(Files.readAllBytes(plugin.resolve(part + ".jsonl")), inPartitionOrder(out.resolve(part)),
                    part);
        }
        assertTrue(Files.notExists(out.resolve("engagement-steps")), "only the parts asked for");
    }

    @Test
    void duckDbGivesTheSameRowsOverTheJobsParquetAsOverTheJsonLines() throws IOException, SQLException {
        String page = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve(
                "../docs/analytical-readers.md"), StandardCharsets.UTF_8);
        // the job's arguments as the page gives them to spark-submit, its output directory moved here
        List<String> arguments = jobArguments(page);
        int output = arguments.indexOf("--output") + 1;
        assertEquals("target/synthetic-customers-spark", arguments.get(output));
        assertEquals(List.of("--seed", "42", "--count", "500", "--parts", "customers,scenarios", "--format", "parquet"),
                arguments.subList(0, output - 1));
        Path parquet = dir.resolve("job-parquet");
        arguments.set(output, parquet.toString());
        assertEquals(0, new picocli.CommandLine(new SyntheticCustomersSpark())
                .execute(arguments.toArray(String[]::new)));
        Path jsonLines = dir.resolve("plugin-jsonl");
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 500, Set.of(Format.JSONL),
                jsonLines, 2).withParts(Set.of(Part.CUSTOMERS, Part.SCENARIOS)));

        Map<String, String> blocks = sqlBlocks(page);
        Map<String, List<List<Object>>> overJsonLines = new LinkedHashMap<>();
        Map<String, List<List<Object>>> overParquet = new LinkedHashMap<>();
        try (Connection json = offlineDuckDb(); Connection pq = offlineDuckDb()) {
            run(json, blocks.get("the JSON Lines as views"), "target/synthetic-customers/", jsonLines);
            run(pq, blocks.get("the Parquet as views"), "target/synthetic-customers-spark/", parquet);
            for (Map.Entry<String, String> block : blocks.entrySet()) {
                // the queries over the views (the others read a file of their own, or set the views up)
                if (!block.getValue().contains("read_") && !block.getValue().contains("duckdb_extensions")) {
                    overJsonLines.put(block.getKey(), run(json, block.getValue(), "", jsonLines));
                    overParquet.put(block.getKey(), run(pq, block.getValue(), "", parquet));
                }
            }
        }
        assertEquals(List.of("customers per persona", "customers per risk level", "scenarios per scenario type",
                "scenarios per risk level and scenario type", "measurements per code", "latest HbA1c per customer"),
                List.copyOf(overParquet.keySet()));
        assertEquals(overJsonLines, overParquet);
        Map<String, Long> personas = new TreeMap<>();
        SyntheticDataset.of(ConfigLoader.defaults(), 42, 500).customers()
                .forEach(c -> personas.merge(c.personaType(), 1L, Long::sum));
        List<List<Object>> expected = new ArrayList<>();
        personas.forEach((persona, n) -> expected.add(List.of(persona, n)));
        assertEquals(expected, overParquet.get("customers per persona"), "the records' persona counts");
        assertEquals(353, overParquet.get("latest HbA1c per customer").size());
    }

    /** The arguments after the jar of the page's {@code spark-submit} command. */
    private static List<String> jobArguments(String page) {
        String command = fencedBlocks(page, "bash").stream().filter(b -> b.startsWith("spark-submit")).findFirst()
                .orElseThrow().replace("\\\n", " ");
        List<String> words = Arrays.asList(command.strip().split("\\s+"));
        int jar = words.indexOf("--class") + 2;
        assertTrue(words.get(jar).endsWith(".jar"), words.get(jar));
        return new ArrayList<>(words.subList(jar + 1, words.size()));
    }

    /** The text of every {@code ```language} block of a Markdown page, in page order. */
    private static List<String> fencedBlocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        String open = "```" + language + "\n";
        for (int start = markdown.indexOf(open); start >= 0; start = markdown.indexOf(open, start)) {
            start += open.length();
            int end = markdown.indexOf("```\n", start);
            blocks.add(markdown.substring(start, end));
            start = end;
        }
        return blocks;
    }

    /** The page's {@code ```sql} blocks by the comment on their first line. */
    private static Map<String, String> sqlBlocks(String page) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (String block : fencedBlocks(page, "sql")) {
            blocks.put(block.substring(3, block.indexOf('\n')), block);
        }
        return blocks;
    }

    /** A DuckDB in memory that may not download an extension (Parquet and JSON are built into the driver). */
    private static Connection offlineDuckDb() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
        }
        return db;
    }

    /** Runs a block's statements, {@code pagePath} replaced by {@code directory}; the last statement's rows. */
    private static List<List<Object>> run(Connection db, String block, String pagePath, Path directory)
            throws SQLException {
        String sql = pagePath.isEmpty() ? block : block.replace(pagePath, directory + "/");
        List<List<Object>> rows = List.of();
        for (String statement : sql.split(";\n")) {
            if (statement.isBlank()) {
                continue;
            }
            try (Statement s = db.createStatement()) {
                rows = List.of();
                if (s.execute(statement.strip())) {
                    rows = new ArrayList<>();
                    try (ResultSet rs = s.getResultSet()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            List<Object> row = new ArrayList<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                row.add("DATE".equals(meta.getColumnTypeName(i)) ? rs.getObject(i, LocalDate.class)
                                        : rs.getObject(i));
                            }
                            rows.add(row);
                        }
                    }
                }
            }
        }
        return rows;
    }
}
