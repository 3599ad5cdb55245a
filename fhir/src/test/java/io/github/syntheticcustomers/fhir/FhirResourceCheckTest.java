package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} judges the FHIR files it finds: a generated export passes; a line that does not parse, a Patient
 * with another id and a reference to no Patient of the export are each counted and named with file and line.
 */
class FhirResourceCheckTest {

    @TempDir
    Path dir;

    private CheckResult fhirCheck() {
        QualityReport report = QualityChecks.run(dir, ConfigLoader.defaults());
        return report.checks().stream().filter(c -> c.name().equals("fhir_resources")).findFirst().orElseThrow();
    }

    private static double value(CheckResult r, String subject) {
        return r.measurements().stream().filter(m -> m.subject().equals(subject)).mapToDouble(Measurement::value)
                .findFirst().orElseThrow();
    }

    private long lines() throws IOException {
        long n = 0;
        for (ResourceType t : ResourceType.values()) {
            n += Files.readAllLines(dir.resolve(t.fhirName() + ".ndjson"), StandardCharsets.UTF_8).size();
        }
        return n;
    }

    @Test
    void aGeneratedExportPassesAndEveryResourceIsRead() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 7, 150, Set.of(Format.JSONL,
                Format.FHIR), dir, 2));
        QualityReport report = QualityChecks.run(dir, ConfigLoader.defaults());
        assertTrue(report.passed(), report.failureMessage());
        CheckResult fhir = fhirCheck();
        assertEquals(CheckStatus.PASS, fhir.status());
        assertEquals(lines(), (long) value(fhir, "resources"));
        assertEquals(14, report.checks().size(), "the thirteen record checks, then the FHIR files'");
    }

    @Test
    void brokenLinesAreCountedAndNamed() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 7, 150, Set.of(Format.JSONL,
                Format.FHIR), dir, 2));
        Path goals = dir.resolve("Goal.ndjson");
        Files.writeString(goals, Files.readString(goals, StandardCharsets.UTF_8) + "{\"resourceType\":\"Goal\",\"nope\":1}\n",
                StandardCharsets.UTF_8);
        Path conditions = dir.resolve("Condition.ndjson");
        List<String> lines = new ArrayList<>(Files.readAllLines(conditions, StandardCharsets.UTF_8));
        String patient = ResourceIds.of(7, 0, "Patient", 0);
        int edited = -1;
        for (int i = 0; i < lines.size() && edited < 0; i++) {
            if (lines.get(i).contains("\"reference\":\"Patient/")) {
                lines.set(i, lines.get(i).replaceFirst("\"reference\":\"Patient/[0-9a-f-]+\"",
                        "\"reference\":\"Patient/00000000-0000-3000-8000-000000000000\""));
                edited = i;
            }
        }
        Files.write(conditions, lines, StandardCharsets.UTF_8);
        Path patients = dir.resolve("Patient.ndjson");
        Files.writeString(patients, Files.readString(patients, StandardCharsets.UTF_8).replaceFirst(patient,
                "11111111-1111-3111-8111-111111111111"), StandardCharsets.UTF_8);

        CheckResult fhir = fhirCheck();
        assertEquals(CheckStatus.FAIL, fhir.status());
        assertEquals(1, value(fhir, "unparsable_lines"));
        assertEquals(1, value(fhir, "patient_ids_out_of_sequence"));
        assertEquals(1, value(fhir, "unresolved_patient_references"));
        assertEquals(0, value(fhir, "wrong_resource_type"));
        assertTrue(fhir.examples().contains("Patient.ndjson line 1: id 11111111-1111-3111-8111-111111111111, but record"
                + " 0's Patient is " + patient), fhir.examples().toString());
        assertTrue(fhir.examples().contains("Condition.ndjson line " + (edited + 1) + ": Patient/00000000-0000-3000-"
                + "8000-000000000000 is no Patient of this export at or after the previous line's"),
                fhir.examples().toString());
        assertTrue(fhir.examples().stream().anyMatch(e -> e.startsWith("Goal.ndjson line ")), fhir.examples().toString());
    }
}
