package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the guide's configuration reference (Markdown) from the configuration schema ({@link ConfigSchemaSource})
 * and the built-in defaults: a section per top-level property, a table per object (property, type, allowed values or
 * range, the default where it is a simple value, description). Everything comes from the schema, in its declaration
 * order, so the page says what the schema says; {@code ConfigSchemaTest} keeps the committed page equal to this.
 */
final class ConfigReferenceSource {

    private static final ObjectMapper YAML = JsonMappers.configYaml();
    /** Longest default shown in a table; a longer one (a list of many values) is left to defaults.yaml. */
    private static final int MAX_DEFAULT_CHARS = 60;

    private final JsonNode root;
    private final JsonNode defaults;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> written = new HashSet<>();

    private ConfigReferenceSource(JsonNode root, JsonNode defaults) {
        this.root = root;
        this.defaults = defaults;
    }

    /** The page for {@code schema} (the parsed configuration schema). */
    static String generate(JsonNode schema) {
        JsonNode defaults;
        try (InputStream in = ConfigLoader.class.getResourceAsStream("defaults.yaml")) {
            defaults = YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigReferenceSource(schema, defaults).page();
    }

    private String page() {
        out.append("# Configuration reference\n\n");
        out.append("Editors complete and check a configuration file against the configuration schema when the file's"
                + " first line names it:\n\n");
        out.append("```yaml\n# yaml-language-server: $schema=").append(root.path("$id").asText()).append("\n```\n\n");
        out.append("The line is a YAML comment, so the generator ignores it; the YAML extension of VS Code (Red Hat)"
                + " and IntelliJ IDEA read it. Offline, point the editor at the copy inside the core jar instead,"
                + " `io/github/syntheticcustomers/core/config/configuration.schema.json`.\n\n");
        out.append("A configuration file is merged over the built-in defaults (`defaults.yaml`): it gives only what"
                + " differs, and every default below applies to what it leaves out. Mappings merge key by key, and"
                + " `null` removes an entry of a mapping (a persona, a scenario type) or clears a value. Lists marked"
                + " *merges by id* merge entry by entry on their `id`: an entry with a known id changes only the"
                + " fields it gives, a new id is added (at the end, or right after the entry named by `after`),"
                + " `remove: true` removes one, and `{ replace: [...] }` in place of the list replaces it whole. The"
                + " validator checks more than the schema can say (shares that sum to 100, ids declared elsewhere);"
                + " both are described in the project's docs (`docs/configuration-merging.md`,"
                + " `docs/configuration-schema.md`).\n\n");
        out.append("This page is generated from the schema, which is generated from the configuration records and"
                + " the validators' constants: it cannot drift from what the generator accepts.\n");
        JsonNode properties = root.path("properties");
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            String name = e.getKey();
            JsonNode property = e.getValue();
            out.append("\n## `").append(name).append("`\n\n");
            out.append(text(property.path("description").asText())).append("\n\n");
            if (objectsOf(property, "").isEmpty()) {
                table(List.of(Map.entry(name, property)), "/", true);
            } else {
                section(name, property, "/" + name, false);
            }
        }
        return out.toString();
    }

    /** The tables of the objects {@code property} holds (through lists, mappings and alternatives), each once. */
    private void section(String dotted, JsonNode property, String pointer, boolean heading) {
        for (Map.Entry<String, JsonNode> found : objectsOf(property, "")) {
            JsonNode object = found.getValue();
            JsonNode target = resolve(object);
            String key = object.has("$ref") ? object.get("$ref").asText() : null;
            if (key != null && !written.add(key)) {
                continue;
            }
            String at = dotted + found.getKey();
            String where = pointer + found.getKey().replace(".<key>", "/*").replace("[]", "/*");
            if (heading || !at.equals(dotted)) {
                out.append("\n### `").append(at).append("`\n\n");
                if (key != null) {
                    out.append("Type `").append(key.substring(key.lastIndexOf('/') + 1)).append("`. ");
                }
                if (target.has("description")) {
                    out.append(text(target.get("description").asText()));
                }
                out.append("\n\n");
            }
            List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
            target.path("properties").properties().forEach(rows::add);
            table(rows, where + "/", key == null);
            for (Map.Entry<String, JsonNode> row : rows) {
                if (!objectsOf(row.getValue(), "").isEmpty()) {
                    section(at + "." + row.getKey(), row.getValue(), where + "/" + row.getKey(), true);
                }
            }
        }
    }

    private void table(List<Map.Entry<String, JsonNode>> rows, String pointer, boolean defaultsKnown) {
        out.append("| Property | Type | Allowed | Default | Description |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode p = row.getValue();
            String name = row.getKey();
            String def = defaultsKnown && !pointer.contains("*") ? defaultOf(pointer.equals("/") ? "/" + name
                    : pointer + name) : "";
            out.append("| `").append(name).append("` | ").append(cell(type(p))).append(" | ")
                    .append(cell(allowed(p))).append(" | ").append(cell(def)).append(" | ")
                    .append(cell(text(p.path("description").asText()))).append(" |\n");
        }
    }

