package io.github.syntheticcustomers.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.spi.FormatParts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The {@link Format#FHIR_BUNDLE fhir-bundle} format, found by core's {@link FormatParts} service lookup:
 * {@code Bundle.ndjson}, one FHIR R4 transaction Bundle per customer, in index order, for POSTing to a server's base
 * URL one line at a time. Bundle {@code i} holds the resources the {@link Format#FHIR fhir} format writes for record
 * {@code i}, the Patient first, each as an entry with {@code fullUrl} {@code urn:uuid:<id>} and request
 * {@code PUT <Type>/<id>}: a server stores them under the export's own ids, references need no rewriting, and
 * loading the same bundle twice updates rather than duplicates. No entry is conditional.
 */
public final class FhirBundleParts implements FormatParts {

    /** The name of the part, and so of its file {@code Bundle.ndjson}. */
    static final String PART = "Bundle";

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Override
    public Format format() {
        return Format.FHIR_BUNDLE;
    }

    /** One part, {@code Bundle}, with the customers part; its Bundles hold the scenarios' resources too when selected. */
    @Override
    public List<DatasetPart<String>> parts(DatasetGenerator generator, Set<Part> selected) {
        if (!selected.contains(Part.CUSTOMERS)) {
            return List.of();
        }
        return List.of(new BundlePart(new RecordResources(generator, selected.contains(Part.SCENARIOS))));
    }

    /** Record {@code index}'s transaction Bundle. */
    static Bundle transaction(RecordResources resources, long index) {
        Bundle bundle = new Bundle();
        bundle.setId(ResourceIds.of(resources.seed(), index, PART, 0));
        Labels.label(bundle, FhirCodes.defaults());
        bundle.setType(Bundle.BundleType.TRANSACTION);
        for (Map.Entry<ResourceType, List<Resource>> byType : resources.of(index).entrySet()) {
            for (Resource r : byType.getValue()) {
                String id = r.getIdElement().getIdPart();
                bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(r).getRequest()
                        .setMethod(Bundle.HTTPVerb.PUT).setUrl(byType.getKey().fhirName() + "/" + id);
            }
        }
        return bundle;
    }

    /** The Bundle file: one encoded transaction Bundle per index. */
    private record BundlePart(RecordResources resources) implements DatasetPart<String> {

        @Override
        public String name() {
            return PART;
        }

        @Override
        public List<String> recordsFor(long index) {
            return List.of(FHIR.newJsonParser().setPrettyPrint(false).encodeResourceToString(
                    transaction(resources, index)));
        }

        @Override
        public boolean supports(Format format) {
            return format == Format.FHIR_BUNDLE;
        }
    }
}
