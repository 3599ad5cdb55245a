package io.github.syntheticcustomers.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * What every resource of the export carries: its id ({@link ResourceIds}) and the test-data security label; and how
 * the checks read the export's lines.
 */
final class Labels {

    private Labels() {
    }

    static <R extends Resource> R labelled(R resource, FhirCodes codes, long seed, ResourceType type, long index,
            int ordinal) {
        resource.setId(ResourceIds.of(seed, index, type.fhirName(), ordinal));
        return label(resource, codes);
    }

    /** Whether {@code resource} carries the test-data security label. */
    static boolean isLabelled(Resource resource, FhirCodes codes) {
        String code = codes.testDataLabel().code();
        return resource.getMeta().getSecurity().stream().anyMatch(c -> code.equals(c.getCode()));
    }

    /** The lines of an NDJSON file of the export, read as UTF-8 without following a link (the checks read them). */
    static BufferedReader lines(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8), 1 << 16);
    }

    /** {@code resource} with the test-data security label added. */
    static <R extends Resource> R label(R resource, FhirCodes codes) {
        resource.getMeta().addSecurity(new Coding(CustomerResources.TERMINOLOGY + "v3-ActReason",
                codes.testDataLabel().code(), codes.testDataLabel().display()));
        return resource;
    }
}
