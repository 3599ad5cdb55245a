package io.github.syntheticcustomers.core.seedless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.NarrativeConfig;
import io.github.syntheticcustomers.core.config.NarrativeEntry;
import io.github.syntheticcustomers.core.config.NarrativePools;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing of the seed (issue 30, item 9): a product of its own (core/src/test/resources/custom-seedless.yaml: two
 * personas, two phases, steps with and without content, no screening programmes, its own narrative) writes files and
 * a report in which no phrase of the built-in configuration appears. The phrases are read from the defaults
 * (persona names, step titles and texts, narrative lines), plus the Java literals that used to leak.
 */
class SeedlessOutputTest {

    /** Phrases of the seed's domain that Java code used to write whatever the configuration said. */
    static final List<String> JAVA_LEAKS = List.of("Nrt order", "the essentials", "prevention plan",
            "recommended screenings", "engage least with the platform", "Mean screening completion", "With screening history",
            "screening_gap",
            // the seed's domain in its engagement texts, scaffolding and captions: a product of another domain
            // inherits these texts unless it sets its own, so they must be neutral
            "your plan", "prevention", "diagnosis");

    /**
     * Default texts that are also neutral mechanism words, so not a leak: "Life events" is the seed's step title and
     * the name of the coherence rule and report heading about a customer's life events, which every product has.
     * The record fields ({@code screening_completion_rate} in customers.csv and the schemas) are the record shape,
     * the same for every product, and not in this list's scope; so is the name of the coherence rule that checks
     * measurements against "the screening history" in quality.json and the report.
     */
    static final Set<String> MECHANISM_WORDS = Set.of("Life events");

    @TempDir
    Path dir;

    static GeneratorConfig custom() {
        return TestResources.config("custom-seedless.yaml");
    }

    /** The seed's own phrases: every configured text of the built-in configuration a custom product replaces. */
    static Set<String> seedPhrases() {
        GeneratorConfig d = ConfigLoader.defaults();
        Set<String> phrases = new TreeSet<>();
        for (PersonaConfig p : d.personas().values()) {
            phrases.add(p.name());
            pools(p.narrative(), phrases);
        }
        NarrativeConfig n = d.narrative();
        pools(n.generic(), phrases);
        entries(n.dispositions(), phrases);
        entries(n.dispositionNotes(), phrases);
        entries(n.quoteEndings(), phrases);
        phrases.add(n.familyHistoryConcern().substring(0, n.familyHistoryConcern().indexOf(NarrativeConfig.CONDITION))
                .trim());
        for (JourneyConfig.Phase phase : d.journey().phases()) {
            for (JourneyConfig.Step step : phase.steps()) {
                JourneyConfig.Content c = step.content();
                if (c != null) {
                    Stream.of(c.title(), c.benefit(), c.evidence(), c.essential(), c.extended(), c.comprehensive(),
                            c.context()).forEach(phrases::add);
                }
            }
        }
        // the life events' descriptions, the seed's words for what happened to a customer
        for (var type : d.lifeEvents().types()) {
            Stream.of(type.description()).filter(java.util.Objects::nonNull).forEach(phrases::add);
            if (type.derived() != null) {
                Stream.of(type.derived().description()).filter(java.util.Objects::nonNull).forEach(phrases::add);
                if (type.derived().byEducation() != null) {
                    phrases.addAll(type.derived().byEducation().values());
                }
            }
        }
        // the personal lines speak of the seed's record (screenings, measurements): shown only at steps they name
        for (var line : d.engagement().texts().personal()) {
            String fixed = line.text().contains("{") ? line.text().substring(0, line.text().indexOf('{'))
                    : line.text();
            if (fixed.strip().length() >= 12) {
                phrases.add(fixed.strip());
            }
        }
        phrases.addAll(JAVA_LEAKS);
        phrases.removeIf(s -> s == null || s.isBlank() || MECHANISM_WORDS.contains(s));
        return phrases;
    }

    private static void pools(NarrativePools pools, Set<String> out) {
        if (pools != null) {
            entries(pools.motivations(), out);
            entries(pools.concerns(), out);
            entries(pools.goals(), out);
            entries(pools.quotes(), out);
        }
    }

    private static void entries(List<NarrativeEntry> entries, Set<String> out) {
        if (entries != null) {
            entries.forEach(e -> out.add(e.text()));
        }
    }

    @Test
    void thePhraseListIsReadFromTheDefaults() {
        Set<String> phrases = seedPhrases();
        assertTrue(phrases.size() > 200, "phrases: " + phrases.size());
        assertTrue(phrases.contains("Health-Aware Avoiders"));
        assertTrue(phrases.contains("Your risk check"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 1234})
    void noSeedPhraseAppearsInTheFilesOrTheReport(long seed) throws IOException {
        GeneratorConfig config = custom();
        SyntheticDatasets.generate(new GenerationRequest(config, seed, 200, Set.of(Format.JSON, Format.JSONL,
                Format.CSV), dir, 1, null, Part.defaults()));
        ReportFiles.report(dir, config);
        Set<String> phrases = seedPhrases();
        List<String> leaks = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                files++;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                for (String phrase : phrases) {
                    if (lower.contains(phrase.toLowerCase(java.util.Locale.ROOT))
                            || text.contains(htmlEscaped(phrase))) {
                        leaks.add(dir.relativize(f) + ": " + phrase);
                    }
                }
            }
        }
        assertTrue(files >= 8, "files written: " + files);
        assertEquals(List.of(), leaks);

        // phases and steps read as display names wherever the report shows them to a reader; their ids appear only in
        // machine-readable places (the quality measurements' <code> names)
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)
                .replaceAll("<code>[^<]*</code>", "");
        for (JourneyConfig.Phase phase : config.journey().phases()) {
            assertTrue(html.contains(htmlEscaped(phase.displayName())), phase.displayName());
            assertFalse(html.contains(phase.id()), "raw phase id " + phase.id());
            for (JourneyConfig.Step step : phase.steps()) {
                assertTrue(html.contains(htmlEscaped(step.displayName())), step.displayName());
                assertFalse(html.contains(step.id()), "raw step id " + step.id());
            }
        }
    }

    private static String htmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