    /** The default at {@code pointer} when it is a scalar or a short list of scalars; else empty. */
    private String defaultOf(String pointer) {
        JsonNode value = defaults.at(pointer);
        if (value.isMissingNode()) {
            return "";
        }
        String text;
        if (value.isValueNode()) {
            text = value.isNull() ? "null" : value.asText();
        } else if (value.isArray() && value.isEmpty()) {
            text = "[]";
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    return "";
                }
                items.add(item.asText());
            }
            text = "[" + String.join(", ", items) + "]";
        } else {
            return "";
        }
        return text.length() > MAX_DEFAULT_CHARS ? "" : "`" + text + "`";
    }

    /** The property's type in words: its JSON types, lists, mappings and the records they hold. */
    private String type(JsonNode p) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode alternative : alternatives(p)) {
            String kind = kind(alternative);
            if (kind != null && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? "any" : String.join(" or ", kinds);
    }

    private String kind(JsonNode a) {
        if (a.has("$ref")) {
            String ref = a.get("$ref").asText();
            return "`" + ref.substring(ref.lastIndexOf('/') + 1) + "`";
        }
        if (a.has("const")) {
            return "`" + a.get("const").asText() + "`";
        }
        List<String> types = new ArrayList<>();
        a.path("type").forEach(t -> types.add(t.asText()));
        if (a.path("type").isTextual()) {
            types.add(a.get("type").asText());
        }
        types.remove("null");
        if (types.isEmpty()) {
            return null;
        }
        String type = types.get(0);
        return switch (type) {
            case "array" -> a.has("maxItems") && a.get("maxItems").asInt() == 0 ? "`[]`"
                    : "list of " + type(a.path("items"));
            case "object" -> a.path("properties").has(ListMerge.REPLACE) ? "`{ replace: [...] }`"
                    : a.has("properties") ? "object"
                    : "mapping of " + (a.path("additionalProperties").isObject() ? type(a.get("additionalProperties"))
                            : "any");
            case "string" -> a.has("format") ? a.get("format").asText() : "string";
            default -> type;
        };
    }

    /** The closed set, range, pattern or merge rule of the property, in words. */
    private String allowed(JsonNode p) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : alternatives(p)) {
            if (a.has("enum")) {
                List<String> values = new ArrayList<>();
                a.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add("`" + v.asText() + "`");
                    }
                });
                parts.add(String.join(", ", values));
            }
            if (a.has("minimum") || a.has("maximum")) {
                parts.add(a.path("minimum").asText("…") + " to " + a.path("maximum").asText("…"));
            }
            if (a.has("$comment") && a.get("$comment").asText().startsWith("allowed: ")) {
                parts.add(a.get("$comment").asText().substring("allowed: ".length()));
            } else if (a.has("pattern")) {
                parts.add("matches `" + a.get("pattern").asText() + "`");
            }
            if (a.path("propertyNames").has("enum")) {
                List<String> values = new ArrayList<>();
                a.at("/propertyNames/enum").forEach(v -> values.add("`" + v.asText() + "`"));
                parts.add("keys: " + String.join(", ", values));
            }
            if (a.path("propertyNames").has("pattern")) {
                parts.add("keys match `" + a.at("/propertyNames/pattern").asText() + "`");
            }
            if (a.path("properties").has(ListMerge.REPLACE)) {
                parts.add("merges by id");
            }
            JsonNode items = a.path("items");
            if (items.has("enum")) {
                List<String> values = new ArrayList<>();
                items.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
                parts.add("each one of " + String.join(", ", values));
            }
            if (items.has("minimum") || items.has("maximum")) {
                parts.add("each " + items.path("minimum").asText("…") + " to " + items.path("maximum").asText("…"));
            }
            JsonNode values = a.path("additionalProperties");
            for (JsonNode v : alternatives(values)) {
                if (v.has("minimum") || v.has("maximum")) {
                    parts.add("values " + v.path("minimum").asText("…") + " to " + v.path("maximum").asText("…"));
                }
                for (JsonNode w : alternatives(v.path("additionalProperties"))) {
                    if (w.has("minimum") || w.has("maximum")) {
                        parts.add("values " + w.path("minimum").asText("…") + " to " + w.path("maximum").asText("…"));
                    }
                }
            }
        }
        return String.join("; ", parts.stream().distinct().toList());
    }

    /**
     * The object schemas a property holds, each with how it sits under the property: directly, as a list's items
     * ({@code []}) or a mapping's values ({@code .<key>}), through alternatives.
     */
    private List<Map.Entry<String, JsonNode>> objectsOf(JsonNode p, String suffix) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        for (JsonNode a : alternatives(p)) {
            if (a.path("properties").has(ListMerge.REPLACE)) {
                continue; // the replacing list's entries are the merged list's, without the merge's fields
            }
            if (a.has("$ref") || a.has("properties")) {
                found.add(Map.entry(suffix, a));
            } else if (a.has("items")) {
                found.addAll(objectsOf(a.get("items"), suffix + "[]"));
            } else if (a.path("additionalProperties").isObject()) {
                found.addAll(objectsOf(a.get("additionalProperties"), suffix + ".<key>"));
            }
        }
        return found;
    }

    private static List<JsonNode> alternatives(JsonNode p) {
        if (p.has("anyOf")) {
            List<JsonNode> all = new ArrayList<>();
            p.get("anyOf").forEach(all::add);
            return all;
        }
        return List.of(p);
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String text(String description) {
        return description.strip();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
