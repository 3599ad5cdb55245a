package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.Nullable;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Generates the JSON Schema of each {@link DatasetSchema} from the record type Jackson writes, with
 * victools' generator and its Jackson module. The shipped schemas are this class's output: {@code
 * JsonSchemasTest} fails when they differ and rewrites them with {@code -Dschema.update=true}.
 *
 * <p>What the generator is told, because Jackson's runtime configuration is invisible to it: names are
 * snake_case unless the record says otherwise ({@code @JsonNaming}); doubles are numbers, dates ISO dates;
 * every property is present, and only components marked {@link Nullable} may be null: written as {@code
 * null}, or left out where the record or component is {@code @JsonInclude(NON_NULL)}; no other properties
 * are allowed; properties are listed in the order Jackson writes them.
 */
final class JsonSchemaSource {

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(config());

    private JsonSchemaSource() {
    }

    /** The record type each schema describes. */
    static Class<?> recordType(DatasetSchema schema) {
        return switch (schema) {
            case CUSTOMERS, BOUNDARY_CASES -> CustomerProfile.class;
            case SCENARIOS -> TestScenario.class;
            case ENGAGEMENT_STEPS -> EngagementStep.class;
            case EVENTS -> EngagementEvent.class;
            case MANIFEST -> Manifest.class;
            case QUALITY -> QualityReport.class;
            case ANALYSIS -> Analysis.class;
        };
    }

    /** The schema's bytes as shipped: pretty JSON with the dataset files' conventions and a final newline. */
    static byte[] generate(DatasetSchema schema) {
        ObjectNode root = GENERATOR.generateSchema(recordType(schema));
        ObjectNode ordered = root.objectNode();
        ordered.put("$schema", root.get("$schema").asText());
        ordered.put("$id", schema.id());
        ordered.put("title", schema.title());
        ordered.put("description", schema.description());
        root.properties().forEach(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        try {
            return (JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(ordered) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON);
        builder.with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
                JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                JacksonOption.INCLUDE_ONLY_JSONPROPERTY_ANNOTATED_METHODS));
        builder.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                Option.STANDARD_FORMATS, Option.PLAIN_DEFINITION_KEYS);
        builder.without(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT);
        builder.forFields()
                .withPropertyNameOverrideResolver(JsonSchemaSource::jsonName)
                .withNullableCheck(field -> isNullable(field))
                .withRequiredCheck(field -> !omitted(field));
        builder.forMethods()
                .withPropertyNameOverrideResolver(method -> {
                    JsonProperty property = method.getAnnotation(JsonProperty.class);
                    return property == null || property.value().isEmpty() ? null : property.value();
                })
                .withNullableCheck(method -> isNullable(method))
                .withRequiredCheck(method -> !omitted(method));
        builder.forTypesInGeneral().withPropertySorter(JsonSchemaSource::jacksonOrder);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> type.isInstanceOf(Map.class)
                ? new CustomDefinition(scalarMap(context), CustomDefinition.DefinitionType.INLINE,
                        CustomDefinition.AttributeInclusion.NO)
                : null);
        builder.forTypesInGeneral().withTitleResolver(scope -> scope.getType().getErasedType().isRecord()
                ? scope.getType().getErasedType().getSimpleName() : null);
        return builder.build();
    }

    /**
     * The one map the records hold, an event's {@code properties}: an object of any keys (the vocabulary is
     * configuration) whose values are strings, whole numbers, decimals or booleans, never null or nested.
     */
    private static ObjectNode scalarMap(SchemaGenerationContext context) {
        ObjectNode map = context.getGeneratorConfig().createObjectNode();
        map.put("type", "object");
        ArrayNode types = map.putObject("additionalProperties").putArray("type");
        types.add("string").add("integer").add("number").add("boolean");
        return map;
    }

    /**
     * The order Jackson writes: {@code @JsonPropertyOrder} where the record has one, else its components in
     * declaration order, then annotated methods.
     */
    private static int jacksonOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        return Integer.compare(position(a), position(b));
    }

    private static int position(MemberScope<?, ?> member) {
        Class<?> type = member.getDeclaringType().getErasedType();
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            int at = Arrays.asList(order.value()).indexOf(member.getSchemaPropertyName());
            if (at >= 0) {
                return at;
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components != null && member instanceof FieldScope) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Jackson's global snake_case, or the record's own {@code @JsonNaming} (camelCase engagement records). */
    private static String jsonName(FieldScope field) {
        if (field.getAnnotationConsideringFieldAndGetter(JsonProperty.class)
                != null) {
            return null;
        }
        JsonNaming naming = field.getDeclaringType().getErasedType().getAnnotation(JsonNaming.class);
        if (naming != null) {
            return null;
        }
        return new PropertyNamingStrategies.SnakeCaseStrategy().translate(field.getDeclaredName());
    }

    /** Written as {@code null}: marked {@link Nullable} and not left out when null. */
    private static boolean isNullable(MemberScope<?, ?> member) {
        return mayBeNull(member) && !omittedWhenNull(member);
    }

    /**
     * Left out when null: marked {@link Nullable} on a record or component Jackson writes {@code NON_NULL}; or left out
     * when empty: a component Jackson writes {@code NON_EMPTY} (such as the manifest's {@code derived}).
     */
    private static boolean omitted(MemberScope<?, ?> member) {
        JsonInclude own = member.getAnnotationConsideringFieldAndGetterIfSupported(JsonInclude.class);
        return (mayBeNull(member) && omittedWhenNull(member))
                || (own != null && own.value() == JsonInclude.Include.NON_EMPTY);
    }

    private static boolean mayBeNull(MemberScope<?, ?> member) {
        return !member.getType().getErasedType().isPrimitive()
                && member.getAnnotationConsideringFieldAndGetterIfSupported(Nullable.class) != null;
    }

    private static boolean omittedWhenNull(MemberScope<?, ?> member) {
        JsonInclude own = member.getAnnotationConsideringFieldAndGetterIfSupported(JsonInclude.class);
        JsonInclude type = member.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class);
        JsonInclude include = own != null ? own : type;
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    static JsonNode parse(byte[] bytes) throws IOException {
        return JsonMappers.data().readTree(bytes);
    }
}
