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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The check of the fhir-bundle format's file ({@code fhir_bundle_resources}), found by core's {@link FormatCheck}
 * lookup. {@code Bundle.ndjson} is read once, a Bundle at a time: each line must parse with HAPI's strict JSON parser
 * as a transaction Bundle with the test-data label and the id of its record; its first entry is record {@code i}'s
 * Patient; every entry is a {@code PUT} of {@code <Type>/<id>} of its resource, with {@code fullUrl}
 * {@code urn:uuid:<id>} and the label; and every reference inside resolves to an entry of the same Bundle, so a
 * server can take it as it is. As of the dataset's reference date ({@link AsOf}): no entry may be dated at or after
 * its start, and when the dataset holds its scenarios as JSON or JSON Lines, each EpisodeOfCare's status must be the
 * one its scenario's {@code journey_status} makes it, read alongside ({@link ScenarioStatuses}). Memory: one Bundle.
 */
public final class FhirBundleCheck implements FormatCheck {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Override
    public Format format() {
        return Format.FHIR_BUNDLE;
    }

    @Override
    public CheckResult check(Path directory, Manifest manifest) {
        Counts counts = new Counts(manifest.referenceDate() == null ? null : AsOf.of(manifest.referenceDate()));
        try (ScenarioStatuses statuses = ScenarioStatuses.open(directory, manifest)) {
            for (Manifest.FileEntry f : manifest.files()) {
                if (f.format().equals(Format.FHIR_BUNDLE.id())) {
                    checkFile(directory.resolve(f.file()), manifest, counts, statuses);
                }
            }
        }
        List<Measurement> measurements = List.of(
                Measurement.of("bundles", counts.bundles, null, null, null, "count"),
                Measurement.of("entries", counts.entries, null, null, null, "count"),
                Measurement.of("unparsable_lines", counts.unparsable, 0.0, null, 0.0, "count"),
                Measurement.of("not_transactions", counts.notTransaction, 0.0, null, 0.0, "count"),
                Measurement.of("without_test_label", counts.unlabelled, 0.0, null, 0.0, "count"),
                Measurement.of("ids_out_of_sequence", counts.ids, 0.0, null, 0.0, "count"),
                Measurement.of("entries_not_put_of_their_resource", counts.requests, 0.0, null, 0.0, "count"),
                Measurement.of("unresolved_references", counts.unresolved, 0.0, null, 0.0, "count"),
                Measurement.of("dated_at_or_after_as_of", counts.datedAfter, 0.0, null, 0.0, "count"),
                Measurement.of("episode_statuses_contradicting_journey_status", counts.contradictions, 0.0, null, 0.0,
                        "count"));
        boolean ok = measurements.stream().allMatch(Measurement::passed);
        return new CheckResult(FormatCheck.name(Format.FHIR_BUNDLE), "FHIR transaction Bundles", "Every line of"
                + " Bundle.ndjson parses as an R4 transaction Bundle (HAPI FHIR's strict parser) with the test-data label;"
                + " Bundle i has record i's id and Patient first; every entry PUTs its resource at <Type>/<id>, and every"
                + " reference resolves to an entry of the same Bundle. No entry is dated at or after the as-of instant"
                + " (the reference date, 00:00 UTC), and each EpisodeOfCare's status is the one its scenario's"
                + " journey_status makes it.",
                ok ? CheckStatus.PASS : CheckStatus.FAIL, ok ? counts.bundles + " transaction Bundles with "
                        + counts.entries + " entries parse, and their references resolve within each Bundle"
                        : failure(counts), measurements, counts.examples);
    }

    /** What failed, each by name: the as-of rule and the episodes' statuses with their counts. */
    private static String failure(Counts counts) {
        List<String> what = new ArrayList<>();
        if (counts.unparsable + counts.notTransaction + counts.unlabelled + counts.ids + counts.requests
                + counts.unresolved > 0) {
            what.add("Bundles that do not parse, or entries that do not resolve or PUT what they should");
        }
        if (counts.datedAfter > 0) {
            what.add(FhirResourceCheck.datedAfter(counts.datedAfter, counts.asOf));
        }
        if (counts.contradictions > 0) {
            what.add(FhirResourceCheck.contradictions(counts.contradictions));
        }
        return String.join("; ", what);
    }

