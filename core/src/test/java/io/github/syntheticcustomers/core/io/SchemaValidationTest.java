package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON file a dataset directory holds validates against the schema written beside it, with networknt's
 * validator (draft 2020-12, formats asserted): every element of each {@code .json} array and every line of each
 * {@code .jsonl} file (the events included), the manifest, {@code quality.json} and {@code analysis.json}, for
 * several seeds and configurations (seed 42 of the defaults and both examples in the main run, two more seeds of the
 * defaults in the long tests); every object's properties come in the schema's order. The schemas are strict: a record
 * with a property too many, one missing, a wrong type or a null where none is allowed is refused.
 */
class SchemaValidationTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    @TempDir
    Path dir;

    static Stream<Arguments> datasets() {
        Path examples = Path.of(System.getProperty("basedir", ".")).resolve("../examples");
        GeneratorConfig custom = ConfigLoader.load(examples.resolve("custom-journey/src/test/synthetic/programme.yaml"));
        GeneratorConfig javaApi = ConfigLoader.load(examples.resolve("java-api/src/main/synthetic/personas.yaml"));
        return Stream.of(Arguments.of("defaults", DEFAULTS, 42L), Arguments.of("custom-journey", custom, 3L),
                Arguments.of("java-api", javaApi, 11L));
    }

    /** The defaults for two more seeds: the same schemas and files as seed 42, other records. */
    static Stream<Arguments> otherSeeds() {
        return Stream.of(Arguments.of("defaults", DEFAULTS, 7L), Arguments.of("defaults", DEFAULTS, 1234L));
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("datasets")
    void everyFileOfEveryJsonFormatValidatesAgainstTheSchemaWrittenBesideIt(String name, GeneratorConfig config,
            long seed) throws IOException {
        assertEveryFileValidates(config, seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("otherSeeds")
    void everyFileOfEveryJsonFormatValidatesForOtherSeeds(String name, GeneratorConfig config, long seed)
            throws IOException {
        assertEveryFileValidates(config, seed);
    }

    private void assertEveryFileValidates(GeneratorConfig config, long seed) throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(config, seed, 300, Format.parseList("f", "json,jsonl,csv"),
                dir, 2, null, java.util.EnumSet.allOf(Part.class)));
        ReportFiles.report(dir, config);
        Map<DatasetSchema, Schema> schemas = new EnumMap<>(DatasetSchema.class);
        for (DatasetSchema s : DatasetSchema.values()) {
            byte[] written = Files.readAllBytes(dir.resolve(s.fileName()));
            assertArrayEquals(s.bytes(), written, s.fileName() + " beside the dataset");
            schemas.put(s, REGISTRY.getSchema(new String(written, StandardCharsets.UTF_8), InputFormat.JSON));
        }
        long validated = 0;
        for (DatasetSchema s : List.of(DatasetSchema.CUSTOMERS, DatasetSchema.SCENARIOS,
                DatasetSchema.ENGAGEMENT_STEPS, DatasetSchema.EVENTS, DatasetSchema.BOUNDARY_CASES)) {
            String part = s.fileName().substring(0, s.fileName().indexOf('.'));
            JsonNode array = JSON.readTree(dir.resolve(part + ".json").toFile());
            int i = 0;
            for (JsonNode element : array) {
                validated += assertValid(schemas.get(s), s, element, part + ".json[" + i++ + "]");
            }
            int line = 0;
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(part + ".jsonl"), StandardCharsets.UTF_8)) {
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    line++;
                    validated += assertValid(schemas.get(s), s, JSON.readTree(text), part + ".jsonl:" + line);
                }
            }
            assertEquals(i, line, part + ": as many lines as array elements");
            assertTrue(line > 0, part + " has records");
        }
        for (DatasetSchema s : List.of(DatasetSchema.MANIFEST, DatasetSchema.QUALITY, DatasetSchema.ANALYSIS)) {
            String file = s.fileName().replace(".schema", "");
            validated += assertValid(schemas.get(s), s, JSON.readTree(dir.resolve(file).toFile()), file);
        }
        assertTrue(validated > 900, validated + " documents validated");
    }

    @Test
    void theSchemasRefuseWhatTheRecordsNeverHold() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 42, 20, Format.parseList("f", "jsonl"), dir, 1));
        Schema customers = REGISTRY.getSchema(new String(DatasetSchema.CUSTOMERS.bytes(), StandardCharsets.UTF_8),
                InputFormat.JSON);
        String line = Files.readAllLines(dir.resolve("customers.jsonl"), StandardCharsets.UTF_8).get(0);
        assertTrue(errors(customers, JSON.readTree(line)).isEmpty());

        ObjectNode extra = (ObjectNode) JSON.readTree(line);
        extra.put("nickname", "Bo");
        assertRefused(customers, extra, "nickname");
        ObjectNode missing = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) missing.get("demographics")).remove("email");
        assertRefused(customers, missing, "email");
        ObjectNode wrongType = (ObjectNode) JSON.readTree(line);
        wrongType.put("risk_score", "high");
        assertRefused(customers, wrongType, "risk_score");
        ObjectNode nullName = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) nullName.get("demographics")).putNull("first_name");
        assertRefused(customers, nullName, "first_name");
        ObjectNode badDate = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) badDate.get("demographics")).put("date_of_birth", "1980-02-30");
        assertRefused(customers, badDate, "date_of_birth");
    }

    @Test
    void theEventSchemaTakesPropertiesOfScalarValuesOnly() {
        Schema events = REGISTRY.getSchema(new String(DatasetSchema.EVENTS.bytes(), StandardCharsets.UTF_8),
                InputFormat.JSON);
        String line = "{\"event_id\":\"evt-000001-000001\",\"customer_id\":\"cus-000001\",\"session_id\":null,"
                + "\"timestamp\":\"2025-11-03T18:12:09Z\",\"time_zone\":\"America/Chicago\",\"type\":\"x\","
                + "\"properties\":{\"a\":1,\"b\":2.5,\"c\":true,\"d\":\"text\"}}";
        assertTrue(errors(events, JSON.readTree(line)).isEmpty(), errors(events, JSON.readTree(line)).toString());
        ObjectNode nested = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) nested.get("properties")).putObject("e");
        assertRefused(events, nested, "e");
        ObjectNode nullValue = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) nullValue.get("properties")).putNull("f");
        assertRefused(events, nullValue, "f");
        ObjectNode noTime = (ObjectNode) JSON.readTree(line);
        noTime.put("timestamp", "yesterday");
        assertRefused(events, noTime, "timestamp");
        ObjectNode extra = (ObjectNode) JSON.readTree(line);
        extra.put("where", "home");
        assertRefused(events, extra, "where");
    }

    private static void assertRefused(Schema schema, JsonNode record, String property) {
        List<Error> errors = errors(schema, record);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(property)),
                "refused naming " + property + ": " + errors);
    }

    private static long assertValid(Schema schema, DatasetSchema which, JsonNode document, String where) {
        List<Error> errors = errors(schema, document);
        assertTrue(errors.isEmpty(), where + " against " + which.fileName() + ": " + errors);
        List<String> misordered = new ArrayList<>();
        checkOrder(root(which), document, "$", misordered);
        assertTrue(misordered.isEmpty(), where + ": properties out of the schema's order: " + misordered);
        return 1;
    }

    private static List<Error> errors(Schema schema, JsonNode document) {
        return schema.validate(document);
    }

    private static final Map<DatasetSchema, JsonNode> ROOTS = new EnumMap<>(DatasetSchema.class);

    private static synchronized JsonNode root(DatasetSchema which) {
        return ROOTS.computeIfAbsent(which, s -> JSON.readTree(s.bytes()));
    }

    /** Each object's property names are in the order its schema lists them (the order Jackson writes). */
    private static void checkOrder(JsonNode schemaRoot, JsonNode data, String path, List<String> misordered) {
        checkOrder(schemaRoot, schemaRoot, data, path, misordered);
    }

    private static void checkOrder(JsonNode schemaRoot, JsonNode schema, JsonNode data, String path,
            List<String> misordered) {
        JsonNode resolved = resolve(schemaRoot, schema);
        if (data.isObject() && resolved.has("properties")) {
            List<String> order = new ArrayList<>(resolved.get("properties").propertyNames());
            int last = -1;
            for (String field : data.propertyNames()) {
                int at = order.indexOf(field);
                if (at < last) {
                    misordered.add(path + "." + field);
                }
                last = Math.max(last, at);
                checkOrder(schemaRoot, resolved.get("properties").get(field), data.get(field), path + "." + field,
                        misordered);
            }
        } else if (data.isArray() && resolved.has("items")) {
            Iterator<JsonNode> items = data.iterator();
            for (int i = 0; items.hasNext(); i++) {
                checkOrder(schemaRoot, resolved.get("items"), items.next(), path + "[" + i + "]", misordered);
            }
        }
    }

    private static JsonNode resolve(JsonNode schemaRoot, JsonNode schema) {
        JsonNode node = schema;
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                if (option.has("$ref") || option.has("properties")) {
                    node = option;
                }
            }
        }
        while (node.has("$ref")) {
            String ref = node.get("$ref").asString();
            node = schemaRoot.get("$defs").get(ref.substring("#/$defs/".length()));
        }
        return node;
    }
}
