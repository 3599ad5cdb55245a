package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses a user's configuration file and merges it over {@code defaults.yaml} for {@link ConfigLoader}:
 * the only configuration code that needs Jackson, kept apart so that the built-in defaults load
 * without it. Every problem is reported as a {@link ConfigException} that names file, line, column and
 * property.
 */
final class ConfigParser {

    private static final String DEFAULTS_RESOURCE = "defaults.yaml";
    private static final ObjectMapper YAML = JsonMappers.configYaml();
    private static final ObjectMapper JSON = JsonMappers.configJson();
    /** Parsed once, on the first user file: every load merges over a deep copy of this tree. */
    private static final ParsedFile DEFAULTS = parse(YAML, ConfigLoader.DEFAULTS_SOURCE, readDefaults());

    private ConfigParser() {
    }

    /** The defaults with {@code file} merged over them. */
    static GeneratorConfig load(Path file) {
        return merged(file.toString(), readText(file));
    }

    /** The text of configuration file {@code file}, read as UTF-8; errors name the file. */
    static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file.toString(), -1, -1, null, "is a directory, not a file", null,
                    "a readable YAML or JSON file", null);
        }
        try {
            long size = Files.size(file);
            if (size > JsonMappers.MAX_CONFIG_CHARS * 4L) {
                throw new ConfigException(file.toString(), -1, -1, null, "file is too large", size + " bytes",
                        "at most " + JsonMappers.MAX_CONFIG_CHARS + " characters", null);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), -1, -1, null, "configuration file does not exist", null,
                    "a readable YAML or JSON file", e);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), -1, -1, null, "cannot read configuration file: "
                    + e.getMessage(), null, "a readable YAML or JSON file in UTF-8", e);
        }
    }

    /** The defaults with {@code content} (null: nothing) merged over them, validated. */
    static GeneratorConfig merged(String sourceName, String content) {
        return mergedWithWarnings(sourceName, content).config();
    }

    /** The defaults with {@code file} merged over them, with the configuration's warnings. */
    static LoadedConfiguration loadWithWarnings(Path file) {
        return mergedWithWarnings(file.toString(), readText(file));
    }

    /** As {@link #merged}, with the warnings of the merged configuration ({@link ConfigWarnings}). */
    static LoadedConfiguration mergedWithWarnings(String sourceName, String content) {
        ObjectMapper yaml = YAML;
        ParsedFile defaults = DEFAULTS;
        JsonNode merged = defaults.tree.deepCopy();
        ParsedFile user = null;
        // the merge's own mistakes and references to removed ids: reported with the merged configuration's errors
        List<ConfigException> mergeErrors = new ArrayList<>();
        List<ConfigException> dangling = List.of();
        if (content != null) {
            String name = sourceName == null ? "configuration" : sourceName;
            if (content.length() > JsonMappers.MAX_CONFIG_CHARS) {
                throw new ConfigException(name, -1, -1, null, "file is too large", content.length() + " characters",
                        "at most " + JsonMappers.MAX_CONFIG_CHARS + " characters", null);
            }
            boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
            user = parse(json ? JSON : yaml, name, content);
            if (user.tree != null && !user.tree.isNull() && !user.tree.isMissingNode()) {
                if (!user.tree.isObject()) {
                    throw user.error("", "the file must hold a mapping of configuration properties",
                            user.tree.getNodeType().toString().toLowerCase(Locale.ROOT),
                            "reference_date, personas, age_decades, risk_levels, journey, scenarios, engagement");
                }
                // a first merge finds the ids the file removes, whose defaults are then forgotten as a replaced
                // list's are; the second merge is the real one
                ListMerge probe = new ListMerge(user);
                JsonNode probed = probe.merge(defaults.tree.deepCopy(), user.tree);
                forgetReplacedVocabulary(merged, user.tree);
                RemovedIds.forget(merged, probe.removals(), defaults.tree, probed);
                ListMerge lists = new ListMerge(user);
                merged = lists.merge(merged, user.tree);
                NoScreening.apply(merged, defaults.tree, user);
                mergeErrors.addAll(lists.errors());
                dangling = RemovedIds.references(merged, user.tree, lists.removals(), defaults.tree, user);
                defaults = lists.remapDefaults(defaults);
                user = lists.remapUser();
            }
        }
        if (!dangling.isEmpty()) {
            // a reference to a removed id would be reported again by the section that holds it, as an unknown id:
            // the removal and the reference, with the merge's other mistakes, are the whole report
            List<ConfigException> all = new ArrayList<>(mergeErrors);
            all.addAll(dangling);
            throw ConfigException.combined(inFileOrder(all, user.source));
        }
        // invisible format characters come first: they can make the file read otherwise than it parses, so they
        // are what to look at before anything else
        List<ConfigException> invisible = new ArrayList<>(defaults.invisibleCharacters);
        if (user != null) {
            invisible.addAll(user.invisibleCharacters);
        }
        List<ConfigException> errors = new ArrayList<>(mergeErrors);
        GeneratorConfig config = null;
        List<ConfigWarning> warnings = List.of();
        try {
            config = bind(yaml, merged, defaults, user);
            Locator locator = new Locator(defaults, user);
            ConfigValidator.validate(config, locator);
            warnings = ConfigWarnings.of(config, locator);
        } catch (ConfigException e) {
            if (invisible.isEmpty() && errors.isEmpty()) {
                throw e;
            }
            for (ConfigException found : e.errors()) {
                if (mergeErrors.stream().noneMatch(m -> samePlace(m, found))) {
                    errors.add(found); // a section's own check of the ids names the merge's place once more
                }
            }
        }
        if (!invisible.isEmpty() || !errors.isEmpty()) {
            invisible.addAll(inFileOrder(errors, user == null ? null : user.source));
            throw ConfigException.combined(invisible);
        }
        return new LoadedConfiguration(config, warnings);
    }

    /** Whether two errors are about the same property at the same place. */
    private static boolean samePlace(ConfigException a, ConfigException b) {
        return java.util.Objects.equals(a.source(), b.source()) && a.line() == b.line() && a.column() == b.column()
                && java.util.Objects.equals(a.property(), b.property());
    }

    /**
     * {@code errors} in file order, whatever the order the checks ran in: the user's file first, then the built-in
     * defaults, then the tables they name; by line and column within a file; errors without a place last. Errors at
     * one place keep the order they were found in.
     */
    static List<ConfigException> inFileOrder(List<ConfigException> errors, String userSource) {
        List<ConfigException> ordered = new ArrayList<>(errors);
        ordered.sort(java.util.Comparator.comparingInt((ConfigException e) -> fileRank(e, userSource))
                .thenComparing(e -> e.source() == null ? "" : e.source())
                .thenComparingInt(e -> e.line() < 1 ? Integer.MAX_VALUE : e.line())
                .thenComparingInt(e -> e.column() < 1 ? Integer.MAX_VALUE : e.column()));
        return ordered;
    }

    private static int fileRank(ConfigException e, String userSource) {
        if (e.source() == null) {
            return 3;
        }
        if (e.source().equals(userSource)) {
            return 0;
        }
        return e.source().equals(ConfigLoader.DEFAULTS_SOURCE) ? 1 : 2;
    }

    private static String readDefaults() {
        try (InputStream in = ConfigParser.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    /** Default entries keyed by emotional state, dropped when a user's file declares its own vocabulary. */
    static final List<String> STATE_KEYED = List.of("/journey/transitions", "/journey/state_actions",
            "/journey/completion/emotions", "/journey/trait_step_bias", "/journey/personas/*/initial",
            "/journey/personas/*/transitions", "/journey/personas/*/step_bias", "/scenarios/types/*/initial");

    /** Default texts keyed by engagement approach, dropped when a user's file declares its own approaches. */
    static final List<String> APPROACH_KEYED = List.of("/engagement/texts/preview", "/engagement/texts/confirmation");

    /** Default entries keyed by risk level, dropped for the levels a user's file no longer has. */
    static final List<String> RISK_LEVEL_KEYED = List.of("/risk/level_floors", "/journey/completion/risk_levels");

    /** Default entries keyed by step or phase, dropped when a user's file declares its own framework. */
    static final List<String> STEP_KEYED = List.of("/journey/completion/phases",
            "/journey/completion/skippable_steps", "/journey/trait_step_bias", "/journey/personas/*/step_bias",
            "/scenarios/types/*/start", "/engagement/texts/personal");

    /**
     * A file that declares its own emotional vocabulary ({@code journey.emotional_states}) or framework
     * ({@code journey.phases}) replaces it, and then the defaults written for the replaced vocabulary (the
     * transition rows, state actions and biases keyed by the default states, or the step biases, skippable
     * steps, phase adjustments and scenario start steps keyed by the default steps) no longer apply: they are
     * dropped before the merge, so the file states what its own vocabulary needs and nothing of the old one leaks
     * into it. The same holds for the measurement rules and narrative phrases of replaced risk factors, and for the
     * gender shares ({@code demographics.gender}), which a file replaces whole.
     */
    static void forgetReplacedVocabulary(JsonNode defaults, JsonNode user) {
        if (replaced(user, "/journey/emotional_states")) {
            STATE_KEYED.forEach(path -> remove(defaults, path));
        }
        if (replaced(user, "/journey/phases")) {
            STEP_KEYED.forEach(path -> remove(defaults, path));
        }
        if (replaced(user, "/engagement/approaches")) {
            APPROACH_KEYED.forEach(path -> remove(defaults, path));
            // an adaptation shown "unless" an approach the file no longer has is shown to every approach
            Set<String> approaches = new HashSet<>();
            user.at("/engagement/approaches/" + ListMerge.REPLACE).forEach(a -> approaches.add(a.path("id").asText()));
            for (JsonNode rule : defaults.at("/engagement/trait_adaptations")) {
                if (rule instanceof ObjectNode r && !approaches.contains(r.path("unless_approach").asText())) {
                    r.remove("unless_approach");
                }
            }
        }
        // shares that sum to 100 are one distribution: a file's gender shares replace the default ones whole, so
        // { female: 100 } is a female-only product rather than 100 % plus the default male and non-binary shares
        if (!user.at("/demographics/gender").isMissingNode()) {
            remove(defaults, "/demographics/gender");
        }
        // so are the age decades' and the risk levels' shares; the defaults keyed by a risk level the file no longer
        // has (the floors, the completion adjustment) go with them
        if (!user.at("/age_decades").isMissingNode()) {
            remove(defaults, "/age_decades");
        }
        if (user.at("/risk_levels") instanceof ObjectNode levels) {
            remove(defaults, "/risk_levels");
            List<String> kept = new ArrayList<>();
            levels.fieldNames().forEachRemaining(kept::add);
            RISK_LEVEL_KEYED.forEach(path -> {
                if (defaults.at(path) instanceof ObjectNode keyed) {
                    keyed.retain(kept);
                }
            });
        }
        JsonNode factors = user.at("/risk/factors/" + ListMerge.REPLACE);
        if (replaced(user, "/risk/factors")) {
            forgetMeasurementRulesOfReplacedFactors(defaults, factors);
        }
        if (replaced(user, "/life_events/types")) {
            forgetRulesOfReplacedLifeEvents(defaults, user.at("/life_events/types/" + ListMerge.REPLACE));
        }
    }

    /**
     * A file that replaces {@code life_events.types} ({@code { replace: [...] }}), or removes some of them by id, no
     * longer has the default types it left out: the default
     * narrative phrases and engagement texts whose rule names a life event it no longer has are dropped, and so are
     * the alternatives of a default scenario type's {@code any} that name one (an event that never occurs adds
     * nothing to an {@code any}). The file's own rules are checked as usual.
     */
    static void forgetRulesOfReplacedLifeEvents(JsonNode defaults, JsonNode types) {
        Set<String> ids = new HashSet<>();
        types.forEach(t -> ids.add(t.path("id").asText()));
        List<String> form = List.of("life_event");
        for (JsonNode persona : defaults.path("personas")) {
            forgetPhrasesNaming(persona.path("narrative"), form, ids);
        }
        forgetPhrasesNaming(defaults.at("/narrative/generic"), form, ids);
        forgetPhrasesNaming(defaults.at("/narrative"), form, ids);
        forgetPhrasesNaming(defaults.at("/engagement/texts"), form, ids);
        for (JsonNode type : defaults.at("/scenarios/types")) {
            if (type.at("/eligible/any") instanceof ArrayNode any) {
                for (int i = any.size() - 1; i >= 0; i--) {
                    if (namesUnknown(any.get(i), form, ids)) {
                        any.remove(i);
                    }
                }
            }
        }
    }

    /** Whether the file replaces the list at {@code pointer} whole ({@code { replace: [...] }}). */
    private static boolean replaced(JsonNode user, String pointer) {
        JsonNode node = user.at(pointer);
        return node.isObject() && node.size() == 1 && node.path(ListMerge.REPLACE).isArray();
    }

    /**
     * A file that declares its own {@code risk.factors} replaces the default ones: the default cut-offs and treatments
     * ({@code measurements.values[].cuts}, {@code .treatment}, and the BMI's) naming a factor it no longer has are dropped, so a default blood
     * pressure rule does not outlive a removed hypertension factor; so are the default narrative phrases whose rule
     * names such a factor. The file's own rules are checked as usual.
     */
    static void forgetMeasurementRulesOfReplacedFactors(JsonNode defaults, JsonNode factors) {
        Set<String> ids = new HashSet<>(RiskConfig.KINDS);
        factors.forEach(f -> ids.add(f.path("id").asText()));
        // default narrative phrases whose rule names a factor the file no longer has
        for (JsonNode persona : defaults.path("personas")) {
            forgetPhrasesNaming(persona.path("narrative"), FACTOR_FORMS, ids);
        }
        forgetPhrasesNaming(defaults.at("/narrative/generic"), FACTOR_FORMS, ids);
        forgetPhrasesNaming(defaults.at("/narrative"), FACTOR_FORMS, ids); // dispositions, notes, quote endings
        forgetPhrasesNaming(defaults.at("/engagement/texts"), FACTOR_FORMS, ids);
        for (JsonNode value : defaults.at("/measurements/values")) {
            forgetCutsNaming(value, ids);
        }
        forgetCutsNaming(defaults.at("/measurements/bmi"), ids);
    }

    /**
     * Removes a default value's cut-offs, treatment and correlation that name a factor (or, for a correlation, a
     * value) the file no longer has: the value then follows its population distribution alone.
     */
    private static void forgetCutsNaming(JsonNode value, Set<String> ids) {
        if (!(value instanceof ObjectNode object)) {
            return;
        }
        boolean cut = false;
        if (object.get("cuts") instanceof ArrayNode cuts) {
            for (int i = cuts.size() - 1; i >= 0; i--) {
                if (!ids.contains(cuts.get(i).path("factor").asText())) {
                    cuts.remove(i);
                }
            }
            cut = !cuts.isEmpty();
        }
        if (object.has("treatment") && !ids.contains(object.path("treatment").path("factor").asText())) {
            object.remove("treatment");
        }
        if (!cut) {
            object.remove("correlation"); // a correlation joins two values of one factor
        }
    }

    /** The rule forms that name a risk factor. */
    private static final List<String> FACTOR_FORMS = List.of("has", "measured");

    /**
     * Removes the phrases of every pool of {@code pools} whose {@code when} names, in one of {@code forms}, an id not
     * in {@code ids}.
     */
    private static void forgetPhrasesNaming(JsonNode pools, List<String> forms, Set<String> ids) {
        for (JsonNode pool : pools) {
            if (pool instanceof ArrayNode phrases) {
                for (int i = phrases.size() - 1; i >= 0; i--) {
                    if (namesUnknown(phrases.get(i).path("when"), forms, ids)) {
                        phrases.remove(i);
                    }
                }
            }
        }
    }

    /** Whether a rule tree has one of {@code forms} naming something outside {@code ids}. */
    private static boolean namesUnknown(JsonNode rule, List<String> forms, Set<String> ids) {
        if (rule.isObject()) {
            for (String form : forms) {
                JsonNode named = rule.get(form);
                if (named != null && named.isTextual() && !ids.contains(named.asText())) {
                    return true;
                }
            }
        }
        for (JsonNode child : rule) {
            if (namesUnknown(child, forms, ids)) {
                return true;
            }
        }
        return false;
    }

    /** Removes the node at {@code path} (a JSON pointer whose {@code *} segments match every key). */
    static void remove(JsonNode node, String path) {
        int slash = path.indexOf('/', 1);
        String head = slash < 0 ? path.substring(1) : path.substring(1, slash);
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (slash < 0) {
            object.remove(head);
        } else if (head.equals("*")) {
            object.elements().forEachRemaining(child -> remove(child, path.substring(slash)));
        } else if (object.has(head)) {
            remove(object.get(head), path.substring(slash));
        }
    }

    private static GeneratorConfig bind(ObjectMapper mapper, JsonNode merged, ParsedFile defaults, ParsedFile user) {
        Locator locator = new Locator(defaults, user);
        try {
            return mapper.treeToValue(merged, GeneratorConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            Object known = e.getKnownPropertyIds();
            throw locator.error(path, "unknown property '" + e.getPropertyName() + "'", null,
                    known == null ? null : known.toString().replaceAll("[\\[\\]]", ""));
        } catch (InvalidFormatException e) {
            // Jackson's own message quotes up to 500 characters of the value: name only the property
            throw locator.error(path(e), "invalid value", String.valueOf(e.getValue()), expected(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw locator.error(path(e), "wrong type", describe(merged.at(pointer(e))),
                    expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw locator.error(path(e), "invalid value: " + firstLine(e.getOriginalMessage()), null, null);
        } catch (IllegalArgumentException e) {
            throw locator.error("", "invalid configuration: " + e.getMessage(), null, null);
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "a list" : "a mapping";
        }
        return node.asText();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO date such as 2026-01-01";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        return type.getSimpleName();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String path(JsonMappingException e) {
        return Locator.dotted(pointer(e));
    }

    private static String path(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? path(m) : "";
    }

    private static ParsedFile parse(ObjectMapper mapper, String source, String content) {
        try {
            // First a streaming pass: where each property starts, and a string-length limit the YAML
            // parser does not enforce itself. Only then the tree.
            Map<String, JsonLocation> locations = new HashMap<>();
            InvisibleCharacters.Scan invisible = new InvisibleCharacters.Scan(source, content, mapper == JSON);
            try (JsonParser parser = mapper.getFactory().createParser(content)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    refuseAnchorsAndAliases(parser, source);
                    invisible.token(parser.currentTokenLocation());
                    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                        refuseNonXmlCharacters(parser, source);
                        invisible.text(parser.getText(), parser.currentTokenLocation(),
                                parser.getParsingContext().pathAsPointer().toString());
                    }
                    if (token == JsonToken.VALUE_STRING && parser.getTextLength() > JsonMappers.MAX_STRING_LENGTH) {
                        JsonLocation loc = parser.currentTokenLocation();
                        throw new ConfigException(source, line(loc), column(loc),
                                Locator.dotted(parser.getParsingContext().pathAsPointer().toString()),
                                "string is too long", parser.getTextLength() + " characters",
                                "at most " + JsonMappers.MAX_STRING_LENGTH + " characters", null);
                    }
                    if (token == JsonToken.FIELD_NAME || (token.isScalarValue() && parser.getParsingContext().inArray())
                            || (token.isStructStart() && parser.getParsingContext().getParent() != null
                                    && parser.getParsingContext().getParent().inArray())) {
                        String p = token.isStructStart()
                                ? parser.getParsingContext().getParent().pathAsPointer().toString()
                                : parser.getParsingContext().pathAsPointer().toString();
                        locations.putIfAbsent(p, parser.currentTokenLocation());
                    }
                }
            }
            JsonNode tree = mapper.readTree(content);
            return new ParsedFile(source, tree, locations, invisible.errors());
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            throw new ConfigException(source, line(loc), column(loc), null,
                    "file exceeds a safety limit: " + e.getOriginalMessage(), null,
                    "nesting up to " + JsonMappers.MAX_NESTING_DEPTH + " levels, strings up to "
                            + JsonMappers.MAX_STRING_LENGTH + " characters",
                    e);
        } catch (JsonProcessingException e) {
            int[] tab = mapper == JSON ? null : indentationTab(content);
            if (tab != null) {
                // SnakeYAML names the token before the tab, and the tab itself only in its message's later
                // lines: point at the tab, once
                throw new ConfigException(source, tab[0], tab[1], null, "a tab in the indentation", "\\t",
                        "spaces: YAML indents with spaces only", e);
            }
            JsonLocation loc = e.getLocation();
            throw new ConfigException(source, line(loc), column(loc), null,
                    "malformed file: " + firstLine(e.getOriginalMessage()), null,
                    "well-formed YAML or JSON", e);
        } catch (IOException e) {
            throw new ConfigException(source, -1, -1, null, "cannot read: " + e.getMessage(), null, null, e);
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML reports some limits (aliases, code points, version directives) as its own
            // unchecked exceptions; they are all "this file cannot be parsed".
            throw new ConfigException(source, -1, -1, null, "malformed file: " + firstLine(String.valueOf(e.getMessage())),
                    null, "well-formed YAML or JSON within the parser's safety limits", e);
        }
    }

    /** Line and column (1-based) of the first tab in a line's leading whitespace, or null. */
    static int[] indentationTab(String content) {
        int line = 1;
        int column = 1;
        boolean leading = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                leading = true;
                continue;
            }
            if (leading && c == '\t') {
                return new int[] {line, column};
            }
            if (c != ' ' && c != '\r') {
                leading = false;
            }
            column++;
        }
        return null;
    }

    /**
     * YAML anchors ({@code &name}) and aliases ({@code *name}) are refused: the YAML reader would turn an
     * alias into the text of its anchor's name, silently misreading the file.
     */
    private static void refuseAnchorsAndAliases(JsonParser parser, String source) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        boolean alias = yaml.isCurrentAlias();
        Object anchor = alias ? null : yaml.getObjectId();
        if (alias || anchor != null) {
            JsonLocation loc = parser.currentTokenLocation();
            String name = alias ? "*" + parser.getText() : "&" + anchor;
            throw new ConfigException(source, line(loc), column(loc),
                    Locator.dotted(parser.getParsingContext().pathAsPointer().toString()),
                    "YAML " + (alias ? "aliases" : "anchors") + " are not supported", name,
                    "plain values: write the value out where it is used", null);
        }
    }

    /**
     * Every string (and key) must be text an XML document can hold: the report is XHTML, and a character
     * such as U+FFFE or U+0001 would make it ill-formed.
     */
    private static void refuseNonXmlCharacters(JsonParser parser, String source) throws IOException {
        String text = parser.getText();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isXmlCharacter(cp)) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new ConfigException(source, line(loc), column(loc),
                        Locator.dotted(parser.getParsingContext().pathAsPointer().toString()),
                        String.format(Locale.ROOT, "character U+%04X cannot appear in text", cp), null,
                        "characters XML allows: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD,"
                                + " U+10000–U+10FFFF", null);
            }
            i += Character.charCount(cp);
        }
    }

    /** The XML 1.0 {@code Char} production. */
    static boolean isXmlCharacter(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return ConfigException.truncate(first);
    }

    static int line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr();
    }

    static int column(JsonLocation loc) {
        return loc == null || loc.getColumnNr() < 1 ? -1 : loc.getColumnNr();
    }

    /**
     * One parsed file: its tree, where each property (JSON pointer) starts, and the invisible format characters
     * it holds ({@link InvisibleCharacters}), reported with the file's other errors.
     */
    record ParsedFile(String source, JsonNode tree, Map<String, JsonLocation> locations,
            List<ConfigException> invisibleCharacters) {

        ConfigException error(String pointer, String problem, String value, String allowed) {
            JsonLocation loc = locations.get(pointer);
            return new ConfigException(source, line(loc), column(loc), Locator.dotted(pointer), problem, value,
                    allowed, null);
        }
    }

    /**
     * Finds where a property of the merged configuration came from: the user's file when it sets
     * the property (or the nearest enclosing one), otherwise the built-in defaults.
     */
    static final class Locator {
        private final ParsedFile defaults;
        private final ParsedFile user;
        private final List<ConfigException> problems = new ArrayList<>();

        Locator(ParsedFile defaults, ParsedFile user) {
            this.defaults = defaults;
            this.user = user;
        }

        ConfigException error(String dottedOrPointer, String problem, String value, String allowed) {
            String pointer = dottedOrPointer.startsWith("/") || dottedOrPointer.isEmpty()
                    ? dottedOrPointer : toPointer(dottedOrPointer);
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (user != null && user.locations.containsKey(p)) {
                    return at(user, p, pointer, problem, value, allowed);
                }
                if (p.isEmpty()) {
                    break;
                }
            }
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                if (defaults.locations.containsKey(p) || p.isEmpty()) {
                    return at(defaults, p, pointer, problem, value, allowed);
                }
            }
        }

        /**
         * Runs one independent check, keeping the error it finds so that the checks after it still run and a
         * file's errors are reported together. Once an error is kept, a later check that trips over its
         * consequence (a value the failed check would have refused) is not reported again. Returns whether the
         * check passed, so that a check resting on another's values runs only when that one passed.
         */
        boolean check(Runnable validation) {
            try {
                validation.run();
                return true;
            } catch (ConfigException e) {
                problems.addAll(e.errors());
            } catch (RuntimeException e) {
                if (problems.isEmpty()) {
                    throw e;
                }
            }
            return false;
        }

        /** How many errors {@link #check} has kept so far. */
        int problemCount() {
            return problems.size();
        }

        /**
         * Throws every error {@link #check} kept, together, in file order ({@link #inFileOrder}); returns when there
         * was none.
         */
        void throwProblems() {
            if (!problems.isEmpty()) {
                throw ConfigException.combined(inFileOrder(problems, user == null ? null : user.source));
            }
        }

        /** The user's file's name, or null when there is none (the built-in defaults alone). */
        String userSource() {
            return user == null ? null : user.source;
        }

        /** Whether the user's file sets the property (dotted path) itself. */
        boolean setByUser(String dotted) {
            return user != null && user.locations.containsKey(toPointer(dotted));
        }

        private static ConfigException at(ParsedFile file, String foundAt, String pointer, String problem,
                String value, String allowed) {
            JsonLocation loc = file.locations.get(foundAt);
            return new ConfigException(file.source, line(loc), column(loc), dotted(pointer), problem, value,
                    allowed, null);
        }

        static String toPointer(String dotted) {
            return "/" + dotted.replace(".", "/");
        }

        static String dotted(String pointer) {
            if (pointer.isEmpty()) {
                return "";
            }
            return pointer.substring(1).replace("~1", "/").replace("~0", "~").replace('/', '.');
        }
    }
}
