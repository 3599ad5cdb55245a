package io.github.syntheticcustomers.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.util.FhirTerser;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.spi.FormatCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Resource;

/**
 * The check of the fhir format's files ({@code fhir_resources}), found by core's {@link FormatCheck} lookup. Each
 * file the manifest lists is read once, line by line: every line must parse with HAPI's strict JSON parser as an R4
 * resource of the file's type, carry the test-data label, and (but for the Patients) reference the Patient of a
 * customer at or after the one the line before referenced; Patient {@code i} must have the export's id of record
 * {@code i} for the manifest's seed. Patients are known by their ids, computed, so no id is kept: constant memory.
 * As of the dataset's reference date ({@link AsOf}): no resource may be dated at or after its start, and when the
 * dataset holds its scenarios as JSON or JSON Lines, each EpisodeOfCare's status must be the one its scenario's
 * {@code journey_status} makes it ({@link ScenarioResources#episodeStatus}), read alongside ({@link ScenarioStatuses}).
 */
public final class FhirResourceCheck implements FormatCheck {

    /** Most Patient ids one reference is looked for ahead of the previous one before it counts as unresolved. */
    static final int LOOKAHEAD = 100_000;

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Override
    public Format format() {
        return Format.FHIR;
    }

    @Override
    public CheckResult check(Path directory, Manifest manifest) {
        Counts counts = new Counts(manifest.referenceDate() == null ? null : AsOf.of(manifest.referenceDate()));
        try (ScenarioStatuses statuses = ScenarioStatuses.open(directory, manifest)) {
            for (Manifest.FileEntry f : manifest.files()) {
                if (f.format().equals(Format.FHIR.id())) {
                    checkFile(directory.resolve(f.file()), f.part(), manifest, counts, statuses);
                }
            }
        }
        List<Measurement> measurements = List.of(
                Measurement.of("resources", counts.resources, null, null, null, "count"),
                Measurement.of("unparsable_lines", counts.unparsable, 0.0, null, 0.0, "count"),
                Measurement.of("wrong_resource_type", counts.wrongType, 0.0, null, 0.0, "count"),
                Measurement.of("without_test_label", counts.unlabelled, 0.0, null, 0.0, "count"),
                Measurement.of("patient_ids_out_of_sequence", counts.patientIds, 0.0, null, 0.0, "count"),
                Measurement.of("unresolved_patient_references", counts.unresolved, 0.0, null, 0.0, "count"),
                Measurement.of("dated_at_or_after_as_of", counts.datedAfter, 0.0, null, 0.0, "count"),
                Measurement.of("episode_statuses_contradicting_journey_status", counts.contradictions, 0.0, null, 0.0,
                        "count"));
        boolean ok = measurements.stream().allMatch(Measurement::passed);
        return new CheckResult(FormatCheck.name(Format.FHIR), "FHIR resources", "Every line of each FHIR file parses"
                + " as an R4 resource of the file's type (HAPI FHIR's strict parser), carries the test-data label, and"
                + " references a Patient of the export, in record order; Patient i has the id of record i. Nothing is"
                + " dated at or after the as-of instant (the reference date, 00:00 UTC), and each EpisodeOfCare's"
                + " status is the one its scenario's journey_status makes it.",
                ok ? CheckStatus.PASS : CheckStatus.FAIL, ok ? counts.resources + " FHIR resources in "
                        + counts.files + " files parse and reference their Patients"
                        : failure(counts), measurements, counts.examples);
    }

    /** What failed, each by name: the as-of rule and the episodes' statuses with their counts. */
    private static String failure(Counts counts) {
        List<String> what = new ArrayList<>();
        if (counts.unparsable + counts.wrongType + counts.unlabelled + counts.patientIds + counts.unresolved > 0) {
            what.add("FHIR files that do not parse or reference what they should");
        }
        if (counts.datedAfter > 0) {
            what.add(datedAfter(counts.datedAfter, counts.asOf));
        }
        if (counts.contradictions > 0) {
            what.add(contradictions(counts.contradictions));
        }
        return String.join("; ", what);
    }

    /** The failure of the as-of rule, named: {@code n} resources dated at or after {@code asOf}. */
    static String datedAfter(long n, Instant asOf) {
        return n + (n == 1 ? " resource" : " resources") + " dated at or after the as-of instant " + asOf
                + " (the reference date, 00:00 UTC)";
    }

