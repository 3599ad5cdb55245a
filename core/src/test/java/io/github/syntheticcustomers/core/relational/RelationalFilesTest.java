package io.github.syntheticcustomers.core.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.io.Part;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relational format's files hold the dataset exactly (issue 32 item 1): every table's CSV file, read back with a
 * real CSV parser, equals the JSON Lines of the same run (per record the rows of each nested table are the list's
 * elements in order; numbers the same text, NULL and empty strings kept apart, JSON columns the same JSON); its row
 * counts are the manifest's; its keys, foreign keys, NOT NULL and CHECK constraints hold over the files; the same seed
 * gives the same bytes on 1 and 4 threads.
 */
class RelationalFilesTest {

    @TempDir
    static Path dir;

    private static final Map<String, RelationalFiles> DATASETS = new ConcurrentHashMap<>();

    /** Every part, seed 42: the CI's every-build check; {@link RelationalSeedsTest} runs more seeds and sizes. */
    static Stream<Arguments> datasets() {
        return Stream.of(Arguments.of(42L, 30L));
    }

    private static RelationalFiles dataset(String config, long seed, long count, Set<Part> parts) {
        return DATASETS.computeIfAbsent(config + "-" + seed + "-" + count + "-" + parts.size(), name ->
                RelationalFiles.generate(config.equals("defaults") ? ConfigLoader.defaults()
                        : TestResources.config(config), seed, count, parts, dir.resolve(name), 2));
    }

    private static RelationalFiles dataset(String config, long seed, long count) {
        return dataset(config, seed, count, Part.all());
    }

    @ParameterizedTest(name = "seed {0}, {1} customers")
    @MethodSource("datasets")
    void everyTableHoldsItsPartsJsonLinesRecords(long seed, long count) {
        assertTablesHoldTheRecords(dataset("defaults", seed, count));
    }

    @ParameterizedTest(name = "seed {0}, {1} customers")
    @MethodSource("datasets")
    void countsKeysForeignKeysAndChecksHoldOverTheFiles(long seed, long count) {
        assertConstraintsHold(dataset("defaults", seed, count));
    }

    @Test
    void attributesOfEveryKindAreRowsWithTheValueInTheColumnOfItsKind() {
        RelationalFiles files = dataset("custom-attributes.yaml", 42, 60, Set.of(Part.CUSTOMERS));
        assertTablesHoldTheRecords(files);
        assertConstraintsHold(files);
        RelationalFiles.CsvTable attributes = files.csv("customer_attributes");
        assertEquals(List.of("customer_id", "attribute_id", "text_value", "integer_value", "number_value",
                "boolean_value", "date_value"), attributes.header());
        Map<String, Set<String>> columnsOf = new TreeMap<>();
        for (List<String> row : attributes.rows()) {
            for (int k = 2; k < row.size(); k++) {
                if (row.get(k) != null) {
                    columnsOf.computeIfAbsent(row.get(1), a -> new HashSet<>()).add(attributes.header().get(k));
                }
            }
        }
        // each attribute always in the one column of its kind, and every kind used by the fixture
        assertEquals(Map.of("cigarettes_per_day", Set.of("integer_value"), "quit_attempts", Set.of("integer_value"),
                "nicotine_product", Set.of("text_value"), "uses_vape", Set.of("boolean_value"),
                "quit_date", Set.of("date_value"), "weekly_spend", Set.of("number_value")),
                columnsOf);
        assertTrue(attributes.rows().size() >= 60 * 5, "rows: " + attributes.rows().size());
    }

