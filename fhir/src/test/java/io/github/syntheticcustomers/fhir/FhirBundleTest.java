package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.Part;
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
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fhir-bundle format: one transaction Bundle per customer that holds exactly the resources the fhir format
 * writes for that record, each PUT at its own id; the bundles validate against the base specification, pass their
 * check (and a broken one fails it, named: also one dated at or after the as-of instant, or with an episode status
 * its scenario contradicts), and are the same bytes whatever the thread count.
 */
class FhirBundleTest {

    private static final IParser JSON = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false)
            .setOverrideResourceIdWithBundleEntryFullUrl(false);

    @TempDir
    Path dir;

    private Manifest generate(Path into, long seed, int count, int threads, Set<Part> parts) {
        return SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), seed, count,
                Set.of(Format.JSONL, Format.FHIR, Format.FHIR_BUNDLE), into, threads).withParts(parts));
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void eachBundleHoldsExactlyItsRecordsResourcesOfTheNdjsonFiles(long seed) throws IOException {
        assertEachBundleHoldsExactlyItsRecordsResourcesOfTheNdjsonFiles(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {7, 1234})
    void eachBundleHoldsExactlyItsRecordsResourcesOfTheNdjsonFilesForOtherSeeds(long seed) throws IOException {
        assertEachBundleHoldsExactlyItsRecordsResourcesOfTheNdjsonFiles(seed);
    }

    private void assertEachBundleHoldsExactlyItsRecordsResourcesOfTheNdjsonFiles(long seed) throws IOException {
        Manifest manifest = generate(dir, seed, 80, 2, Part.all());
        assertEquals(List.of("fhir", "fhir-bundle", "jsonl"), manifest.formats());
        assertEquals(80, manifest.file("Bundle.ndjson").records());
        List<String> bundled = new ArrayList<>();
        List<String> bundles = Files.readAllLines(dir.resolve("Bundle.ndjson"), StandardCharsets.UTF_8);
        assertEquals(80, bundles.size());
        for (String line : bundles) {
            Bundle b = JSON.parseResource(Bundle.class, line);
            assertEquals(Bundle.BundleType.TRANSACTION, b.getType());
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                String id = e.getResource().getIdElement().getIdPart();
                assertEquals(Bundle.HTTPVerb.PUT, e.getRequest().getMethod());
                assertEquals(e.getResource().fhirType() + "/" + id, e.getRequest().getUrl());
                assertEquals("urn:uuid:" + id, e.getFullUrl());
                bundled.add(JSON.encodeResourceToString(e.getResource()));
            }
        }
        // the same resources, in record order, whichever way they are written
        List<String> ndjson = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            ndjson.addAll(Files.readAllLines(dir.resolve(type.fhirName() + ".ndjson"), StandardCharsets.UTF_8));
        }
        assertEquals(ndjson.size(), bundled.size());
        assertEquals(new TreeMap<>(count(ndjson)), new TreeMap<>(count(bundled)));
        QualityReport report = QualityChecks.run(dir, ConfigLoader.defaults());
        assertTrue(report.passed(), report.failureMessage());
        CheckResult check = check(report);
        assertEquals(CheckStatus.PASS, check.status());
        assertEquals(80, value(check, "bundles"));
        assertEquals(bundled.size(), value(check, "entries"));
    }

    private static java.util.Map<String, Integer> count(List<String> lines) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        lines.forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts;
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void theBundlesValidateWithoutErrorAgainstTheBaseSpecification() throws IOException {
        generate(dir, 42, 40, 2, Part.all());
        FhirValidator validator = FhirValidationTest.validator();
        List<String> errors = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("Bundle.ndjson"), StandardCharsets.UTF_8)) {
            for (SingleValidationMessage m : validator.validateWithResult(line).getMessages()) {
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(m.getLocationString() + ": " + m.getMessage());
                } else if (m.getSeverity() == ResultSeverityEnum.WARNING
                        && FhirValidationTest.ACCEPTED_WARNINGS.stream().noneMatch(m.getMessage()::contains)) {
                    unexpected.add(m.getLocationString() + ": " + m.getMessage());
                }
            }
        }
        assertEquals(List.of(), errors.stream().distinct().limit(10).toList(), errors.size() + " errors");
        assertEquals(List.of(), unexpected.stream().distinct().limit(10).toList(), "warnings the guide (fhir.md) does not list");
    }

    @Test
    void customersAloneGiveBundlesOfTheirOwnResourcesAndTheBytesDoNotDependOnThreads() throws IOException {
        generate(dir.resolve("one"), 42, 50, 1, Set.of(Part.CUSTOMERS));
        generate(dir.resolve("two"), 42, 50, 2, Set.of(Part.CUSTOMERS));
        byte[] one = Files.readAllBytes(dir.resolve("one/Bundle.ndjson"));
        assertEquals(new String(one, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("two/Bundle.ndjson"), StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(dir.resolve("one/Bundle.ndjson"), StandardCharsets.UTF_8)) {
            Bundle b = JSON.parseResource(Bundle.class, line);
            assertTrue(b.getEntry().stream().map(e -> e.getResource().fhirType()).noneMatch(
                    t -> t.equals("Encounter") || t.equals("EpisodeOfCare")), "no scenario without the scenarios");
        }
    }

    @Test
    void aBrokenBundleIsCountedAndNamed() throws IOException {
        generate(dir, 7, 30, 2, Part.all());
        Path file = dir.resolve("Bundle.ndjson");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String patient = ResourceIds.of(7, 1, "Patient", 0);
        // bundle 2: a Condition of another Patient, and a POST
        lines.set(1, lines.get(1).replaceFirst("\"reference\":\"Patient/" + patient + "\"",
                "\"reference\":\"Patient/00000000-0000-3000-8000-000000000000\"")
                .replaceFirst("\"method\":\"PUT\"", "\"method\":\"POST\""));
        lines.set(2, "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"nope\":1}");
        Files.write(file, lines, StandardCharsets.UTF_8);
        CheckResult check = check(QualityChecks.run(dir, ConfigLoader.defaults()));
        assertEquals(CheckStatus.FAIL, check.status());
        assertEquals(1, value(check, "unparsable_lines"));
        assertEquals(1, value(check, "unresolved_references"));
        assertEquals(1, value(check, "entries_not_put_of_their_resource"));
        assertTrue(check.examples().stream().anyMatch(e -> e.startsWith("Bundle.ndjson line 2: ")
                && e.endsWith("references Patient/00000000-0000-3000-8000-000000000000, which is not in the Bundle")),
                check.examples().toString());
        assertTrue(check.examples().stream().anyMatch(e -> e.startsWith("Bundle.ndjson line 3: ")),
                check.examples().toString());
    }

    @Test
    void anEntryDatedAtOrAfterTheAsOfInstantOrAnEpisodeContradictingItsScenarioFailsByName() throws IOException {
        generate(dir, 7, 30, 2, Part.all());
        assertEquals(CheckStatus.PASS, check(QualityChecks.run(dir, ConfigLoader.defaults())).status());
        Path file = dir.resolve("Bundle.ndjson");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        // bundle 1: its Patient born on the reference date; bundle 2: its episode active against its scenario
        Bundle first = JSON.parseResource(Bundle.class, lines.get(0));
        Patient patient = (Patient) first.getEntryFirstRep().getResource();
        patient.setBirthDateElement(new DateType("2026-01-01"));
        lines.set(0, JSON.encodeResourceToString(first));
        Bundle second = JSON.parseResource(Bundle.class, lines.get(1));
        EpisodeOfCare episode = second.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast).findFirst().orElseThrow();
        String was = episode.getStatus().toCode();
        episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        lines.set(1, JSON.encodeResourceToString(second));
        Files.write(file, lines, StandardCharsets.UTF_8);
        CheckResult check = check(QualityChecks.run(dir, ConfigLoader.defaults()));
        assertEquals(CheckStatus.FAIL, check.status());
        assertEquals(1, value(check, "dated_at_or_after_as_of"));
        assertEquals(1, value(check, "episode_statuses_contradicting_journey_status"));
        assertEquals(0, value(check, "unparsable_lines"));
        assertEquals("1 resource dated at or after the as-of instant 2026-01-01T00:00:00Z (the reference date, 00:00"
                + " UTC); 1 EpisodeOfCare status contradicts the scenario's journey_status", check.summary());
        assertEquals(List.of("Bundle.ndjson line 1: Patient/" + patient.getIdElement().getIdPart() + " is dated"
                + " 2026-01-01, at or after the as-of instant 2026-01-01T00:00:00Z", "Bundle.ndjson line 2:"
                + " EpisodeOfCare/" + episode.getIdElement().getIdPart() + " of scn-000002 is active, but the"
                + " scenario's journey_status " + (was.equals("finished") ? "finished" : "abandoned") + " makes it "
                + was), check.examples());
    }

    private static CheckResult check(QualityReport report) {
        return report.checks().stream().filter(c -> c.name().equals("fhir_bundle_resources")).findFirst()
                .orElseThrow(() -> new AssertionError("no fhir_bundle_resources check: " + report.checks()));
    }

    private static double value(CheckResult r, String subject) {
        return r.measurements().stream().filter(m -> m.subject().equals(subject)).mapToDouble(Measurement::value)
                .findFirst().orElseThrow();
    }
}
