package io.github.syntheticcustomers.core.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetSchema;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relational format's schema (issue 32 item 1): every leaf property of the JSON records is held by exactly one
 * column (or a nested table), so a field added to a record can never be dropped silently; the description agrees with
 * the DDL of both dialects, which differ in type names only, and with the load script; only the written parts' tables
 * are written, and the format without the customers is refused.
 */
class RelationalSchemaTest {

    /**
     * What the format leaves out on purpose, by part: a customer's boundary case tag (boundary cases are not records
     * of the dataset, and the format holds the dataset's parts only) and a scenario's {@code user} block (its
     * customer's own values, held once by the customers row and its screenings rows:
     * RelationalFilesTest#aScenariosUserIsItsCustomersOwnValues).
     */
    private static final Map<String, List<String>> LEFT_OUT = Map.of(
            "customers", List.of("boundary_case"),
            "scenarios", List.of("user"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordParts")
    void everyLeafPropertyOfTheRecordsIsHeldByExactlyOneColumn(Part part) {
        List<String> leaves = new ArrayList<>();
        JsonNode schema = RelationalFiles.json(new String(DatasetSchema.ofFile(part.id() + ".schema.json").bytes(),
                StandardCharsets.UTF_8));
        leaves(schema, schema, "", leaves);
        List<String> leftOut = LEFT_OUT.getOrDefault(part.id(), List.of());
        // each column's JSON path, and whether it is a JSON column (which holds all that is under it)
        Map<String, Boolean> columns = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            if (t.part() != part) {
                continue;
            }
            for (Column c : t.columns()) {
                String source = c.source();
                if (TableRows.PATH.matcher(source).matches()) {
                    assertFalse(columns.containsKey(source), source + " is held twice");
                    columns.put(source, c.type() == SqlType.JSON);
                } else if (source.startsWith("attributes.<id>")) {
                    // customer_attributes: a row per entry of the attributes map, its value in one of five columns
                    columns.putIfAbsent("attributes", true);
                }
            }
        }
        Map<String, List<String>> holders = new TreeMap<>();
        for (String leaf : leaves) {
            if (leftOut.stream().anyMatch(l -> leaf.equals(l) || leaf.startsWith(l + ".") || leaf.startsWith(l + "["))) {
                continue;
            }
            List<String> by = new ArrayList<>();
            columns.forEach((source, json) -> {
                if (source.equals(leaf) || (json && (leaf.startsWith(source + ".") || leaf.startsWith(source + "[")))) {
                    by.add(source);
                }
            });
            holders.put(leaf, by);
        }
        holders.forEach((leaf, by) -> assertEquals(1, by.size(), part.id() + ": " + leaf + " is held by " + by));
        // and every column holds a property of the records: none names a property that is not there
        for (String source : columns.keySet()) {
            assertTrue(leaves.stream().anyMatch(l -> l.equals(source) || l.startsWith(source + ".")
                    || l.startsWith(source + "[")), part.id() + ": the column of " + source + " holds no property"
                    + " of the records");
        }
        for (String l : leftOut) {
            assertTrue(leaves.stream().anyMatch(x -> x.startsWith(l)), part.id() + " has no " + l + " to leave out");
        }
    }

    static Stream<Part> recordParts() {
        return Stream.of(Part.CUSTOMERS, Part.SCENARIOS, Part.ENGAGEMENT_STEPS, Part.EVENTS);
    }

    /** The leaf properties of a JSON Schema node: scalars, lists of scalars ({@code a[]}) and maps, by JSON path. */
    private static void leaves(JsonNode root, JsonNode node, String path, List<String> out) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = root.get("$defs").get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (node.has("anyOf")) {
            List<JsonNode> notNull = new ArrayList<>();
            node.get("anyOf").forEach(n -> {
                if (!"null".equals(n.path("type").asText())) {
                    notNull.add(n);
                }
            });
            assertEquals(1, notNull.size(), path + ": " + node);
            node = notNull.get(0);
        }
        String type = node.path("type").isArray() ? node.get("type").get(0).asText() : node.path("type").asText();
        if (type.equals("object") && node.has("properties")) {
            node.get("properties").fields().forEachRemaining(e ->
                    leaves(root, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (type.equals("array")) {
            leaves(root, node.get("items"), path + "[]", out);
        } else {
            out.add(path);
        }
    }

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\(\\n(.*?)\\n\\);\\n",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("  (\\w+) ([A-Z][A-Z ]*?)( NOT NULL)?");
    private static final Pattern PKEY = Pattern.compile("  CONSTRAINT (\\w+)_pkey PRIMARY KEY \\(([\\w, ]+)\\)");
    private static final Pattern FKEY = Pattern.compile(
            "  CONSTRAINT \\w+_fkey FOREIGN KEY \\(([\\w, ]+)\\) REFERENCES (\\w+) \\(([\\w, ]+)\\)");
    private static final Pattern CHECK = Pattern.compile("  CONSTRAINT (\\w+) CHECK \\((.*)\\)");

    @ParameterizedTest(name = "parts {0}")
    @MethodSource("selections")
    void theDescriptionAgreesWithTheDdlOfBothDialectsAndTheLoadScript(Set<Part> parts) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 5, Set.of(Format.RELATIONAL),
                dir, 1).withParts(parts));
        JsonNode description = RelationalFiles.json(dir.resolve(RelationalSchema.DESCRIPTION_FILE));
        assertEquals("relational", description.get("format").asText());
        String postgresql = Files.readString(dir.resolve("relational-postgresql.sql"));
        String portable = Files.readString(dir.resolve("relational-portable.sql"));
        for (Dialect dialect : Dialect.values()) {
            String ddl = dialect == Dialect.POSTGRESQL ? postgresql : portable;
            assertEquals(described(description, dialect), parsed(ddl), dialect.id());
        }
        // the two dialects differ in their type names only
        String converted = postgresql.replace("(postgresql)", "(portable)");
        for (JsonNode t : description.get("tables")) {
            for (JsonNode c : t.get("columns")) {
                converted = converted.replace("\n  " + c.get("name").asText() + " " + c.get("postgresql").asText()
                        + (c.get("nullable").asBoolean() ? ",\n" : " NOT NULL"), "\n  " + c.get("name").asText() + " "
                        + c.get("portable").asText() + (c.get("nullable").asBoolean() ? ",\n" : " NOT NULL"));
            }
        }
        assertEquals(portable, converted);
        // the load script copies every table's file, in the DDL's order, with its columns
        List<String> copies = new ArrayList<>();
        for (JsonNode t : description.get("tables")) {
            List<String> cols = new ArrayList<>();
            t.get("columns").forEach(c -> cols.add(c.get("name").asText()));
            copies.add("\\copy " + t.get("name").asText() + " (" + String.join(", ", cols) + ") FROM '"
                    + t.get("file").asText() + "' WITH (FORMAT csv, HEADER true)");
        }
        List<String> script = Files.readAllLines(dir.resolve(RelationalSchema.LOAD_SCRIPT_FILE));
        assertEquals(copies, script.stream().filter(l -> l.startsWith("\\copy ")).toList());
        assertEquals(List.of("\\set ON_ERROR_STOP on", "BEGIN;", "\\ir relational-postgresql.sql"),
                script.subList(2, 5));
        assertEquals("COMMIT;", script.get(script.size() - 1));
        // the tables written are those of the parts written, and nothing else
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(Table.FILE_PREFIX)).sorted()
                    .forEach(files::add);
        }
        List<String> expected = new ArrayList<>();
        for (Table t : RelationalSchema.all().tables()) {
            if (parts.contains(t.part())) {
                expected.add(t.fileName());
            }
        }
        assertEquals(expected.stream().sorted().toList(), files);
        assertEquals(expected, description.findValuesAsText("file"));
    }

    static Stream<Arguments> selections() {
        return Stream.of(Arguments.of(Part.all()), Arguments.of(Set.of(Part.CUSTOMERS)),
                Arguments.of(Set.of(Part.CUSTOMERS, Part.ENGAGEMENT_STEPS)),
                Arguments.of(Set.of(Part.CUSTOMERS, Part.EVENTS)));
    }

    @Test
    void aForeignKeyToATableNotWrittenIsLeftOut() {
        RelationalSchema steps = RelationalSchema.of(Set.of(Part.CUSTOMERS, Part.ENGAGEMENT_STEPS));
        assertEquals(List.of(new ForeignKey(List.of("customer_id"), "customers", List.of("id"))),
                steps.table("engagement_steps").foreignKeys());
        assertFalse(steps.ddl(Dialect.POSTGRESQL).contains("REFERENCES scenarios"));
        assertEquals(2, RelationalSchema.all().table("engagement_steps").foreignKeys().size());
        assertEquals(List.of("customers", "lifestyle", "conditions", "family_history", "measurements", "screenings",
                "life_events", "customer_attributes", "customer_cohorts", "engagement_steps"),
                steps.tables().stream().map(Table::name).toList());
    }

    @Test
    void relationalWithoutTheCustomersIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> SyntheticDatasets.generate(
                new GenerationRequest(ConfigLoader.defaults(), 42, 5, Set.of(Format.RELATIONAL, Format.JSONL), dir, 1)
                        .withParts(Set.of(Part.SCENARIOS, Part.EVENTS))));
        assertEquals("parts: the relational format needs the customers part: every table refers to the customers"
                + " table (was: events,scenarios; allowed: a list of parts with customers, or leave the format"
                + " relational out)", e.getMessage());
    }

    @Test
    void checkSaysWhatADatasetOfTablesOnlyHoldsAndWhatItReads() {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 5, Set.of(Format.RELATIONAL), dir,
                1));
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> io.github.syntheticcustomers.core.quality.QualityChecks.run(dir, ConfigLoader.defaults()));
        assertEquals("no dataset in " + dir + " holds only 12 relational tables (table-customers.csv and others, for"
                + " databases), which the checks do not read; they read each part's .json or .jsonl file (run the"
                + " generate goal first, with formats json or jsonl)", e.getCause().getMessage());
    }

    @Test
    void theTablesAreInForeignKeyOrder() {
        assertEquals(List.of("customers", "lifestyle", "conditions", "family_history", "measurements", "screenings",
                "life_events", "customer_attributes", "customer_cohorts", "scenarios", "journey_steps",
                "engagement_steps", "events"), RelationalSchema.all().tables().stream().map(Table::name).toList());
    }

    /** The tables of the description as the DDL of {@code dialect} states them. */
    private static Map<String, List<String>> described(JsonNode description, Dialect dialect) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (JsonNode t : description.get("tables")) {
            List<String> lines = new ArrayList<>();
            t.get("columns").forEach(c -> lines.add("column " + c.get("name").asText() + " "
                    + c.get(dialect.id()).asText() + (c.get("nullable").asBoolean() ? "" : " NOT NULL")));
            lines.add("primary key " + join(t.get("primary_key")));
            t.get("foreign_keys").forEach(f -> lines.add("foreign key " + join(f.get("columns")) + " -> "
                    + f.get("table").asText() + " " + join(f.get("referenced_columns"))));
            t.get("checks").forEach(c -> lines.add("check " + c.get("name").asText() + " "
                    + c.get("expression").asText()));
            tables.put(t.get("name").asText(), lines);
        }
        return tables;
    }

    /** The tables of a DDL file, parsed line by line: every line must be one of the forms the format writes. */
    private static Map<String, List<String>> parsed(String ddl) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        Matcher create = CREATE.matcher(ddl);
        StringBuilder covered = new StringBuilder(ddl.substring(0, ddl.indexOf('\n') + 1));
        while (create.find()) {
            covered.append('\n').append(create.group());
            List<String> lines = new ArrayList<>();
            for (String line : create.group(2).split(",\n")) {
                Matcher m;
                if ((m = PKEY.matcher(line)).matches()) {
                    assertEquals(create.group(1), m.group(1));
                    lines.add("primary key " + m.group(2));
                } else if ((m = FKEY.matcher(line)).matches()) {
                    lines.add("foreign key " + m.group(1) + " -> " + m.group(2) + " " + m.group(3));
                } else if ((m = CHECK.matcher(line)).matches()) {
                    lines.add("check " + m.group(1) + " " + m.group(2));
                } else if ((m = COLUMN.matcher(line)).matches()) {
                    lines.add("column " + m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : " NOT NULL"));
                } else {
                    throw new AssertionError("not a line the format writes: " + line);
                }
            }
            tables.put(create.group(1), lines);
        }
        // a comment line, then the statements, each after an empty line, and nothing else
        assertEquals(ddl, covered.toString());
        return tables;
    }

    private static String join(JsonNode names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(n.asText()));
        return String.join(", ", out);
    }
}
