package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration schema and the configuration reference are generated from the definitions the parser and the
 * validators use ({@link ConfigSchemaSource}, {@link ConfigReferenceSource}), and agree with them: every file the
 * loader accepts validates against the schema, every structurally wrong file the validator refuses the schema refuses
 * too, and every property Jackson accepts is in the schema with a description. After a change of the configuration
 * records, run {@code ./mvnw -pl core test -Dtest=ConfigSchemaTest -Dconfig.schema.update=true} and review the diff.
 */
class ConfigSchemaTest {

    private static final boolean UPDATE = Boolean.getBoolean("config.schema.update");
    private static final Path REFERENCE = Path.of("../guide/src/site/markdown/configuration-reference.md");
    private static final String SCHEMA_RESOURCE = "configuration.schema.json";
    private static final ObjectMapper YAML = JsonMappers.configYaml();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    /** The schema as shipped in the jar, read as a user's editor would. */
    private static String shipped() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertTrue(in != null, "the jar ships " + SCHEMA_RESOURCE + " beside defaults.yaml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Schema schema() throws IOException {
        return REGISTRY.getSchema(shipped(), InputFormat.JSON);
    }

    @Test
    void theShippedSchemaIsTheOneGeneratedFromTheConfigurationRecords() throws IOException {
        String generated = ConfigSchemaSource.generate();
        if (UPDATE) {
            Files.writeString(ConfigSchemaSource.SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(ConfigSchemaSource.SHIPPED, StandardCharsets.UTF_8),
                "configuration.schema.json differs from the records: run with -Dconfig.schema.update=true and review");
        assertEquals(generated, shipped(), "the resource on the class path is stale: rebuild core");
        JsonNode schema = JsonMappers.data().readTree(generated);
        assertEquals(ConfigSchemaSource.ID, schema.path("$id").asText());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertTrue(schema.path("description").asText().contains("merged over the built-in defaults"),
                "the schema says that it describes a file merged over the defaults");
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(
                "https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(shipped(), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theReferencePageIsTheOneGeneratedFromTheSchema() throws IOException {
        String generated = ConfigReferenceSource.generate(JsonMappers.data().readTree(shipped()));
        if (UPDATE) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(REFERENCE, StandardCharsets.UTF_8),
                "configuration-reference.md differs from the schema: run with -Dconfig.schema.update=true and review");
        assertTrue(generated.startsWith("# Configuration reference\n"));
        assertTrue(generated.contains("# yaml-language-server: $schema=" + ConfigSchemaSource.ID));
    }

    @Test
    void everyPropertyTheParserAcceptsIsInTheSchemaWithADescription() throws IOException {
        JsonNode schema = JsonMappers.data().readTree(shipped());
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        walk(YAML.constructType(GeneratorConfig.class), schema, schema, "", problems, seen);
        assertEquals(List.of(), problems);
        // the walk reached every kind of record a file can hold, not only the top
        assertTrue(seen.contains(ScenarioConfig.Eligibility.class) && seen.contains(JourneyConfig.Step.class)
                && seen.contains(CohortConfig.AttributeTest.class) && seen.size() > 80, "records walked: " + seen.size());
    }

    /**
     * Checks the properties Jackson deserializes for {@code type} against the schema's object at {@code node}: the same
     * names (beside the merge's {@code remove} and {@code after}), each with a description, no others allowed.
     */
    private final Set<JsonNode> checked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void walk(JavaType type, JsonNode node, JsonNode root, String at, List<String> problems,
            Set<Class<?>> seen) {
        if (type.isContainerType()) {
            JavaType content = type.getContentType();
            for (JsonNode object : objects(node, root)) {
                JsonNode inner = type.isMapLikeType() ? object.path("additionalProperties") : object.path("items");
                if (!inner.isMissingNode()) {
                    walk(content, inner, root, at + "/*", problems, seen);
                }
            }
            return;
        }
        Class<?> raw = type.getRawClass();
        if (!raw.isRecord()) {
            return;
        }
        List<JsonNode> objects = objects(node, root).stream().filter(o -> o.has("properties")).toList();
        if (objects.isEmpty()) {
            problems.add(at + ": no object schema for " + raw.getName());
            return;
        }
        seen.add(raw);
        // each object schema once: a definition is shared by every place that references it, and may hold itself
        objects = objects.stream().filter(o -> checked.add(o)).toList();
        BeanDescription bean = YAML.getDeserializationConfig().introspect(type);
        for (JsonNode object : objects) {
            Set<String> accepted = new HashSet<>();
            for (BeanPropertyDefinition p : bean.findProperties()) {
                if (!p.couldDeserialize()) {
                    continue;
                }
                accepted.add(p.getName());
                JsonNode property = object.path("properties").path(p.getName());
                if (property.isMissingNode()) {
                    problems.add(at + ": " + p.getName() + " (" + raw.getSimpleName() + ") is not in the schema");
                    continue;
                }
                if (property.path("description").asText().isBlank()) {
                    problems.add(at + "/" + p.getName() + ": no description");
                }
                walk(p.getPrimaryType(), property, root, at + "/" + p.getName(), problems, seen);
            }
            object.path("properties").fieldNames().forEachRemaining(name -> {
                if (!accepted.contains(name) && !name.equals("remove") && !name.equals("after")) {
                    problems.add(at + ": the schema has " + name + ", which the parser does not accept");
                }
            });
            if (object.path("additionalProperties").asBoolean(true)) {
                problems.add(at + ": " + raw.getSimpleName() + " allows other properties, which the parser refuses");
            }
        }
    }

    /** The object schemas {@code node} stands for: itself, its {@code $ref}'s target and its alternatives'. */
    private static List<JsonNode> objects(JsonNode node, JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        if (node.has("$ref")) {
            found.addAll(objects(root.at(node.get("$ref").asText().substring(1)), root));
        }
        for (JsonNode alternative : node.path("anyOf")) {
            found.addAll(objects(alternative, root));
        }
        if (node.has("properties") || node.has("items") || node.has("additionalProperties")) {
            found.add(node);
        }
        return found;
    }

    /** Every configuration file of the repository: examples, plugin ITs, test resources of every module. */
    static Stream<Path> repositoryConfigurations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("../examples", "../it/src/it", "src/test/resources", "../junit-extension/src/test",
                "../cli/src/test", "../spark/src/test", "../plugin/src/test")) {
            Path root = Path.of(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("node_modules"))
                            .sorted().forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    @Test
    void theDefaultsAndEveryConfigurationTheLoaderAcceptsValidate() throws IOException {
        Schema schema = schema();
        List<String> problems = new ArrayList<>();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("defaults.yaml")) {
            JsonNode defaults = YAML.readTree(in);
            errors(schema, defaults).forEach(e -> problems.add("defaults.yaml: " + e));
        }
        int accepted = 0;
        List<Path> files = repositoryConfigurations().toList();
        for (Path file : files) {
            try {
                ConfigLoader.load(file);
            } catch (ConfigException e) {
                continue; // a file of errors on purpose: the invalid corpus below is the schema's
            }
            accepted++;
            JsonNode tree = readTree(file);
            errors(schema, tree).forEach(e -> problems.add(file + ": " + e));
        }
        assertEquals(List.of(), problems);
        assertTrue(accepted >= 20, "valid configurations found: " + accepted + " of " + files.size());
    }

