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
            // panels: consecutive observations of one date; height, weight and BMI first, then the values of the
            // visit's programmes in code order (a programme's values all or none: blood pressure both)
            List<List<JsonNode>> panels = new java.util.ArrayList<>();
            for (JsonNode m : measurements) {
                if (panels.isEmpty() || !panels.get(panels.size() - 1).get(0).path("date").asText()
                        .equals(m.path("date").asText())) {
                    panels.add(new java.util.ArrayList<>());
                }
                panels.get(panels.size() - 1).add(m);
            }
            series += panels.size() > 1 ? 1 : 0;
            LocalDate previous = null;
            for (List<JsonNode> panel : panels) {
                List<String> codes = panel.stream().map(m -> m.path("code").asText()).toList();
                assertEquals(CODES.subList(0, 3), codes.subList(0, 3), codes.toString());
                assertEquals(CODES.stream().filter(codes::contains).toList(), codes, "code order");
                assertEquals(codes.contains("systolic_bp"), codes.contains("diastolic_bp"), codes.toString());
                LocalDate date = LocalDate.parse(panel.get(0).path("date").asText());
                assertTrue(date.isBefore(CONFIG.referenceDate()), date.toString());
                assertTrue(previous == null || date.isAfter(previous), "panels oldest first");
                previous = date;
                for (JsonNode m : panel) {
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
        List<String> codes = CODES.stream().filter(c -> !c.equals("bmi")).toList();
        assertEquals(codes, header.subList(dateColumn + 1, dateColumn + 1 + codes.size()),
                "bmi keeps its lifestyle column");
        List<String> screening = new java.util.ArrayList<>();
        for (String id : CONFIG.timeline().screening().programmes().keySet()) {
            screening.add("screening_" + id + "_status");
            screening.add("screening_" + id + "_last");
        }
        assertEquals(screening, header.subList(dateColumn + 1 + codes.size(), header.size()),
                "two columns per screening programme");
        JsonNode customers = new ObjectMapper().readTree(dir.resolve("customers.json").toFile());
        int row = 0;
        while (customers.get(row).path("health_profile").path("measurements").size() == 0) {
            assertEquals("", rows.get(row + 1).split(",", -1)[dateColumn], "no panel, no date");
            row++;
        }
        JsonNode measurements = customers.get(row).path("health_profile").path("measurements");
        // the latest panel's date; each code's latest value
        String[] cells = rows.get(row + 1).split(",", -1);
        assertEquals(measurements.get(measurements.size() - 1).path("date").asText(), cells[dateColumn]);
        JsonNode systolic = null;
        for (JsonNode m : measurements) {
            systolic = m.path("code").asText().equals("systolic_bp") ? m : systolic;
        }
        assertEquals(systolic == null ? "" : Double.toString(systolic.path("value").asDouble()).replace(".0", ""),
                cells[header.indexOf("systolic_bp")].replace(".0", ""));
    }
}