    /** The failure of the episodes' statuses, named. */
    static String contradictions(long n) {
        return n + (n == 1 ? " EpisodeOfCare status contradicts" : " EpisodeOfCare statuses contradict")
                + " the scenario's journey_status";
    }

    /** What the files held, counted as they are read. */
    private static final class Counts {
        long resources;
        long unparsable;
        long wrongType;
        long unlabelled;
        long patientIds;
        long unresolved;
        long datedAfter;
        long contradictions;
        int files;
        final Instant asOf;
        final List<String> examples = new ArrayList<>();

        Counts(Instant asOf) {
            this.asOf = asOf;
        }

        void example(String text) {
            if (examples.size() < CheckResult.MAX_EXAMPLES) {
                examples.add(text);
            }
        }
    }

    private static void checkFile(Path file, String part, Manifest manifest, Counts counts,
            ScenarioStatuses statuses) {
        ResourceType type = ResourceType.ofFhirName(part);
        String name = file.getFileName().toString();
        if (type == null) {
            counts.wrongType++;
            counts.example(name + ": not a resource type the fhir format writes");
            return;
        }
        counts.files++;
        IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        FhirTerser terser = FHIR.newTerser();
        long patientIndex = 0;
        long line = 0;
        try (BufferedReader in = Labels.lines(file)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                counts.resources++;
                Resource r;
                try {
                    r = (Resource) parser.parseResource(text);
                } catch (DataFormatException | ClassCastException e) {
                    counts.unparsable++;
                    counts.example(name + " line " + line + ": " + e.getMessage());
                    continue;
                }
                if (!r.fhirType().equals(type.fhirName())) {
                    counts.wrongType++;
                    counts.example(name + " line " + line + ": a " + r.fhirType() + " in " + name);
                    continue;
                }
                String label = FhirCodes.defaults().testDataLabel().code();
                if (!Labels.isLabelled(r, FhirCodes.defaults())) {
                    counts.unlabelled++;
                    counts.example(name + " line " + line + ": no " + label + " security label");
                }
                if (counts.asOf != null) {
                    List<String> dated = AsOf.datedAtOrAfter(r, counts.asOf, terser);
                    if (!dated.isEmpty()) {
                        counts.datedAfter++;
                        counts.example(name + " line " + line + ": dated " + String.join(", ", dated)
                                + ", at or after the as-of instant " + counts.asOf);
                    }
                }
                if (type == ResourceType.EPISODE_OF_CARE) {
                    String contradiction = statuses.contradiction((EpisodeOfCare) r, FhirCodes.defaults());
                    if (contradiction != null) {
                        counts.contradictions++;
                        counts.example(name + " line " + line + ": " + contradiction);
                    }
                }
                if (type == ResourceType.PATIENT) {
                    String expected = ResourceIds.of(manifest.seed(), line - 1, type.fhirName(), 0);
                    if (!expected.equals(r.getIdElement().getIdPart())) {
                        counts.patientIds++;
                        counts.example(name + " line " + line + ": id " + r.getIdElement().getIdPart() + ", but record "
                                + (line - 1) + "'s Patient is " + expected);
                    }
                    continue;
                }
                String reference = type.patientReference(r);
                long found = resolve(reference, patientIndex, manifest);
                if (found < 0) {
                    counts.unresolved++;
                    counts.example(name + " line " + line + ": " + reference + " is no Patient of this export at or"
                            + " after the previous line's");
                } else {
                    patientIndex = found;
                }
            }
        } catch (IOException e) {
            counts.unparsable++;
            counts.example(name + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * The index of the Patient {@code reference} names, looked for from {@code from} on (resources are in record
     * order), at most {@link #LOOKAHEAD} ahead and not past the count; -1 when not found.
     */
    private static long resolve(String reference, long from, Manifest manifest) {
        if (reference == null || !reference.startsWith("Patient/")) {
            return -1;
        }
        String id = reference.substring("Patient/".length());
        long end = Math.min(manifest.count(), from + LOOKAHEAD);
        for (long i = from; i < end; i++) {
            if (ResourceIds.of(manifest.seed(), i, ResourceType.PATIENT.fhirName(), 0).equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
