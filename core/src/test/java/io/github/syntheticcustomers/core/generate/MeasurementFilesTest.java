package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurements as written: a dated panel in the JSON and JSON Lines profiles, one column each in the CSV. */
class MeasurementFilesTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final List<String> CODES = List.of("body_height", "body_weight", "bmi", "systolic_bp",
            "diastolic_bp", "hba1c", "total_cholesterol");

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        SyntheticDatasets.generate(new GenerationRequest(CONFIG, 42, 200,
                EnumSet.of(Format.JSON, Format.JSONL, Format.CSV), dir, 1));
    }

    @Test
    void everyScreeningVisitCarriesOneDatedPanelInJsonAndJsonLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode array = json.readTree(dir.resolve("customers.json").toFile());
        List<String> lines = Files.readAllLines(dir.resolve("customers.jsonl"), StandardCharsets.UTF_8);
        assertEquals(200, array.size());
        int withPanels = 0;
        int series = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonNode measurements = array.get(i).path("health_profile").path("measurements");
            JsonNode screening = array.get(i).path("health_profile").path("screening_history");
            assertEquals(measurements, json.readTree(lines.get(i)).path("health_profile").path("measurements"));
            // one panel per kept screening visit: none without a screening history
            assertEquals(screening.path("has_history").asBoolean(), measurements.size() > 0, screening.toString());
            if (measurements.size() == 0) {
                continue;
            }
            withPanels++;
            assertEquals(0, measurements.size() % CODES.size(), "whole panels");
            int panels = measurements.size() / CODES.size();
            series += panels > 1 ? 1 : 0;
            LocalDate previous = null;
            for (int p = 0; p < panels; p++) {
                List<JsonNode> panel = new java.util.ArrayList<>();
                for (int k = p * CODES.size(); k < (p + 1) * CODES.size(); k++) {
                    panel.add(measurements.get(k));
                }
                assertEquals(CODES, panel.stream().map(m -> m.path("code").asText()).toList());
                LocalDate date = LocalDate.parse(panel.get(0).path("date").asText());
                assertTrue(date.isBefore(CONFIG.referenceDate()), date.toString());
                assertTrue(previous == null || date.isAfter(previous), "panels oldest first");
                previous = date;
                for (JsonNode m : panel) {
                    assertEquals(date.toString(), m.path("date").asText(), "one panel, one date");
                    assertTrue(m.path("value").isNumber() && m.path("value").asDouble() > 0, m.toString());
                    assertTrue(!m.path("unit").asText().isBlank(), m.toString());
                }
                assertEquals(array.get(i).path("health_profile").path("lifestyle").path("bmi").asDouble(),
                        panel.get(2).path("value").asDouble(), "the BMI observation is the lifestyle BMI");
            }
            assertEquals(screening.path("last_screening").asText(), previous.toString(),
                    "the latest panel is the last screening's");
        }
        assertTrue(withPanels > 100 && withPanels < 200, "customers with panels: " + withPanels);
        assertTrue(series > 50, "customers with a series of panels: " + series);
    }

    @Test
    void theCsvHasTheMeasurementDateAndOneColumnPerCode() throws IOException {
        List<String> rows = Files.readAllLines(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(rows.get(0).split(","));
        int dateColumn = header.indexOf("measured_on");
        assertTrue(dateColumn > 0, header.toString());
        assertEquals(CODES.stream().filter(c -> !c.equals("bmi")).toList(),
                header.subList(dateColumn + 1, header.size()), "bmi keeps its lifestyle column");
        JsonNode customers = new ObjectMapper().readTree(dir.resolve("customers.json").toFile());
        int row = 0;
        while (customers.get(row).path("health_profile").path("measurements").size() == 0) {
            assertEquals("", rows.get(row + 1).split(",", -1)[dateColumn], "no panel, no date");
            row++;
        }
        JsonNode measurements = customers.get(row).path("health_profile").path("measurements");
        // the latest panel's date and values
        JsonNode latest = measurements.get(measurements.size() - CODES.size());
        String[] cells = rows.get(row + 1).split(",", -1);
        assertEquals(latest.path("date").asText(), cells[dateColumn]);
        assertEquals(measurements.get(measurements.size() - CODES.size() + 3).path("value").asDouble(),
                Double.parseDouble(cells[header.indexOf("systolic_bp")]));
    }
}