    /** The schema's errors for {@code document}, handed over as JSON text (the validator has its own Jackson). */
    private static List<Error> errors(Schema schema, JsonNode document) throws IOException {
        return schema.validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON);
    }

    private static JsonNode readTree(Path file) throws IOException {
        return YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Configurations the validator refuses for a structural reason, each of which the schema refuses too: an unknown
     * property, a wrong type, a value outside a range of the validators, an unknown value of a closed set, a merge
     * construct written wrong.
     */
    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("unknown top-level property", "colour: blue\n"),
                Arguments.of("unknown persona property",
                        "personas:\n  health_aware_avoider:\n    colour: blue\n"),
                Arguments.of("unknown property in a merged list entry",
                        "risk:\n  factors:\n    - { id: hypertension, colour: blue }\n"),
                Arguments.of("string for a number", "personas:\n  health_aware_avoider:\n    share: lots\n"),
                Arguments.of("decimal for a whole number",
                        "personas:\n  health_aware_avoider:\n    age: { min: 25.5, max: 45 }\n"),
                Arguments.of("mapping for a list", "platform_features: { a: b }\n"),
                Arguments.of("number for a date", "reference_date: 20260101\n"),
                Arguments.of("reference date before the range", "reference_date: \""
                        + Limits.MIN_REFERENCE_DATE.minusDays(1) + "\"\n"),
                Arguments.of("reference date after the range", "reference_date: \""
                        + Limits.MAX_REFERENCE_DATE.plusDays(1) + "\"\n"),
                Arguments.of("trait above its range",
                        "personas:\n  health_aware_avoider:\n    traits: { health_anxiety: 1.5 }\n"),
                Arguments.of("age above its range",
                        "personas:\n  health_aware_avoider:\n    age: { min: 25, max: " + (ConfigValidator.MAX_AGE + 1)
                                + " }\n"),
                Arguments.of("risk factor points above the range", "risk:\n  factors:\n    - { id: hypertension, points: "
                        + (RiskConfigValidator.MAX_POINTS + 1) + " }\n"),
                Arguments.of("negative scenario weight", "scenarios:\n  types:\n    lapsed_user: { weight: -1 }\n"),
                Arguments.of("persona id that is not an id",
                        "personas:\n  health_aware_avoider: null\n  Health-Seekers:\n    name: H\n    share: 30\n"),
                Arguments.of("unknown life event impact",
                        "life_events:\n  types:\n    - { id: new_job, impact: good }\n"),
                Arguments.of("unknown risk factor kind", "risk:\n  factors:\n    - { id: hypertension, kind: mood }\n"),
                Arguments.of("unknown attribute type",
                        "attributes:\n  - { id: favourite, type: colour, values: { a: 1 } }\n"),
                Arguments.of("unknown eligibility condition",
                        "scenarios:\n  types:\n    lapsed_user: { eligible: { is: sunny } }\n"),
                Arguments.of("unknown occupation education level",
                        "occupations:\n  nurse: { education: [ wizardry ] }\n"),
                Arguments.of("unknown trait in a completion adjustment",
                        "journey:\n  completion:\n    traits: { charm: 0.1 }\n"),
                Arguments.of("merged entry without an id", "attributes:\n  - { type: boolean, probability: 0.5 }\n"),
                Arguments.of("merged entry whose id is null", "risk:\n  factors:\n    - { id: null, points: 3 }\n"),
                Arguments.of("remove that is not true or false",
                        "risk:\n  factors:\n    - { id: hypertension, remove: please }\n"),
                Arguments.of("replace beside another key",
                        "risk:\n  factors:\n    replace: []\n    also: 1\n"),
                Arguments.of("screening that is neither a mapping nor none", "timeline:\n  screening: sometimes\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void aConfigurationTheValidatorRefusesForItsStructureTheSchemaRefusesToo(String what, String yaml)
            throws IOException {
        assertThrows(ConfigException.class, () -> ConfigLoader.load("invalid.yaml", yaml), what);
        List<Error> errors = errors(schema(), YAML.readTree(yaml));
        assertFalse(errors.isEmpty(), what + ": the schema accepts what the validator refuses");
    }

    @Test
    void theEditorsSchemaLineIsACommentTheLoaderIgnores() throws IOException {
        String line = "# yaml-language-server: $schema=" + ConfigSchemaSource.ID + "\n";
        GeneratorConfig config = ConfigLoader.load("with-schema-line.yaml", line + "reference_date: \"2030-06-01\"\n");
        assertEquals(LocalDate.of(2030, 6, 1), config.referenceDate());
        assertTrue(errors(schema(), YAML.readTree(line + "reference_date: \"2030-06-01\"\n")).isEmpty());
        // the examples carry the line, and still load
        List<Path> examples = repositoryConfigurations().filter(p -> p.startsWith(Path.of("../examples"))).toList();
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            assertTrue(Files.readString(example, StandardCharsets.UTF_8).startsWith(line), example + " starts with it");
            ConfigLoader.load(example);
        }
    }
}