    /** What the file held, counted as it is read. */
    private static final class Counts {
        long bundles;
        long entries;
        long unparsable;
        long notTransaction;
        long unlabelled;
        long ids;
        long requests;
        long unresolved;
        long datedAfter;
        long contradictions;
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

    private static void checkFile(Path file, Manifest manifest, Counts counts, ScenarioStatuses statuses) {
        String name = file.getFileName().toString();
        // each resource keeps its own id: HAPI would otherwise take it from the entry's fullUrl
        IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .setOverrideResourceIdWithBundleEntryFullUrl(false);
        FhirTerser terser = FHIR.newTerser();
        String label = FhirCodes.defaults().testDataLabel().code();
        long line = 0;
        try (BufferedReader in = Labels.lines(file)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                counts.bundles++;
                String at = name + " line " + line;
                Bundle bundle;
                try {
                    bundle = parser.parseResource(Bundle.class, text);
                } catch (DataFormatException e) {
                    counts.unparsable++;
                    counts.example(at + ": " + e.getMessage());
                    continue;
                }
                if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
                    counts.notTransaction++;
                    counts.example(at + ": a " + bundle.getType() + " Bundle, not a transaction");
                }
                if (!Labels.isLabelled(bundle, FhirCodes.defaults())) {
                    counts.unlabelled++;
                    counts.example(at + ": no " + label + " security label");
                }
                long index = line - 1;
                String bundleId = ResourceIds.of(manifest.seed(), index, FhirBundleParts.PART, 0);
                String patientId = ResourceIds.of(manifest.seed(), index, ResourceType.PATIENT.fhirName(), 0);
                Resource first = bundle.getEntryFirstRep().getResource();
                if (!bundleId.equals(bundle.getIdElement().getIdPart()) || first == null
                        || !first.fhirType().equals(ResourceType.PATIENT.fhirName())
                        || !patientId.equals(first.getIdElement().getIdPart())) {
                    counts.ids++;
                    counts.example(at + ": not Bundle " + bundleId + " of record " + index + " with its Patient "
                            + patientId + " first");
                }
                checkEntries(bundle, at, label, terser, counts, statuses);
            }
        } catch (IOException e) {
            counts.unparsable++;
            counts.example(name + ": cannot be read: " + e.getMessage());
        }
    }

    private static void checkEntries(Bundle bundle, String at, String label, FhirTerser terser, Counts counts,
            ScenarioStatuses statuses) {
        Set<String> inBundle = new HashSet<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getResource() != null) {
                inBundle.add(e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart());
            }
        }
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            counts.entries++;
            Resource r = e.getResource();
            if (r == null) {
                counts.requests++;
                counts.example(at + ": an entry without a resource");
                continue;
            }
            String local = r.fhirType() + "/" + r.getIdElement().getIdPart();
            if (e.getRequest().getMethod() != Bundle.HTTPVerb.PUT || !local.equals(e.getRequest().getUrl())
                    || !("urn:uuid:" + r.getIdElement().getIdPart()).equals(e.getFullUrl())) {
                counts.requests++;
                counts.example(at + ": the entry of " + local + " is " + e.getRequest().getMethod() + " "
                        + e.getRequest().getUrl() + " with fullUrl " + e.getFullUrl());
            }
            if (!Labels.isLabelled(r, FhirCodes.defaults())) {
                counts.unlabelled++;
                counts.example(at + ": " + local + " has no " + label + " security label");
            }
            if (counts.asOf != null) {
                List<String> dated = AsOf.datedAtOrAfter(r, counts.asOf, terser);
                if (!dated.isEmpty()) {
                    counts.datedAfter++;
                    counts.example(at + ": " + local + " is dated " + String.join(", ", dated)
                            + ", at or after the as-of instant " + counts.asOf);
                }
            }
            if (r instanceof EpisodeOfCare episode) {
                String contradiction = statuses.contradiction(episode, FhirCodes.defaults());
                if (contradiction != null) {
                    counts.contradictions++;
                    counts.example(at + ": " + contradiction);
                }
            }
            for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
                if (ref.hasReference() && !inBundle.contains(ref.getReference())) {
                    counts.unresolved++;
                    counts.example(at + ": " + local + " references " + ref.getReference()
                            + ", which is not in the Bundle");
                }
            }
        }
    }
}
