package io.github.syntheticcustomers.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/** What every resource of the export carries: its id ({@link ResourceIds}) and the test-data security label. */
final class Labels {

    private Labels() {
    }

    static <R extends Resource> R labelled(R resource, FhirCodes codes, long seed, ResourceType type, long index,
            int ordinal) {
        resource.setId(ResourceIds.of(seed, index, type.fhirName(), ordinal));
        return label(resource, codes);
    }

    /** {@code resource} with the test-data security label added. */
    static <R extends Resource> R label(R resource, FhirCodes codes) {
        resource.getMeta().addSecurity(new Coding(CustomerResources.TERMINOLOGY + "v3-ActReason",
                codes.testDataLabel().code(), codes.testDataLabel().display()));
        return resource;
    }
}