    /**
     * The scenarios table leaves out the scenario's {@code user} block: it is its customer's own values, which the
     * customers row and its screenings rows hold.
     */
    @ParameterizedTest(name = "seed {0}, {1} customers")
    @MethodSource("datasets")
    void aScenariosUserIsItsCustomersOwnValues(long seed, long count) {
        RelationalFiles files = dataset("defaults", seed, count);
        Map<String, JsonNode> customers = new HashMap<>();
        files.records("customers").forEach(c -> customers.put(c.get("id").asText(), c));
        for (JsonNode s : files.records("scenarios")) {
            JsonNode user = s.get("user");
            JsonNode c = customers.get(s.get("customer_id").asText());
            JsonNode d = c.get("demographics");
            assertEquals(d.get("first_name").asText() + " " + d.get("last_name").asText(), user.get("name").asText());
            assertEquals(d.get("age"), user.get("age"));
            assertEquals(c.get("persona_type"), user.get("persona_type"));
            assertEquals(c.get("risk_level"), user.get("risk_level"));
            assertEquals(c.get("health_profile").get("screening_history"), user.get("screening_history"));
            assertEquals(5, user.size(), "user: " + user.fieldNames());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesOnOneAndFourThreads() {
        RelationalFiles one = RelationalFiles.generate(ConfigLoader.defaults(), 42, 30, Part.all(),
                dir.resolve("threads-1"), 1);
        RelationalFiles four = RelationalFiles.generate(ConfigLoader.defaults(), 42, 30, Part.all(),
                dir.resolve("threads-4"), 4);
        Map<String, byte[]> a = one.relationalFiles();
        Map<String, byte[]> b = four.relationalFiles();
        assertEquals(17, a.size(), a.keySet().toString());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    /** Every table's rows are what its part's JSON Lines records give, cell for cell. */
    static void assertTablesHoldTheRecords(RelationalFiles files) {
        Map<String, JsonNode> tables = files.tables();
        Map<String, List<JsonNode>> records = new HashMap<>();
        for (JsonNode t : tables.values()) {
            String name = t.get("name").asText();
            List<JsonNode> parts = records.computeIfAbsent(TableRows.part(t), files::records);
            List<List<JsonNode>> expected = TableRows.expected(t, tables, parts);
            RelationalFiles.CsvTable csv = files.csv(name);
            List<String> types = new ArrayList<>();
            t.get("columns").forEach(c -> types.add(c.get("type").asText()));
            assertEquals(expected.size(), csv.rows().size(), name + ": rows");
            for (int r = 0; r < expected.size(); r++) {
                List<String> row = csv.rows().get(r);
                assertEquals(types.size(), row.size(), name + " row " + (r + 1) + ": cells");
                for (int k = 0; k < types.size(); k++) {
                    String why = TableRows.mismatch(types.get(k), row.get(k), expected.get(r).get(k));
                    if (why != null) {
                        fail(files.dir + " " + name + " row " + (r + 1) + " column " + csv.header().get(k) + ": "
                                + why);
                    }
                }
            }
        }
    }

    private static final Pattern IN = Pattern.compile("(\\w+) IN \\((.*)\\)");

    /**
     * Over the files alone: the manifest's row counts, the header, every cell of its column's type and not NULL where
     * the column is NOT NULL, unique primary keys, foreign keys to existing rows, {@code seq} numbering each parent's
     * rows from 1, and every CHECK constraint.
     */
    static void assertConstraintsHold(RelationalFiles files) {
        Map<String, JsonNode> tables = files.tables();
        Map<String, Long> manifestRows = new HashMap<>();
        for (JsonNode f : files.manifest().get("files")) {
            if (f.get("format").asText().equals("relational")) {
                manifestRows.put(f.get("file").asText(), f.get("records").asLong());
                assertEquals(f.get("file").asText(), f.get("part").asText() + ".csv");
            }
        }
        Map<String, Set<List<String>>> keys = new HashMap<>();
        for (JsonNode t : tables.values()) {
            String name = t.get("name").asText();
            RelationalFiles.CsvTable csv = files.csv(name);
            assertEquals(manifestRows.get(t.get("file").asText()), (long) csv.rows().size(), name + ": manifest rows");
            List<JsonNode> columns = new ArrayList<>();
            t.get("columns").forEach(columns::add);
            assertEquals(columns.stream().map(c -> c.get("name").asText()).toList(), csv.header(), name + ": header");
            for (List<String> row : csv.rows()) {
                for (int k = 0; k < columns.size(); k++) {
                    JsonNode c = columns.get(k);
                    String cell = row.get(k);
                    if (cell == null) {
                        assertTrue(c.get("nullable").asBoolean(), name + "." + c.get("name").asText() + " is NULL");
                    } else {
                        assertNull(TableRows.unparsable(c.get("type").asText(), cell),
                                name + "." + c.get("name").asText() + ": " + cell);
                    }
                }
            }
            // primary key
            List<Integer> pk = indices(csv.header(), t.get("primary_key"));
            Set<List<String>> seen = new HashSet<>();
            for (List<String> row : csv.rows()) {
                List<String> key = pick(row, pk);
                assertTrue(seen.add(key), name + ": primary key " + key + " twice");
            }
            keys.put(name, seen);
            // foreign keys, to tables earlier in the order
            for (JsonNode fk : t.get("foreign_keys")) {
                String to = fk.get("table").asText();
                assertNotNull(keys.get(to), name + " refers to " + to + ", which is not before it");
                assertEquals(tables.get(to).get("primary_key"), fk.get("referenced_columns"));
                List<Integer> cols = indices(csv.header(), fk.get("columns"));
                for (List<String> row : csv.rows()) {
                    List<String> ref = pick(row, cols);
                    if (ref.contains(null)) {
                        continue;
                    }
                    assertTrue(keys.get(to).contains(ref), name + " " + ref + " refers to no row of " + to);
                }
            }
            // seq numbers each parent's rows 1, 2, ... in file order
            int seq = csv.header().indexOf("seq");
            if (seq >= 0) {
                Map<String, Integer> last = new HashMap<>();
                for (List<String> row : csv.rows()) {
                    int expected = last.merge(row.get(0), 1, Integer::sum);
                    assertEquals(String.valueOf(expected), row.get(seq), name + " " + row.get(0));
                }
            }
            for (JsonNode check : t.get("checks")) {
                assertCheck(name, check.get("name").asText(), check.get("expression").asText(), csv);
            }
        }
        assertEquals(manifestRows.keySet(), Set.copyOf(tables.values().stream().map(t -> t.get("file").asText())
                .toList()), "the manifest lists the tables' files");
    }

    /** A CHECK constraint, evaluated in Java: one of the forms the format writes, or the test fails to be extended. */
    private static void assertCheck(String table, String name, String expression, RelationalFiles.CsvTable csv) {
        Matcher in = IN.matcher(expression);
        if (in.matches()) {
            int k = csv.header().indexOf(in.group(1));
            Set<String> allowed = new HashSet<>();
            for (String v : in.group(2).split(", ")) {
                assertTrue(v.startsWith("'") && v.endsWith("'"), expression);
                allowed.add(v.substring(1, v.length() - 1).replace("''", "'"));
            }
            for (List<String> row : csv.rows()) {
                // SQL: a CHECK holds on NULL
                assertTrue(row.get(k) == null || allowed.contains(row.get(k)), name + ": " + row.get(k));
            }
        } else if (expression.equals("seq >= 1")) {
            int k = csv.header().indexOf("seq");
            csv.rows().forEach(row -> assertTrue(Integer.parseInt(row.get(k)) >= 1, name));
        } else if (expression.equals("risk_score BETWEEN 0 AND 100")) {
            int k = csv.header().indexOf("risk_score");
            csv.rows().forEach(row -> {
                int v = Integer.parseInt(row.get(k));
                assertTrue(v >= 0 && v <= 100, name + ": " + v);
            });
        } else if (name.equals("customer_attributes_one_value_check")) {
            for (List<String> row : csv.rows()) {
                assertEquals(1, row.subList(2, row.size()).stream().filter(java.util.Objects::nonNull).count(),
                        name + ": " + row);
            }
        } else {
            fail(table + ": no evaluation of the check " + name + " (" + expression + "): add one here");
        }
    }

    private static List<Integer> indices(List<String> header, JsonNode names) {
        List<Integer> out = new ArrayList<>();
        names.forEach(n -> {
            int k = header.indexOf(n.asText());
            assertFalse(k < 0, "no column " + n);
            out.add(k);
        });
        return out;
    }

    private static List<String> pick(List<String> row, List<Integer> columns) {
        List<String> out = new ArrayList<>(columns.size());
        columns.forEach(k -> out.add(row.get(k)));
        return out;
    }

    /** Rows per table of a dataset, for the report. */
    static Map<String, Integer> rowsPerTable(RelationalFiles files) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        files.tables().keySet().forEach(t -> rows.put(t, files.csv(t).rows().size()));
        return rows;
    }
}
