package io.github.syntheticcustomers.fhir.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's FHIR page: the fhir and fhir-bundle formats from the Java API, with this module on the class path. */
class FhirExportExampleTest {

    @Test
    void writesResourcesAndBundles(@TempDir Path target) throws Exception {
        Path dir = target.resolve("synthetic-customers");
        // snippet-start fhir-api
        GeneratorConfig config = ConfigSource.BUILT_IN.load();
        GenerationRequest request = new GenerationRequest(config, 42, 20,
                EnumSet.of(Format.JSONL, Format.FHIR, Format.FHIR_BUNDLE), dir, 0)
                .withConfigSource(ConfigSource.BUILT_IN)
                .withParts(EnumSet.of(Part.CUSTOMERS, Part.SCENARIOS));
        SyntheticDatasets.generate(request);      // Patient.ndjson, Condition.ndjson, …, Bundle.ndjson
        // snippet-end fhir-api
        List<String> patients = Files.readAllLines(dir.resolve("Patient.ndjson"), StandardCharsets.UTF_8);
        List<String> bundles = Files.readAllLines(dir.resolve("Bundle.ndjson"), StandardCharsets.UTF_8);
        assertEquals(20, patients.size());
        assertEquals(20, bundles.size());
        assertTrue(patients.get(0).startsWith("{\"resourceType\":\"Patient\""), patients.get(0));
        assertTrue(bundles.get(0).contains("\"type\":\"transaction\""), bundles.get(0));
        assertTrue(Files.isRegularFile(dir.resolve("EpisodeOfCare.ndjson")));
    }
}
