package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written {@code scenarios.*} files: the seed's output format (checked on the JSON text, not on the Java
 * objects), listed in the manifest, read back to the same records, and the same bytes whatever the thread
 * count, default locale and default time zone.
 */
class ScenarioFilesTest {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void generate() {
        out = dir.resolve("one-thread");
        SyntheticDatasets.generate(request(out, 1));
    }

    private static GenerationRequest request(Path directory, int threads) {
        return new GenerationRequest(ConfigLoader.defaults(), Scenarios.SEED, Scenarios.COUNT,
                EnumSet.of(Format.JSON, Format.JSONL, Format.CSV), directory, threads);
    }

    @Test
    void everyScenarioHasTheSeedsShapeInTheWrittenJson() throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.resolve("scenarios.json").toFile());
        assertTrue(root.isArray());
        assertEquals(Scenarios.COUNT, root.size());
        for (JsonNode s : root) {
            String id = s.path("scenario_id").asText();
            assertFields(s, id, "scenario_id", "customer_id", "scenario_type", "user", "journey_status", "completed_before",
                    "journey");
            assertTrue(s.get("scenario_id").isTextual() && id.matches("scn-\\d{6}"), id);
            assertTrue(s.get("customer_id").isTextual() && s.get("customer_id").asText().matches("cus-\\d{6}"), id);
            assertTrue(s.get("scenario_type").isTextual(), id);
            JsonNode user = s.get("user");
            assertFields(user, id, "name", "age", "persona_type", "risk_level", "screening_history");
            assertTrue(user.get("name").isTextual() && user.get("name").asText().contains(" "), id);
            assertTrue(user.get("age").isInt(), id);
            assertTrue(user.get("persona_type").isTextual() && user.get("risk_level").isTextual(), id);
            JsonNode sh = user.get("screening_history");
            assertFields(sh, id, "has_history", "frequency", "last_screening", "completion_rate",
                    "programmes"); // the customer's screening history, with its programme entries
            assertTrue(sh.get("has_history").isBoolean() && sh.get("frequency").isTextual(), id);
            assertTrue(sh.get("last_screening").isNull()
                    || sh.get("last_screening").isTextual() && DATE.matcher(sh.get("last_screening").asText()).matches(), id);
            assertTrue(sh.get("completion_rate").isNumber(), id);
            JsonNode journey = s.get("journey");
            assertTrue(journey.isArray() && journey.size() > 0, id);
            for (JsonNode step : journey) {
                assertFields(step, id, "phase", "step", "timestamp", "actions", "emotional_state", "completion_status",
                        "time_on_step_seconds");
                assertTrue(step.get("phase").isTextual() && step.get("step").isTextual(), id);
                assertTrue(step.get("timestamp").isTextual()
                        && TIMESTAMP.matcher(step.get("timestamp").asText()).matches(), id + " " + step.get("timestamp"));
                assertTrue(step.get("actions").isArray() && step.get("actions").size() > 0, id);
                step.get("actions").forEach(a -> assertTrue(a.isTextual(), id));
                assertTrue(step.get("emotional_state").isTextual() && step.get("completion_status").isTextual(), id);
            }
        }
    }

    @Test
    void theScenariosUserBlockMatchesTheWrittenCustomer() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode customers = mapper.readTree(out.resolve("customers.json").toFile());
        JsonNode scenarios = mapper.readTree(out.resolve("scenarios.json").toFile());
        for (int i = 0; i < Scenarios.COUNT; i++) {
            JsonNode c = customers.get(i);
            JsonNode u = scenarios.get(i).get("user");
            assertEquals(c.get("id"), scenarios.get(i).get("customer_id"));
            JsonNode d = c.get("demographics");
            assertEquals(d.get("first_name").asText() + " " + d.get("last_name").asText(), u.get("name").asText());
            assertEquals(d.get("age"), u.get("age"));
            assertEquals(c.get("persona_type"), u.get("persona_type"));
            assertEquals(c.get("risk_level"), u.get("risk_level"));
            assertEquals(c.get("health_profile").get("screening_history"), u.get("screening_history"));
        }
    }

    @Test
    void theManifestListsTheScenarioFilesWithCountsAndTheReaderRoundTrips() {
        Manifest manifest = DatasetReader.readManifest(out);
        for (String file : List.of("scenarios.json", "scenarios.jsonl", "scenarios.csv")) {
            Manifest.FileEntry entry = manifest.file(file);
            assertNotNull(entry, file);
            assertEquals(Scenarios.COUNT, entry.records(), file);
            assertEquals(ScenarioPart.NAME, entry.part(), file);
        }
        List<TestScenario> expected = Scenarios.defaults();
        assertEquals(expected, DatasetReader.readAll(out.resolve("scenarios.json"), TestScenario.class));
        assertEquals(expected, DatasetReader.readAll(out.resolve("scenarios.jsonl"), TestScenario.class));
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerScenario() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("scenarios.csv"));
        assertTrue(lines.get(0).startsWith("scenario_id,customer_id,scenario_type,"), lines.get(0));
        assertEquals(Scenarios.COUNT + 1, lines.size());
        assertTrue(lines.get(1).startsWith("scn-000001,cus-000001,"), lines.get(1));
    }

    @Test
    void sameBytesForFourThreadsAndUnderAnotherLocaleAndTimeZone() throws IOException {
        Path four = dir.resolve("four-threads");
        SyntheticDatasets.generate(request(four, 4));
        assertSameScenarioFiles(out, four);

        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Path turkish = dir.resolve("tr-kiritimati");
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SyntheticDatasets.generate(request(turkish, 3));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertSameScenarioFiles(out, turkish);
    }

    private static void assertSameScenarioFiles(Path a, Path b) throws IOException {
        for (String file : List.of("scenarios.json", "scenarios.jsonl", "scenarios.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    private static void assertFields(JsonNode node, String id, String... names) {
        assertTrue(node.isObject(), id);
        List<String> actual = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            actual.add(it.next());
        }
        assertEquals(List.of(names), actual, id);
    }
}
