package io.github.syntheticcustomers.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.TimeZone;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place Jackson is configured. Everything written is independent of the JVM's defaults:
 * snake_case names (engagement records opt into camelCase), ISO dates, numbers in fixed decimal text
 * ({@link Decimals#format}), LF line ends, no locale or time zone. Parsers carry explicit limits so a
 * hostile file fails fast instead of exhausting memory or stack.
 */
public final class JsonMappers {

    /** Deepest nesting accepted in any input file. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted in any input file (characters). */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Largest configuration file accepted (characters). */
    public static final int MAX_CONFIG_CHARS = 512 * 1024;
    /** YAML aliases accepted per collection (stops "billion laughs"). */
    public static final int MAX_YAML_ALIASES = 20;

    private static final ObjectMapper DATA = configure(JsonMapper.builder(jsonFactory(dataReadConstraints())).build());

    private JsonMappers() {
    }

    /** The mapper for dataset records and manifests. Thread-safe; do not reconfigure. */
    public static ObjectMapper data() {
        return DATA;
    }

    /** A mapper for configuration files in JSON, with duplicate-key detection and input limits. */
    public static ObjectMapper configJson() {
        JsonFactory factory = jsonFactory(readConstraints());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return configure(JsonMapper.builder(factory).build());
    }

    /** A mapper for configuration files in YAML, with duplicate-key detection and input limits. */
    public static ObjectMapper configYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CONFIG_CHARS);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(readConstraints())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return configure(new YAMLMapper(factory));
    }

    /** The pretty printer of every {@code .json} file: two-space indent, LF, {@code "key" : value}. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static JsonFactory jsonFactory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static StreamReadConstraints readConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(100)
                .build();
    }

    /** Limits for reading dataset files: records hold long narratives and arrays, never huge strings. */
    private static StreamReadConstraints dataReadConstraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(1_000_000).build();
    }

    private static <M extends ObjectMapper> M configure(M mapper) {
        SimpleModule module = new SimpleModule("synthetic-customers");
        module.addSerializer(Double.class, new FixedDecimalSerializer());
        module.addSerializer(double.class, new FixedDecimalSerializer());
        module.addSerializer(LocalDate.class, new ToStringSerializer<>());
        module.addDeserializer(LocalDate.class, new LocalDateDeserializer());
        module.addSerializer(Instant.class, new InstantSerializer());
        module.addDeserializer(Instant.class, new InstantDeserializer());
        mapper.registerModule(module);
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.setLocale(Locale.ROOT);
        mapper.setTimeZone(TimeZone.getTimeZone("UTC"));
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // 35.7 for a whole-number field is an error, not 35
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }

    /** Writes doubles as plain fixed-decimal text; see {@link Decimals#format}. */
    private static final class FixedDecimalSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(Decimals.format(value));
        }
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    private static final class LocalDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                        "not an ISO date (yyyy-MM-dd)");
            }
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                        "not an ISO instant (yyyy-MM-ddTHH:mm:ssZ)");
            }
        }
    }
}
