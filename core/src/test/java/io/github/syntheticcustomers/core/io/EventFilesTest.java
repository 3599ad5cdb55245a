package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import io.github.syntheticcustomers.core.timeline.EventPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code events} part in every built-in format: each file holds every event of every customer's timeline in index
 * order, as the generator gives them; the CSV's {@code properties} cell is the events' properties as compact JSON
 * that parses back to the JSON files' object, keys in order, through the CSV writer's quoting and formula guard; the
 * bytes do not depend on the thread count; the part is written only when selected (not by default), and the default
 * selection keeps its fingerprint. Written so that it holds for any timeline model: no count depends on it.
 */
class EventFilesTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final ObjectMapper JSON = JsonMappers.data();
    private static final Set<Format> FORMATS = EnumSet.of(Format.JSON, Format.JSONL, Format.CSV);
    private static final String HEADER = "event_id,customer_id,session_id,timestamp,time_zone,type,properties";

    @TempDir
    Path dir;

    private Manifest generate(String name, long seed, long count, int threads, Set<Part> parts) {
        return SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, seed, count, FORMATS, dir.resolve(name),
                threads, null, parts));
    }

    private static List<EngagementEvent> events(long seed, long count) {
        DatasetGenerator generator = new DatasetGenerator(DEFAULTS, seed, count);
        List<EngagementEvent> all = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            all.addAll(generator.events(i));
        }
        return all;
    }

    @Test
    void everyFormatHoldsEveryEventOfEveryCustomerInIndexOrder() throws IOException {
        Manifest manifest = generate("all", 42, 60, 2, Part.parseList("parts", "all"));
        List<EngagementEvent> expected = events(42, 60);
        assertFalse(expected.isEmpty());
        Path out = dir.resolve("all");

        List<String> lines = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertEquals(expected.stream().map(DatasetWriter::jsonLine).toList(), lines);

        JsonNode array = JSON.readTree(out.resolve("events.json").toFile());
        assertEquals(expected.size(), array.size());
        for (int k = 0; k < lines.size(); k++) {
            assertEquals(JSON.readTree(lines.get(k)), array.get(k), "events.json[" + k + "]");
        }

        List<List<String>> rows = parseCsv(Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8));
        assertEquals(HEADER, String.join(",", rows.get(0)));
        assertEquals(expected.size(), rows.size() - 1);
        for (int k = 0; k < expected.size(); k++) {
            EngagementEvent e = expected.get(k);
            List<String> row = rows.get(k + 1);
            assertEquals(List.of(e.eventId(), e.customerId(), e.sessionId() == null ? "" : e.sessionId(),
                    e.timestamp().toString(), e.timeZone(), e.type()), row.subList(0, 6), "row " + (k + 1));
            assertProperties(JSON.readTree(lines.get(k)).get("properties"), row.get(6), "row " + (k + 1));
        }

        for (Format f : FORMATS) {
            assertEquals(expected.size(), manifest.file("events." + f.extension()).records(), f.id());
        }
        assertTrue(manifest.schemas().stream().anyMatch(s -> s.file().equals("events.schema.json")));
        assertArrayEquals(DatasetSchema.EVENTS.bytes(), Files.readAllBytes(out.resolve("events.schema.json")));
    }

    @Test
    void theEventIdsAreTheOnesAShardMergeExpects() {
        DatasetGenerator generator = new DatasetGenerator(DEFAULTS, 7, 40);
        for (long i = 0; i < 40; i++) {
            List<EngagementEvent> events = generator.events(i);
            for (int k = 0; k < events.size(); k++) {
                assertEquals(EventPart.eventId(i, k + 1), events.get(k).eventId());
                assertTrue(events.get(k).eventId().startsWith(EventPart.eventIdPrefix(i)));
                assertEquals(DatasetGenerator.customerId(i), events.get(k).customerId());
            }
        }
        assertEquals("evt-000001-000001", EventPart.eventId(0, 1));
        assertEquals("evt-1000000-1234567", EventPart.eventId(999_999, 1_234_567));
        assertFalse(EventPart.eventId(10, 1).startsWith(EventPart.eventIdPrefix(1)), "cus-000011 is not cus-000001");
    }

    @Test
    void propertiesOfEveryValueTypeAreJsonInEveryFormatAndSurviveTheCsvQuotingAndFormulaGuard() throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("visit", 1);
        p.put("big", 12_345_678_901L);
        p.put("value", 72.5);
        p.put("whole", 2.0);
        p.put("ratio", 0.1);
        p.put("managed", true);
        p.put("condition", "Type 2 \"diabetes\", managed");
        p.put("formula", "=HYPERLINK(\"http://x\")");
        p.put("date", LocalDate.of(2025, 3, 14));
        p.put("lines", "a\nb");
        EngagementEvent event = new EngagementEvent("evt-000001-000003", "cus-000001", null,
                Instant.parse("2025-11-03T18:12:09Z"), "America/Chicago", "measurement_recorded", p);

        String line = DatasetWriter.jsonLine(event);
        assertEquals("{\"event_id\":\"evt-000001-000003\",\"customer_id\":\"cus-000001\",\"session_id\":null,"
                + "\"timestamp\":\"2025-11-03T18:12:09Z\",\"time_zone\":\"America/Chicago\","
                + "\"type\":\"measurement_recorded\",\"properties\":{\"visit\":1,\"big\":12345678901,\"value\":72.5,"
                + "\"whole\":2.0,\"ratio\":0.1,\"managed\":true,\"condition\":\"Type 2 \\\"diabetes\\\", managed\","
                + "\"formula\":\"=HYPERLINK(\\\"http://x\\\")\",\"date\":\"2025-03-14\",\"lines\":\"a\\nb\"}}", line);

        EventPart part = new EventPart(new DatasetGenerator(DEFAULTS, 1, 1));
        ByteArrayBuilder element = new ByteArrayBuilder();
        DatasetWriter.appendRecord(element, part, Format.JSON, event);
        String pretty = new String(element.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(pretty.startsWith(",\n  {\n    \"event_id\": "), pretty);
        assertEquals(JSON.readTree(line), JSON.readTree(pretty.substring(1)));

        String row = Csv.row(part.csvColumns(), event);
        List<List<String>> parsed = parseCsv(row);
        assertEquals(1, parsed.size());
        List<String> cells = parsed.get(0);
        assertEquals(List.of("evt-000001-000003", "cus-000001", "", "2025-11-03T18:12:09Z", "America/Chicago",
                "measurement_recorded"), cells.subList(0, 6));
        String properties = cells.get(6);
        assertTrue(properties.startsWith("{\"visit\":1,"), "not prefixed by the formula guard: " + properties);
        assertFalse(Csv.isFormula(properties));
        assertProperties(JSON.readTree(line).get("properties"), properties, "the fixture");
        assertTrue(row.endsWith("\"lines\"\":\"\"a\\nb\"\"}\"\n"), "quoted as RFC 4180 says: " + row);
    }

    @Test
    void theEventsBytesDoNotDependOnTheThreadCount() throws IOException {
        generate("one", 3, 150, 1, Part.all());
        generate("four", 3, 150, 4, Part.all());
        for (String file : List.of("events.json", "events.jsonl", "events.csv", "manifest.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("four").resolve(file)), file);
        }
    }

    @Test
    void theEventsAreWrittenOnlyWhenSelectedAndTheDefaultKeepsItsFingerprint() {
        assertEquals(EnumSet.of(Part.CUSTOMERS, Part.SCENARIOS, Part.ENGAGEMENT_STEPS), Part.defaults());
        assertEquals(Part.defaults(), Part.parseList("parts", Part.DEFAULT_LIST));
        assertEquals(Part.defaults(), Part.parseList("parts", GenerationSettings.DEFAULT_PARTS));
        assertTrue(Part.parseList("parts", "all").contains(Part.EVENTS));
        assertEquals(Set.of(Part.EVENTS), Part.parseList("parts", " Events "));
        assertEquals("customers, scenarios, engagement-steps, events, boundary-cases or all (comma-separated)",
                Part.allowedText());
        assertEquals(Part.all(), Part.parseList("parts", "all"));
        assertFalse(Part.all().contains(Part.BOUNDARY_CASES));
        assertEquals(Set.of(Part.CUSTOMERS, Part.SCENARIOS, Part.ENGAGEMENT_STEPS, Part.EVENTS, Part.BOUNDARY_CASES),
                Part.parseList("parts", "all, boundary-cases"));

        GenerationRequest byDefault = new GenerationRequest(DEFAULTS, 42, 20, FORMATS, dir.resolve("default"), 1);
        assertEquals(Part.defaults(), byDefault.parts());
        Manifest manifest = SyntheticDatasets.generate(byDefault);
        assertNull(manifest.file("events.jsonl"));
        assertFalse(Files.exists(dir.resolve("default/events.jsonl")));
        assertFalse(Files.exists(dir.resolve("default/events.schema.json")));

        String digest = SyntheticDatasets.configDigest(DEFAULTS);
        // the default's fingerprint is the text without a parts line, as before the events part existed
        String text = String.join("\n", SyntheticDatasets.GENERATOR, SyntheticDatasets.version(), "42", "20",
                "[csv, json, jsonl]", DEFAULTS.referenceDate().toString(), digest);
        assertEquals(SyntheticDatasets.fingerprint(byDefault, digest), sha256(text));
        GenerationRequest all = byDefault.withParts(Part.all());
        assertEquals(sha256(text + "\nparts [customers, engagement-steps, events, scenarios]"),
                SyntheticDatasets.fingerprint(all, digest));
        assertNotEquals(SyntheticDatasets.fingerprint(byDefault, digest), SyntheticDatasets.fingerprint(all, digest));
    }

    /** The CSV cell parses as JSON to exactly {@code expected}, the JSON files' properties, keys in the same order. */
    private static void assertProperties(JsonNode expected, String cell, String where) throws IOException {
        JsonNode parsed = JSON.readTree(cell);
        assertEquals(expected, parsed, where);
        assertEquals(names(expected), names(parsed), where + ": key order");
        assertEquals(DatasetWriter.jsonLine(expected), cell, where + ": the JSON Lines text of the properties");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180: quoted cells with doubled quotes and line ends inside; rows end in LF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "the last row ends in LF");
        return rows;
    }
}
