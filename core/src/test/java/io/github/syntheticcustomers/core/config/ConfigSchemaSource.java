package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the JSON Schema (draft 2020-12) of a configuration file from the definitions the parser and the
 * validators use, so the schema cannot say otherwise than they do:
 *
 * <ul>
 *   <li>the properties are the components of the records Jackson binds ({@link GeneratorConfig} and what it holds),
 *       named as Jackson names them (snake_case, or the component's {@code @JsonProperty}), in declaration order,
 *       with their JSON types; every record refuses other properties, as {@code FAIL_ON_UNKNOWN_PROPERTIES} does;</li>
 *   <li>each property's {@code description} is the record's Javadoc {@code @param} text, read from the source: the
 *       one place a property is documented, which the generated reference page reads in turn; a component without one
 *       fails the generation;</li>
 *   <li>closed sets and ranges come from the constants the validators check against ({@link #CONSTRAINTS}): an
 *       unused entry fails the generation, so a renamed component cannot leave a constraint behind;</li>
 *   <li>the merge's constructs ({@link ListMerge}): a list of {@link ListMerge#BY_ID} takes entries that need only
 *       an {@code id} (with {@code remove} and {@code after}) or {@code { replace: [...] }}; a value may be
 *       {@code null} (which removes a mapping entry, or sets a scalar to null); {@code timeline.screening: none}
 *       ({@link NoScreening}). Nothing is required but a merged entry's {@code id}: the file is merged over the
 *       built-in defaults, which hold the rest.</li>
 * </ul>
 *
 * <p>What the validators check across fields (shares summing to 100, ids that must be declared elsewhere, ordered
 * bands) is beyond a schema and stays with them (docs/configuration-schema.md).
 */
final class ConfigSchemaSource {

    /** Where the guide publishes the schema; the shipped copy names it as its {@code $id}. */
    static final String ID = "https://syntheticcustomers.github.io/synthetic-customers/configuration.schema.json";

    /** The shipped schema, a resource of the core jar beside {@code defaults.yaml}. */
    static final Path SHIPPED = Path.of(
            "src/main/resources/io/github/syntheticcustomers/core/config/configuration.schema.json");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    /** One constraint of a validator, attached to a record component. */
    record Constraint(Class<?> record, String component, Kind kind, List<String> values, Double min, Double max,
            String pattern, String words) {
    }

    /** What a constraint restricts: the value, each item of a list, each key of a mapping, or each number below. */
    enum Kind {
        VALUE, ITEMS, KEYS, NUMBERS
    }

    private static Constraint oneOf(Class<?> record, String component, List<String> values) {
        return new Constraint(record, component, Kind.VALUE, values, null, null, null, null);
    }

    private static Constraint itemsOneOf(Class<?> record, String component, List<String> values) {
        return new Constraint(record, component, Kind.ITEMS, values, null, null, null, null);
    }

    private static Constraint keysOneOf(Class<?> record, String component, List<String> values) {
        return new Constraint(record, component, Kind.KEYS, values, null, null, null, null);
    }

    private static Constraint keysMatch(Class<?> record, String component, Pattern pattern) {
        return new Constraint(record, component, Kind.KEYS, null, null, null, "^" + pattern.pattern() + "$", null);
    }

    private static Constraint matches(Class<?> record, String component, Pattern pattern) {
        return new Constraint(record, component, Kind.VALUE, null, null, null, "^" + pattern.pattern() + "$", null);
    }

    private static Constraint range(Class<?> record, String component, double min, double max) {
        return new Constraint(record, component, Kind.NUMBERS, null, min, max, null, null);
    }

    /**
     * The validators' closed sets and ranges, each the constant the validator itself checks against. A value outside
     * them is an error of the validator, and now of the schema too ({@code ConfigSchemaTest}'s invalid corpus).
     */
    static final List<Constraint> CONSTRAINTS = List.of(
            new Constraint(GeneratorConfig.class, "referenceDate", Kind.VALUE, null, null, null,
                    datePattern(Limits.MIN_REFERENCE_DATE, Limits.MAX_REFERENCE_DATE), Limits.referenceDateRange()),
            keysMatch(GeneratorConfig.class, "personas", ConfigValidator.ID),
            keysMatch(GeneratorConfig.class, "riskLevels", ConfigValidator.ID),
            range(AgeRange.class, "min", 0, ConfigValidator.MAX_AGE),
            range(AgeRange.class, "max", 0, ConfigValidator.MAX_AGE),
            range(Traits.class, "healthAwareness", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "actionTendency", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "healthAnxiety", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "systemEngagement", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "organization", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "riskPropensity", Traits.MIN_VALUE, Traits.MAX_VALUE),
            range(Traits.class, "socialBarriers", Traits.MIN_VALUE, Traits.MAX_VALUE),
            keysOneOf(DemographicsConfig.class, "gender", DemographicsConfig.GENDERS),
            itemsOneOf(Occupation.class, "education", Occupation.EDUCATION),
            itemsOneOf(Occupation.class, "income", Occupation.INCOME),
            range(RiskConfig.AgePoints.class, "points", 0, RiskConfigValidator.MAX_POINTS),
            range(RiskConfig.BarrierPoints.class, "each", 0, RiskConfigValidator.MAX_POINTS),
            range(RiskConfig.BarrierPoints.class, "atMost", 0, RiskConfigValidator.MAX_POINTS),
            oneOf(RiskConfig.Factor.class, "kind", RiskConfig.KINDS),
            range(RiskConfig.Factor.class, "points", 0, RiskConfigValidator.MAX_POINTS),
            oneOf(RiskConfig.LifestyleValue.class, "field", RiskConfig.LIFESTYLE_FIELDS),
            oneOf(RiskConfig.Link.class, "trait", Traits.NAMES),
            oneOf(LifeEventsConfig.Type.class, "impact", LifeEventsConfig.IMPACTS),
            oneOf(JourneyConfig.PhaseCheck.class, "metric", JourneyConfig.PhaseCheck.METRICS),
            oneOf(JourneyConfig.TraitAction.class, "trait", Traits.NAMES),
            range(JourneyConfig.class, "transitions", 0, JourneyConfigValidator.MAX_WEIGHT),
            keysOneOf(JourneyConfig.Completion.class, "traits", Traits.NAMES),
            range(ScenarioConfig.ScenarioType.class, "weight", 0, JourneyConfigValidator.MAX_WEIGHT),
            range(ScenarioConfig.ScenarioType.class, "initial", 0, JourneyConfigValidator.MAX_WEIGHT),
            oneOf(ScenarioConfig.Eligibility.class, "is", ScenarioConfig.Eligibility.CONDITIONS),
            oneOf(ScenarioConfig.Eligibility.class, "barrier", ScenarioConfig.Eligibility.BARRIERS),
            oneOf(ScenarioConfig.FieldValues.class, "of", ScenarioConfig.Eligibility.FIELDS),
            matches(EngagementConfig.Approach.class, "id", ConfigValidator.ID),
            oneOf(EngagementConfig.Approach.class, "scaffoldingRegister", EngagementConfig.REGISTERS),
            keysOneOf(EngagementConfig.TraitRule.class, "when", Traits.NAMES),
            oneOf(EngagementConfig.TraitAdaptation.class, "trait", Traits.NAMES),
            matches(AttributeConfig.class, "id", ConfigValidator.ID),
            oneOf(AttributeConfig.class, "type", AttributeConfig.TYPES),
            oneOf(AttributeConfig.class, "distribution", AttributeConfig.DISTRIBUTIONS),
            oneOf(AttributeConfig.TraitLink.class, "name", Traits.NAMES),
            itemsOneOf(AttributeConfig.Variant.class, "sexes", DemographicsConfig.GENDERS),
            matches(CohortConfig.class, "id", ConfigValidator.ID),
            itemsOneOf(CohortConfig.Where.class, "gender", DemographicsConfig.GENDERS));

    /**
     * A pattern of the ISO dates from {@code min} to {@code max}, which must be the first and the last day of a year
     * (the schema's {@code format: date} checks the day exists); whole centuries are written as one alternative.
     */
    static String datePattern(LocalDate min, LocalDate max) {
        if (min.getDayOfYear() != 1 || max.plusDays(1).getDayOfYear() != 1) {
            throw new IllegalStateException("a date range of whole years is expected: " + min + " to " + max);
        }
        List<String> years = new ArrayList<>();
        for (int century = min.getYear() / 100; century <= max.getYear() / 100; century++) {
            int first = Math.max(century * 100, min.getYear());
            int last = Math.min(century * 100 + 99, max.getYear());
            if (first == century * 100 && last == century * 100 + 99) {
                years.add(century + "\\d\\d");
            } else {
                for (int year = first; year <= last; year++) {
                    years.add(String.valueOf(year));
                }
            }
        }
        return "^(?:" + String.join("|", years) + ")-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$";
    }

    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<Class<?>, Javadoc> javadocs = new HashMap<>();
    private final Set<Constraint> used = new LinkedHashSet<>();

    private ConfigSchemaSource() {
    }

    /** The schema as shipped: pretty JSON with the dataset files' conventions and a final newline. */
    static String generate() {
        ObjectNode schema = new ConfigSchemaSource().schema();
        try {
            return JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode schema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Synthetic Customers configuration");
        root.put("description", "A configuration file of Synthetic Customers (YAML or JSON). The file is merged over"
                + " the built-in defaults (defaults.yaml): it gives only what differs, so no property is required"
                + " here; mappings merge key by key (null removes an entry), lists of records with ids merge by id"
                + " (an entry needs only its id; remove: true removes one; { replace: [...] } replaces the list"
                + " whole). The validator checks the merged result further: shares that sum to 100, ids that must be"
                + " declared, ordered bands (docs/configuration-schema.md).");
        ObjectNode top = object(GeneratorConfig.class, "", false, false);
        top.remove("description");
        root.setAll(top);
        List<String> unused = new ArrayList<>();
        for (Constraint c : CONSTRAINTS) {
            if (!used.contains(c)) {
                unused.add(c.record().getSimpleName() + "." + c.component());
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalStateException("constraints on no component: " + unused);
        }
        ObjectNode d = root.putObject("$defs");
        defs.forEach(d::set);
        return root;
    }

    /**
     * The schema of record {@code type} at {@code path} (a JSON pointer, {@code *} for any key or index). A record on
     * the way to a list that merges by id is written in place, as its lists differ by where it stands; any other
     * record is a definition of its own, referenced. {@code entry}: an entry of such a list in a file that merges
     * it ({@code id} required, {@code remove} and {@code after} allowed); {@code replaced}: inside a list the file
     * replaces whole, where nothing merges.
     */
    private ObjectNode object(Class<?> type, String path, boolean entry, boolean replaced) {
        Javadoc doc = javadoc(type);
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        if (!doc.main().isBlank()) {
            node.put("description", doc.main());
        }
        ObjectNode properties = node.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            String name = jsonName(c);
            String description = doc.params().get(c.getName());
            if (description == null || description.isBlank()) {
                throw new IllegalStateException(type.getName() + "." + c.getName()
                        + " has no @param in the record's Javadoc: every configuration property is described");
            }
            // a merged entry's id is the one thing it must give, as text (ListMerge refuses any other)
            boolean id = entry && !replaced && name.equals("id");
            ObjectNode property = id ? value(c.getGenericType(), path + "/" + name, replaced, constraint(type, c))
                    : property(c.getGenericType(), path + "/" + name, replaced, constraint(type, c));
            ObjectNode described = NODES.objectNode();
            described.put("description", description);
            property.properties().forEach(e -> {
                if (!e.getKey().equals("description")) {
                    described.set(e.getKey(), e.getValue());
                }
            });
            properties.set(name, described);
        }
        if (entry && !replaced) {
            if (!properties.has("remove")) {
                properties.putObject("remove").put("description", "true removes the entry with this id from the"
                        + " default list (a merge construct: docs/configuration-merging.md)").put("type", "boolean");
            }
            if (!properties.has("after")) {
                properties.putObject("after").put("description", "adds (or moves) the entry right after the entry"
                        + " with this id, instead of at the end of the list").put("type", "string");
            }
            node.putArray("required").add("id");
        }
        if (type == TimelineConfig.Screening.class) {
            // NoScreening: programmes: [] is a product without screening, like screening: none
            alternative((ObjectNode) properties.get("programmes"), NODES.objectNode().put("type", "array")
                    .put("maxItems", 0).put("description", "[]: a product without screening programmes"));
        }
        if (type == TimelineConfig.class) {
            ObjectNode screening = (ObjectNode) properties.get("screening");
            ArrayNode any = NODES.arrayNode();
            ObjectNode none = NODES.objectNode();
            none.put("const", NoScreening.NONE);
            none.put("description", "a product without screening programmes");
            any.add(none);
            ObjectNode section = screening.deepCopy();
            section.remove("description");
            any.add(section);
            ObjectNode replacement = NODES.objectNode();
            replacement.put("description", screening.get("description").asText() + "; or `" + NoScreening.NONE
                    + "` for a product without screening (like `programmes: []`)");
            replacement.set("anyOf", any);
            properties.set("screening", replacement);
        }
        node.put("additionalProperties", false);
        return node;
    }

    /** Adds {@code alternative} to the accepted values of {@code property} (an anyOf). */
    private static void alternative(ObjectNode property, ObjectNode alternative) {
        ArrayNode any;
        if (property.get("anyOf") instanceof ArrayNode existing) {
            any = existing;
        } else {
            ObjectNode moved = NODES.objectNode();
            List<String> keys = new ArrayList<>();
            property.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (!key.equals("description")) {
                    moved.set(key, property.remove(key));
                }
            }
            any = property.putArray("anyOf");
            any.add(moved);
        }
        any.insert(any.size() - (any.get(any.size() - 1).path("type").asText().equals("null") ? 1 : 0), alternative);
    }

    private Constraint constraint(Class<?> type, RecordComponent c) {
        for (Constraint constraint : CONSTRAINTS) {
            if (constraint.record() == type && constraint.component().equals(c.getName())) {
                used.add(constraint);
                return constraint;
            }
        }
        return null;
    }

    /** The schema of a property of type {@code type} at {@code path}; null allowed, as the merge allows it. */
    private ObjectNode property(Type type, String path, boolean replaced, Constraint constraint) {
        Class<?> raw = raw(type);
        if (raw.isPrimitive()) {
            return value(type, path, replaced, constraint);
        }
        return nullable(value(type, path, replaced, constraint));
    }

    private ObjectNode value(Type type, String path, boolean replaced, Constraint constraint) {
        Class<?> raw = raw(type);
        ObjectNode node = NODES.objectNode();
        if (raw == String.class) {
            node.put("type", "string");
            if (constraint != null && constraint.kind() == Kind.VALUE) {
                if (constraint.values() != null) {
                    ArrayNode values = node.putArray("enum");
                    constraint.values().forEach(values::add);
                }
                if (constraint.pattern() != null) {
                    node.put("pattern", constraint.pattern());
                }
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            node.put("type", "integer");
            bounds(node, constraint);
        } else if (raw == Double.class || raw == double.class) {
            node.put("type", "number");
            bounds(node, constraint);
        } else if (raw == Boolean.class || raw == boolean.class) {
            node.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            node.put("type", "string");
            node.put("format", "date");
            if (constraint != null && constraint.pattern() != null) {
                node.put("pattern", constraint.pattern());
            }
            if (constraint != null && constraint.words() != null) {
                node.put("$comment", "allowed: " + constraint.words());
            }
            if (constraint != null && constraint.words() != null) {
                node.put("$comment", "allowed: " + constraint.words());
            }
        } else if (raw == Object.class) {
            return node; // a value whose type the validator checks against the attribute it names
        } else if (List.class.isAssignableFrom(raw)) {
            Type item = argument(type, 0);
            String itemPath = path + "/*";
            boolean byId = !replaced && ListMerge.registered(path);
            Constraint itemConstraint = constraint != null && constraint.kind() == Kind.ITEMS
                    ? new Constraint(null, null, Kind.VALUE, constraint.values(), null, null, constraint.pattern(), null)
                    : constraint != null && constraint.kind() == Kind.NUMBERS ? constraint : null;
            if (byId) {
                Class<?> record = raw(item);
                ObjectNode list = NODES.objectNode();
                list.put("type", "array");
                list.set("items", object(record, itemPath, true, false));
                ObjectNode replacement = NODES.objectNode();
                replacement.put("type", "object");
                replacement.put("description", "replaces the default list whole");
                ObjectNode replace = replacement.putObject("properties").putObject(ListMerge.REPLACE);
                replace.put("type", "array");
                replace.set("items", object(record, itemPath, false, true));
                replacement.putArray("required").add(ListMerge.REPLACE);
                replacement.put("additionalProperties", false);
                list.put("description", "entries merged by id with the default list");
                node.putArray("anyOf").add(list).add(replacement);
                return node;
            }
            node.put("type", "array");
            node.set("items", value(item, itemPath, replaced, itemConstraint));
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            if (constraint != null && constraint.kind() == Kind.KEYS) {
                ObjectNode names = node.putObject("propertyNames");
                if (constraint.values() != null) {
                    ArrayNode values = names.putArray("enum");
                    constraint.values().forEach(values::add);
                }
                if (constraint.pattern() != null) {
                    names.put("pattern", constraint.pattern());
                }
            }
            Constraint valueConstraint = constraint != null && constraint.kind() == Kind.NUMBERS ? constraint : null;
            node.set("additionalProperties", property(argument(type, 1), path + "/*", replaced, valueConstraint));
        } else if (raw == NarrativeEntry.class) {
            // a plain string, or { text, when } (its two Jackson creators)
            ObjectNode text = NODES.objectNode().put("type", "string");
            node.putArray("anyOf").add(text).add(reference(raw, path, replaced));
        } else if (raw.isRecord()) {
            return reference(raw, path, replaced);
        } else {
            throw new IllegalStateException("no JSON Schema for " + type + " at " + path);
        }
        return node;
    }

    /** A record in place when a list that merges by id lies below {@code path}, else a reference to its definition. */
    private ObjectNode reference(Class<?> type, String path, boolean replaced) {
        if (!replaced && leadsToMergedList(path)) {
            return object(type, path, false, false);
        }
        String key = defName(type);
        if (!defs.containsKey(key)) {
            defs.put(key, NODES.objectNode()); // a placeholder, for records that hold themselves
            defs.put(key, object(type, path, false, true));
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + key);
    }

    private static boolean leadsToMergedList(String path) {
        String[] at = path.split("/", -1);
        for (String pattern : ListMerge.BY_ID) {
            String[] p = pattern.split("/", -1);
            if (p.length <= at.length) {
                continue;
            }
            boolean prefix = true;
            for (int i = 0; i < at.length && prefix; i++) {
                prefix = p[i].equals("*") || at[i].equals("*") || p[i].equals(at[i]);
            }
            if (prefix) {
                return true;
            }
        }
        return false;
    }

    private static void bounds(ObjectNode node, Constraint constraint) {
        if (constraint != null && constraint.kind() == Kind.NUMBERS) {
            number(node, "minimum", constraint.min());
            number(node, "maximum", constraint.max());
        }
    }

    private static void number(ObjectNode node, String key, double value) {
        if (value == StrictMath.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }

    /** {@code node} that may also be null: the merge's way to remove a default entry or clear a value. */
    private static ObjectNode nullable(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        JsonNode type = copy.get("type");
        if (type != null && type.isTextual() && !copy.has("anyOf") && !copy.has("$ref")) {
            copy.putArray("type").add(type.asText()).add("null");
            if (copy.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
            return copy;
        }
        if (copy.isEmpty()) {
            return copy; // anything, null included
        }
        ObjectNode any = NODES.objectNode();
        ArrayNode alternatives = any.putArray("anyOf");
        if (copy.get("anyOf") instanceof ArrayNode existing && copy.size() == 1) {
            existing.forEach(alternatives::add);
        } else {
            alternatives.add(copy);
        }
        alternatives.addObject().put("type", "null");
        return any;
    }

    /** The name Jackson reads a component by: its {@code @JsonProperty}, else snake_case. */
    static String jsonName(RecordComponent c) {
        JsonProperty property = c.getAnnotation(JsonProperty.class);
        if (property == null && c.getAccessor().getAnnotation(JsonProperty.class) != null) {
            property = c.getAccessor().getAnnotation(JsonProperty.class);
        }
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        return SNAKE.translate(c.getName());
    }

    static String defName(Class<?> type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name.toString();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("a raw collection type: " + type);
    }

    /** A record's Javadoc: the text before the tags, and each {@code @param}'s text, as plain text. */
    record Javadoc(String main, Map<String, String> params) {
    }

    private Javadoc javadoc(Class<?> type) {
        return javadocs.computeIfAbsent(type, ConfigSchemaSource::readJavadoc);
    }

    private static final Pattern DECLARATION_PREFIX = Pattern.compile(
            "\\s*(?:(?:@[\\w.]+(?:\\([^)]*\\))?|public|static|final)\\s*)*");

    static Javadoc readJavadoc(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Path file = SOURCES.resolve(top.getPackageName().replace('.', '/')).resolve(top.getSimpleName() + ".java");
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source of " + type.getName() + " (run from core/)", e);
        }
        Matcher declaration = Pattern.compile("\\brecord\\s+" + type.getSimpleName() + "\\s*\\(").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("no declaration of record " + type.getSimpleName() + " in " + file);
        }
        int end = source.lastIndexOf("*/", declaration.start());
        if (end < 0 || !DECLARATION_PREFIX.matcher(source.substring(end + 2, declaration.start())).matches()) {
            throw new IllegalStateException("record " + type.getName() + " has no Javadoc");
        }
        int start = source.lastIndexOf("/**", end);
        String body = source.substring(start + 3, end);
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("*")) {
                l = l.substring(1).strip();
            }
            text.append(l).append('\n');
        }
        String[] parts = text.toString().split("\n(?=@)");
        String main = inline(parts[0]);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            Matcher param = Pattern.compile("@param\\s+(\\w+)\\s+(.*)", Pattern.DOTALL).matcher(parts[i]);
            if (param.matches()) {
                params.put(param.group(1), inline(param.group(2)));
            }
        }
        return new Javadoc(main, params);
    }

    /** Javadoc's text as plain text: inline tags as Markdown code, HTML dropped, whitespace collapsed. */
    static String inline(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            if (javadoc.startsWith("{@", i)) {
                int depth = 0;
                int j = i;
                for (; j < javadoc.length(); j++) {
                    char ch = javadoc.charAt(j);
                    if (ch == '{') {
                        depth++;
                    } else if (ch == '}' && --depth == 0) {
                        break;
                    }
                }
                String tag = javadoc.substring(i + 2, Math.min(j, javadoc.length()));
                int space = tag.indexOf(' ') < 0 ? tag.length() : tag.indexOf(' ');
                String name = tag.substring(0, space);
                String content = tag.substring(space).strip().replaceAll("\\s+", " ");
                if (name.equals("link") || name.equals("linkplain")) {
                    int label = content.indexOf(' ');
                    if (label > 0) {
                        content = content.substring(label + 1);
                    } else {
                        content = content.replaceAll("\\(.*\\)", "");
                        content = content.startsWith("#") ? content.substring(1) : content.replace('#', '.');
                    }
                    out.append('`').append(content).append('`');
                } else if (name.equals("code")) {
                    out.append('`').append(content).append('`');
                } else {
                    out.append(content);
                }
                i = j + 1;
            } else {
                out.append(javadoc.charAt(i++));
            }
        }
        return out.toString().replaceAll("</?(p|ul|li|em|b|i|ol)>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
