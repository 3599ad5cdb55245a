package io.github.syntheticcustomers.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.io.DatasetSchema;
import io.github.syntheticcustomers.core.io.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of each part, made from the JSON Schema core ships for it ({@link DatasetSchema}), so the rows
 * have exactly the files' shape: every object a struct with the properties in the files' order, arrays, strings,
 * {@code long} for integers, {@code double} for numbers, {@code date} for ISO dates; a field is nullable only where
 * the schema allows {@code null} or leaves it out. Timestamps stay ISO strings, as the files write them, so that no
 * session time zone can change them. An object of free keys (an event's {@code properties}) is a
 * {@code map<string,string>} in the files' key order; a number or boolean value is its JSON text ({@code "3"},
 * {@code "true"}).
 */
public final class SparkSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSchemas() {
    }

    /** The schema of {@code part}'s rows. */
    public static StructType of(Part part) {
        DatasetSchema schema = switch (part) {
            case CUSTOMERS -> DatasetSchema.CUSTOMERS;
            case SCENARIOS -> DatasetSchema.SCENARIOS;
            case ENGAGEMENT_STEPS -> DatasetSchema.ENGAGEMENT_STEPS;
            case EVENTS -> DatasetSchema.EVENTS;
            case BOUNDARY_CASES -> DatasetSchema.BOUNDARY_CASES;
        };
        try {
            JsonNode root = JSON.readTree(schema.bytes());
            return (StructType) type(root, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + schema.fileName(), e);
        }
    }

    private static DataType type(JsonNode root, JsonNode node) {
        JsonNode resolved = resolve(root, node);
        String type = typeName(resolved);
        return switch (type) {
            case "object" -> resolved.has("properties") ? struct(root, resolved)
                    : new MapType(DataTypes.StringType, type(root, resolved.get("additionalProperties")), false);
            case "array" -> new ArrayType(type(root, resolved.get("items")), false);
            case "integer" -> DataTypes.LongType;
            case "number" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            // a union of scalars (an event's property values) is a string: Spark keeps a number's or boolean's
            // JSON text
            case "string" -> "date".equals(resolved.path("format").asText()) ? DataTypes.DateType
                    : DataTypes.StringType;
            default -> throw new IllegalStateException("a JSON Schema type Spark has no column type for: " + type);
        };
    }

    private static StructType struct(JsonNode root, JsonNode object) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        List<StructField> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.get("properties").properties()) {
            boolean nullable = !required.contains(property.getKey()) || allowsNull(root, property.getValue());
            fields.add(DataTypes.createStructField(property.getKey(), type(root, property.getValue()), nullable));
        }
        return DataTypes.createStructType(fields);
    }

    /** The node a {@code $ref} names, or the non-null branch of a nullable {@code anyOf}. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        while (true) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = root.at(ref.substring(1));
            } else if (current.has("anyOf")) {
                JsonNode pick = null;
                for (JsonNode option : current.get("anyOf")) {
                    if (!"null".equals(option.path("type").asText())) {
                        pick = option;
                    }
                }
                current = pick;
            } else {
                return current;
            }
        }
    }

    private static boolean allowsNull(JsonNode root, JsonNode node) {
        if (node.has("anyOf")) {
            for (JsonNode option : node.get("anyOf")) {
                if ("null".equals(option.path("type").asText())) {
                    return true;
                }
            }
        }
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String typeName(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            if (node.has("enum")) {
                return "string";
            }
            throw new IllegalStateException("a JSON Schema node without a type: " + node);
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }
}
