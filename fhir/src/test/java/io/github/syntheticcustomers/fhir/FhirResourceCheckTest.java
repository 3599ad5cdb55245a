package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetReader;
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
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} judges the FHIR files it finds: a generated export passes; a line that does not parse, a Patient
 * with another id, a reference to no Patient of the export, a resource dated at or after the as-of instant and an
 * EpisodeOfCare status that contradicts its scenario's journey_status are each counted and named with file and line.
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
        assertEquals(17, report.checks().size(), "the sixteen record checks, then the FHIR files'");
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

    private static final IParser JSON = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);

    /** {@code file}'s lines, the {@code k}-th of {@code type} that {@code edit} accepts edited by it (0-based). */
    private static <R extends Resource> List<Integer> edit(Path file, Class<R> type, int count,
            Predicate<R> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<Integer> edited = new ArrayList<>();
        for (int i = 0; i < lines.size() && edited.size() < count; i++) {
            R r = JSON.parseResource(type, lines.get(i));
            if (edit.test(r)) {
                lines.set(i, JSON.encodeResourceToString(r));
                edited.add(i + 1);
            }
        }
        assertEquals(count, edited.size(), "resources to edit in " + file);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return edited;
    }

    @Test
    void aResourceDatedAtOrAfterTheAsOfInstantFailsTheCheckByName() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 7, 150, Set.of(Format.JSONL,
                Format.FHIR), dir, 2));
        assertEquals(CheckStatus.PASS, fhirCheck().status());
        // the reference date is 2026-01-01: its start, A, is 2026-01-01T00:00:00Z
        List<String> dates = new ArrayList<>(List.of("2026-01-01", "2025-12-31", "2025-12-31T19:00:00-05:00",
                "2025-12-31T18:59:59-05:00"));
        List<Integer> lines = edit(dir.resolve("Observation.ndjson"), org.hl7.fhir.r4.model.Observation.class, 4,
                o -> {
                    if (!o.hasEffectiveDateTimeType()) {
                        return false;
                    }
                    o.setEffective(new DateTimeType(dates.remove(0)));
                    return true;
                });
        CheckResult fhir = fhirCheck();
        assertEquals(CheckStatus.FAIL, fhir.status());
        assertEquals(2, value(fhir, "dated_at_or_after_as_of"), "the day of A and A itself; not the instant before");
        assertEquals(0, value(fhir, "unparsable_lines"));
        assertEquals("2 resources dated at or after the as-of instant 2026-01-01T00:00:00Z (the reference date, 00:00"
                + " UTC)", fhir.summary());
        assertEquals(List.of("Observation.ndjson line " + lines.get(0) + ": dated 2026-01-01, at or after the as-of"
                + " instant 2026-01-01T00:00:00Z", "Observation.ndjson line " + lines.get(2) + ": dated"
                + " 2025-12-31T19:00:00-05:00, at or after the as-of instant 2026-01-01T00:00:00Z"), fhir.examples());
    }

    @Test
    void anEpisodeWhoseStatusContradictsItsScenarioFailsTheCheckByName() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 7, 150, Set.of(Format.JSONL,
                Format.FHIR), dir, 2));
        List<String> ids = new ArrayList<>();
        List<Integer> lines = edit(dir.resolve("EpisodeOfCare.ndjson"), EpisodeOfCare.class, 1, e -> {
            ids.add(e.getIdElement().getIdPart() + " of " + e.getIdentifierFirstRep().getValue() + " is active, but"
                    + " the scenario's journey_status " + (e.getStatus() == EpisodeOfCare.EpisodeOfCareStatus.FINISHED
                    ? "finished makes it finished" : "abandoned makes it cancelled"));
            e.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
            return true;
        });
        CheckResult fhir = fhirCheck();
        assertEquals(CheckStatus.FAIL, fhir.status());
        assertEquals(1, value(fhir, "episode_statuses_contradicting_journey_status"));
        assertEquals("1 EpisodeOfCare status contradicts the scenario's journey_status", fhir.summary());
        assertEquals(List.of("EpisodeOfCare.ndjson line " + lines.get(0) + ": EpisodeOfCare/" + ids.get(0)),
                fhir.examples());
        // without the scenarios there is nothing to compare with
        Files.delete(dir.resolve("scenarios.jsonl"));
        CheckResult alone = new FhirResourceCheck().check(dir, DatasetReader.readManifest(dir));
        assertEquals(0, value(alone, "episode_statuses_contradicting_journey_status"));
    }
}
