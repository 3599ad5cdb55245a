package io.github.syntheticcustomers.core.report;

import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check and report entry points write their files next to the dataset, whole and reproducibly. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private Path generate(String name) {
        Path out = dir.resolve(name);
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 7, 200, EnumSet.of(Format.JSONL),
                out, 2));
        return out;
    }

    @Test
    void checkWritesQualityJsonAndReportWritesHtmlAndAnalysis() throws IOException {
        Path out = generate("a");
        GeneratorConfig config = ConfigLoader.defaults();
        QualityReport quality = ReportFiles.check(out, config);
        assertTrue(quality.passed(), quality.failureMessage());
        JsonNode json = JsonMappers.data().readTree(out.resolve(ReportFiles.QUALITY).toFile());
        assertTrue(json.get("passed").asBoolean());
        assertEquals(200, json.get("customers").asLong());
        assertEquals(7, json.get("seed").asLong());
        assertEquals("persona_distribution", json.get("checks").get(1).get("name").asText());
        assertEquals("pass", json.get("checks").get(1).get("status").asText());

        ReportFiles.Written written = ReportFiles.report(out, config);
        assertEquals(out.resolve(ReportFiles.REPORT), written.reportFile());
        assertTrue(Files.readString(written.reportFile()).startsWith("<!DOCTYPE html>"));
        JsonNode analysis = JsonMappers.data().readTree(written.analysisFile().toFile());
        assertEquals(200, analysis.get("customers").asLong());
        assertTrue(analysis.get("insights").size() >= 3);
        assertTrue(analysis.get("risk_by_persona").get(0).has("elevated_share"));
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("analysis.json", "customers.jsonl", "manifest.json", "quality.json",
                    "report.html", "scenarios.jsonl")), names.toString());
            assertTrue(names.stream().noneMatch(n -> !n.equals(DatasetDirectory.LOCK_FILE)
                    && (n.startsWith(".") || n.endsWith(".tmp"))),
                    "no temporary file left: " + names);
        }
        // writing the report files does not disturb the dataset the next check reads
        assertTrue(ReportFiles.check(out, config).passed());
    }

    @Test
    void sameDatasetGivesSameBytes() throws IOException {
        Path a = generate("a");
        Path b = generate("b");
        for (Path out : List.of(a, b)) {
            ReportFiles.check(out, ConfigLoader.defaults());
            ReportFiles.report(out, ConfigLoader.defaults());
        }
        for (String f : List.of(ReportFiles.QUALITY, ReportFiles.ANALYSIS, ReportFiles.REPORT)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void missingDatasetIsAClearError() {
        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> ReportFiles.check(dir.resolve("nothing"), ConfigLoader.defaults()));
        assertEquals("No synthetic customer dataset in " + dir.resolve("nothing")
                + ": manifest.json is missing (there is no such directory)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("nothing").resolve(ReportFiles.QUALITY)));
    }
}
