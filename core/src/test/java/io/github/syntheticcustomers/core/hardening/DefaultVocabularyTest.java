package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default vocabulary lives only in {@code defaults.yaml}: no string literal of the core's main Java sources
 * names a default persona, scenario type, phase, step, emotional state or risk factor. A literal that is
 * exactly such an id fails, and so does one that contains a multi-word id ({@code risk_assessment}) as a
 * token. Single-word ids ({@code action}, {@code curious}) are common words, so only a literal that is exactly
 * the id counts for them. The few literals that coincide with an id but mean something else are listed in
 * {@link #UNRELATED}, each with the reason.
 */
class DefaultVocabularyTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9_]*");

    /** File (relative to the package root) and literal that coincide with a default id but do not name it. */
    private static final Map<String, String> UNRELATED = Map.of(
            // the configuration section of the engagement engine, not the phase
            "config/ConfigValidator.java", "engagement",
            // the random stream of the profile's engagement section; renaming it would change every byte
            "generate/ProfileGenerator.java", "engagement",
            // the quality check of the engagement steps (its name in quality.json), not the phase
            "quality/EngagementCheck.java", "engagement",
            // the report section of the engagement steps (its id in the page), not the phase
            "report/ReportRenderer.java", "engagement",
            // the customer record's engagement property, flattened into the customers table, not the phase
            "relational/RelationalTables.java", "engagement");

    @Test
    void noMainSourceNamesADefaultId() throws IOException {
        Set<String> ids = defaultIds(ConfigLoader.defaults());
        assertTrue(ids.size() > 50, "the defaults declare their vocabulary: " + ids.size());
        List<String> offenders = new ArrayList<>();
        Path root = SOURCES.resolve("io/github/syntheticcustomers/core");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    for (String id : namedIds(literal, ids)) {
                        if (!id.equals(UNRELATED.get(relative))) {
                            offenders.add(relative + ": \"" + literal + "\" names " + id);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "default ids belong in defaults.yaml");
    }

    @Test
    void theScannerFindsIdsInLiteralsAndTextBlocksButNotInComments() {
        String source = "class A { // \"curious\"\n /* \"awareness\" */ String a = \"risk_assessment done\";"
                + " String b = \"\"\"\n  first_time_user\n  \"\"\"; String c = \"a \\\"quoted\\\" curious\";"
                + " char q = '\"'; String d = \"curious\"; }";
        List<String> literals = stringLiterals(source);
        assertEquals(List.of("risk_assessment done", "\n  first_time_user\n  ", "a \\\"quoted\\\" curious", "curious"),
                literals);
        Set<String> ids = Set.of("curious", "risk_assessment", "first_time_user", "awareness");
        assertEquals(Set.of("risk_assessment"), namedIds(literals.get(0), ids));
        assertEquals(Set.of("first_time_user"), namedIds(literals.get(1), ids));
        assertEquals(Set.of(), namedIds(literals.get(2), ids), "a single-word id only as the whole literal");
        assertEquals(Set.of("curious"), namedIds(literals.get(3), ids));
    }

    /** Every id the built-in configuration declares. */
    private static Set<String> defaultIds(GeneratorConfig config) {
        Set<String> ids = new TreeSet<>(config.personas().keySet());
        ids.addAll(config.scenarios().types().keySet());
        for (JourneyConfig.Phase phase : config.journey().phases()) {
            ids.add(phase.id());
            phase.steps().forEach(step -> ids.add(step.id()));
        }
        config.journey().emotionalStates().forEach(state -> ids.add(state.id()));
        config.risk().factors().stream().map(RiskConfig.Factor::id).forEach(ids::add);
        ids.addAll(config.engagement().approachIds());
        return ids;
    }

    /** The ids {@code literal} names: itself, or a multi-word id among its tokens. */
    static Set<String> namedIds(String literal, Set<String> ids) {
        Set<String> named = new TreeSet<>();
        if (ids.contains(literal)) {
            named.add(literal);
        }
        Matcher m = TOKEN.matcher(literal);
        while (m.find()) {
            if (m.group().contains("_") && ids.contains(m.group())) {
                named.add(m.group());
            }
        }
        return named;
    }

    /** The contents of the string literals and text blocks of a Java source, comments and chars skipped. */
    static List<String> stringLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int end = src.indexOf("\"\"\"", start);
                out.add(src.substring(start, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(src.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
