package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written {@code engagement-steps.*} files: camelCase shape (guide: formats-and-schemas.md), links, manifest, round trip. */
class EngagementStepFileTest {

    private static final int COUNT = 60;
    private static final List<String> STEP_KEYS = List.of("id", "customerId", "scenarioId", "journeyStep", "phase",
            "emotionalState", "completionStatus", "type", "content", "visibility", "valueComponents", "emotionalComponents",
            "personaComponents", "disclosureComponents", "loadingSequence", "interactions", "progress",
            "patternMetrics");
    private static final Set<String> TIERS = Set.of("essential", "extended", "comprehensive");
    private static final Set<String> EMOTION_TYPES = Set.of("reassurance", "normalization", "validation", "guidance",
            "encouragement", "celebration");
    private static final Set<String> APPROACHES = Set.of("gentle", "structured", "balanced", "clinical", "direct");
    private static final List<String> STAGES = List.of("initial", "critical-content", "enhanced-context",
            "personalization", "deep-context", "complete");

    @TempDir
    static Path dir;
    static Manifest manifest;
    static JsonNode steps;

    @BeforeAll
    static void generate() throws IOException {
        manifest = SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, COUNT,
                EnumSet.of(Format.JSON, Format.JSONL, Format.CSV), dir, 2));
        steps = JsonMappers.data().readTree(dir.resolve("engagement-steps.json").toFile());
    }

    @Test
    void everyRecordHasTheCamelCaseShapeTheReadmeDocuments() {
        assertTrue(steps.isArray());
        assertTrue(steps.size() >= COUNT, "at least one step per customer: " + steps.size());
        for (JsonNode s : steps) {
            assertEquals(STEP_KEYS, keys(s), s.toString());
            for (String text : List.of("id", "customerId", "scenarioId", "journeyStep", "phase", "emotionalState", "content")) {
                assertTrue(s.get(text).isTextual() && !s.get(text).asText().isBlank(), text + " in " + s);
            }
            assertTrue(TIERS.contains(s.get("type").asText()));
            assertTrue(Set.of("visible", "collapsed").contains(s.get("visibility").asText()));

            JsonNode v = s.get("valueComponents");
            // a personal line only where one applies
            List<String> valueKeys = keys(v);
            assertTrue(valueKeys.equals(List.of("preview", "confirmation", "contextual"))
                    || valueKeys.equals(List.of("preview", "confirmation", "contextual", "personal")), valueKeys.toString());
            assertTrue(v.get("preview").asText().startsWith("Why this matters"));

            JsonNode e = s.get("emotionalComponents");
            assertEquals(List.of("type", "intensity", "message"), keys(e));
            assertTrue(EMOTION_TYPES.contains(e.get("type").asText()), e.toString());
            unit(e.get("intensity"));
            assertTrue(e.get("message").isTextual());

            JsonNode p = s.get("personaComponents");
            assertEquals(List.of("approach", "intensity", "adaptations"), keys(p));
            assertTrue(APPROACHES.contains(p.get("approach").asText()));
            unit(p.get("intensity"));
            assertTrue(p.get("adaptations").isArray() && p.get("adaptations").size() >= 3);

            JsonNode rules = s.get("disclosureComponents").get("visibilityRules");
            assertEquals(List.of("visibilityRules", "readiness"), keys(s.get("disclosureComponents")));
            assertEquals(List.of("isVisible", "visibleTiers", "deferredTiers", "revealOn"), keys(rules));
            assertTrue(rules.get("isVisible").isBoolean());
            assertEquals("essential", rules.get("visibleTiers").get(0).asText());
            assertEquals(s.get("type").asText(), rules.get("visibleTiers").get(rules.get("visibleTiers").size() - 1).asText());
            assertEquals(3, rules.get("visibleTiers").size() + rules.get("deferredTiers").size());

            List<String> sequence = new ArrayList<>();
            s.get("loadingSequence").forEach(n -> sequence.add(n.asText()));
            assertEquals("initial", sequence.get(0));
            assertEquals("complete", sequence.get(sequence.size() - 1));
            assertEquals(STAGES.stream().filter(sequence::contains).toList(), sequence, "canonical order");

            assertEquals(List.of("timeOnStepSeconds", "scrollDepth", "hesitations", "revisits", "helpOpened",
                    "detailsExpanded"), keys(s.get("interactions")));
            unit(s.get("progress"));
            JsonNode m = s.get("patternMetrics");
            assertEquals(List.of("valueArticulation", "emotionalScaffolding", "progressiveDisclosure",
                    "personaAlignment"), keys(m));
            m.forEach(EngagementStepFileTest::unit);
        }
    }

    @Test
    void stepsFollowTheirScenariosJourneyWithGrowingProgress() {
        List<TestScenario> scenarios = DatasetReader.readAll(dir.resolve("scenarios.json"), TestScenario.class);
        Map<String, List<JsonNode>> byScenario = new LinkedHashMap<>();
        for (JsonNode s : steps) {
            byScenario.computeIfAbsent(s.get("scenarioId").asText(), k -> new ArrayList<>()).add(s);
        }
        assertEquals(scenarios.stream().map(TestScenario::scenarioId).toList(), List.copyOf(byScenario.keySet()),
                "every scenario, in index order");
        int collapsed = 0;
        for (TestScenario scenario : scenarios) {
            List<JsonNode> adapted = byScenario.get(scenario.scenarioId());
            List<JourneyStep> journey = scenario.journey();
            assertEquals(journey.size(), adapted.size(), "one adapted step per journey step reached");
            double progress = 0;
            // progress counts every step completed on the timeline: those before the journey too
            int completed = scenario.completedBefore();
            for (int i = 0; i < journey.size(); i++) {
                JsonNode s = adapted.get(i);
                JourneyStep j = journey.get(i);
                assertEquals(scenario.customerId(), s.get("customerId").asText());
                assertEquals(j.step(), s.get("journeyStep").asText());
                assertEquals(j.phase(), s.get("phase").asText());
                assertEquals(j.emotionalState(), s.get("emotionalState").asText());
                boolean skipped = "skipped".equals(j.completionStatus());
                assertEquals(skipped ? "collapsed" : "visible", s.get("visibility").asText());
                assertEquals(!skipped, s.get("disclosureComponents").get("visibilityRules").get("isVisible").asBoolean());
                collapsed += skipped ? 1 : 0;
                assertTrue(s.get("id").asText().endsWith(String.format(Locale.ROOT, "-%02d", i + 1)));
                completed += "completed".equals(j.completionStatus()) ? 1 : 0;
                assertEquals(Math.round(100.0 * completed / 16) / 100.0, s.get("progress").asDouble(), 1e-9);
                assertEquals(j.timeOnStepSeconds(), s.get("interactions").get("timeOnStepSeconds").asInt(),
                        "the time on step is the timeline's");
                assertTrue(s.get("progress").asDouble() >= progress);
                progress = s.get("progress").asDouble();
            }
        }
        assertTrue(collapsed > 0, "some skipped steps occur in 60 scenarios");
    }

    private static List<String> readLines(java.nio.file.Path file) {
        try {
            return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void manifestListsTheFilesAndTheReaderRoundTripsThem() {
        Manifest.FileEntry json = entry("engagement-steps.json");
        Manifest.FileEntry jsonl = entry("engagement-steps.jsonl");
        assertEquals(steps.size(), json.records());
        assertEquals(steps.size(), jsonl.records());
        Manifest.FileEntry csv = entry("engagement-steps.csv");
        assertEquals(steps.size(), csv.records(), "one flat CSV row per step");
        List<String> lines = readLines(dir.resolve("engagement-steps.csv"));
        // content spans lines (quoted, RFC 4180): count rows by the manifest, check the header and the first row
        assertTrue(lines.get(0).startsWith("id,customer_id,scenario_id,journey_step,phase,emotional_state,"
                + "completion_status,tier,approach,emotional_support,progress,"), lines.get(0));
        assertTrue(lines.get(1).startsWith(steps.get(0).get("id").asText() + "," + steps.get(0).get("customerId").asText()
                + ","), lines.get(1));
        List<EngagementStep> fromJson = DatasetReader.readAll(dir.resolve("engagement-steps.json"), EngagementStep.class);
        List<EngagementStep> fromJsonl = DatasetReader.readAll(dir.resolve("engagement-steps.jsonl"),
                EngagementStep.class);
        assertEquals(fromJson, fromJsonl);
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, COUNT);
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        List<EngagementStep> alone = new ArrayList<>();
        for (int i = COUNT - 1; i >= 0; i--) {
            alone.addAll(0, part.recordsFor(i));
        }
        assertEquals(alone, fromJson, "records of index i depend only on (seed, config, i)");
    }

    @Test
    void jsonlLinesAreTheCompactRecords() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("engagement-steps.jsonl"), StandardCharsets.UTF_8);
        assertEquals(steps.size(), lines.size());
        for (int i = 0; i < lines.size(); i += 97) {
            assertEquals(steps.get(i), JsonMappers.data().readTree(lines.get(i)), "line " + (i + 1));
        }
    }

    /** Customer id to persona, from the written customers file. */
    private static Map<String, String> personaOf() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode c : JsonMappers.data().readTree(dir.resolve("customers.json").toFile())) {
            out.put(c.get("id").asText(), c.get("persona_type").asText());
        }
        return out;
    }

    @Test
    void personasDifferInTheWrittenData() throws IOException {
        Map<String, String> persona = personaOf();
        Map<String, int[]> essentialAndTotal = new LinkedHashMap<>();
        for (JsonNode s : steps) {
            int[] c = essentialAndTotal.computeIfAbsent(persona.get(s.get("customerId").asText()), k -> new int[2]);
            c[0] += "essential".equals(s.get("type").asText()) ? 1 : 0;
            c[1]++;
        }
        double avoiders = (double) essentialAndTotal.get("health_aware_avoider")[0]
                / essentialAndTotal.get("health_aware_avoider")[1];
        double professionals = (double) essentialAndTotal.get("healthcare_professional")[0]
                / essentialAndTotal.get("healthcare_professional")[1];
        assertTrue(avoiders > 0.5 && professionals < 0.05, avoiders + " vs " + professionals);
    }

    private static Manifest.FileEntry entry(String name) {
        Manifest.FileEntry entry = manifest.file(name);
        assertTrue(entry != null, name + " missing from manifest " + manifest.files());
        return entry;
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static void unit(JsonNode n) {
        assertTrue(n.isNumber() && n.asDouble() >= 0 && n.asDouble() <= 1, String.valueOf(n));
    }
}
