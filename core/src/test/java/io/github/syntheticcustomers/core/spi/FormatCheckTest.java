package io.github.syntheticcustomers.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset whose manifest lists FHIR files, checked where the fhir module is not on the class path (core alone, as
 * in the JUnit extension): the record checks run, and the FHIR files' check is skipped naming the module.
 */
class FormatCheckTest {

    @TempDir
    Path dir;

    @Test
    void withoutItsModuleTheFhirCheckIsSkippedNamingIt() throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 30, Set.of(Format.JSONL), dir, 1));
        byte[] patient = "{\"resourceType\":\"Patient\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("Patient.ndjson"), patient);
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
        ((ArrayNode) manifest.get("formats")).insert(0, "fhir");
        ((ArrayNode) manifest.get("files")).addObject().put("file", "Patient.ndjson").put("part", "Patient")
                .put("format", "fhir").put("records", 1).put("bytes", patient.length)
                .put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(patient)));
        json.writeValue(dir.resolve("manifest.json").toFile(), manifest);

        QualityReport report = QualityChecks.run(dir, ConfigLoader.defaults());
        CheckResult last = report.checks().get(report.checks().size() - 1);
        assertEquals(QualityChecks.names().size() + 1, report.checks().size());
        assertEquals("fhir_resources", last.name());
        assertEquals(CheckStatus.SKIPPED, last.status());
        assertEquals("the fhir files are checked by io.github.syntheticcustomers:synthetic-customers-fhir, which is"
                + " not on the class path", last.summary());
    }
}
