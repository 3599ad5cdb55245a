package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.fhir.model.parser.FHIRParser;
import com.ibm.fhir.model.parser.exception.FHIRParserException;
import com.ibm.fhir.model.resource.Bundle;
import com.ibm.fhir.model.resource.Patient;
import com.ibm.fhir.model.resource.Resource;
import com.ibm.fhir.model.type.Coding;
import com.ibm.fhir.model.type.code.BundleType;
import com.ibm.fhir.model.type.Reference;
import com.ibm.fhir.model.visitor.DefaultVisitor;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another FHIR implementation than HAPI reads the export: the IBM FHIR Server's R4 model and its validating JSON
 * parser (its own code generated from the specification: element names, cardinalities, value domains, unknown
 * elements refused) parses every resource of the default dataset (500 customers, seed 42) into its own types;
 * through that model every Patient carries its customer's {@code cus-} identifier, every resource the HTEST
 * security label, and every reference names a resource of the export; it reads the transaction Bundles as well. {@code -Dfhir.validation.skip=true} leaves it
 * out, like {@link FhirValidationTest}.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
@DisabledIfSystemProperty(named = "fhir.validation.skip", matches = "true")
class IndependentReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theIbmFhirParserReadsEveryResourceOfTheDefaultDataset() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 500,
                Set.of(Format.FHIR, Format.FHIR_BUNDLE, Format.JSONL), dir, 2));
        FHIRParser parser = FHIRParser.parser(com.ibm.fhir.model.format.Format.JSON);
        assertTrue(parser.isValidating(), "the parser checks cardinalities and value domains");
        List<String> customerIds = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("customers.jsonl"), StandardCharsets.UTF_8)) {
            customerIds.add(JSON.readTree(line).get("id").asText());
        }
        Set<String> ids = new HashSet<>();
        List<String> references = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long read = 0;
        for (ResourceType type : ResourceType.values()) {
            String file = type.fhirName() + ".ndjson";
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String where = file + ":" + (i + 1);
                Resource resource;
                try {
                    resource = parser.parse(new StringReader(lines.get(i)));
                } catch (FHIRParserException e) {
                    problems.add(where + ": " + e.getMessage());
                    continue;
                }
                read++;
                if (!resource.getClass().getSimpleName().equals(type.fhirName())) {
                    problems.add(where + ": a " + resource.getClass().getSimpleName());
                }
                ids.add(type.fhirName() + "/" + resource.getId());
                boolean labelled = resource.getMeta() != null && resource.getMeta().getSecurity().stream()
                        .map(Coding::getCode).anyMatch(c -> c != null && "HTEST".equals(c.getValue()));
                if (!labelled) {
                    problems.add(where + ": no HTEST security label");
                }
                if (resource instanceof Patient patient) {
                    String identifier = patient.getIdentifier().get(0).getValue().getValue();
                    if (!identifier.equals(customerIds.get(i))) {
                        problems.add(where + ": identifier " + identifier + ", customer " + customerIds.get(i));
                    }
                }
                resource.accept(new DefaultVisitor(true) {
                    @Override
                    public boolean visit(String elementName, int index, Reference reference) {
                        if (reference.getReference() != null) {
                            references.add(where + " " + reference.getReference().getValue());
                        }
                        return true;
                    }
                });
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        // the reader is strict, so reading everything means something: an unknown element or a bad code is refused
        String patient = Files.readAllLines(dir.resolve("Patient.ndjson"), StandardCharsets.UTF_8).get(0);
        assertThrows(FHIRParserException.class, () -> parser.parse(new StringReader(
                patient.replaceFirst("\\{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\",\"nickname\":\"Bo\","))));
        assertThrows(FHIRParserException.class, () -> parser.parse(new StringReader(
                patient.replaceFirst("\"gender\":\"[a-z]+\"", "\"gender\":\"robot\""))));
        // some 19 per customer without a scenario's (a journey step not begun by the reference date has no Encounter)
        assertTrue(read > 500 * 18, read + " resources read");
        assertEquals(customerIds.size(), ids.stream().filter(id -> id.startsWith("Patient/")).count());
        List<String> dangling = references.stream().filter(r -> !ids.contains(r.substring(r.indexOf(' ') + 1)))
                .limit(20).toList();
        assertEquals(List.of(), dangling, "references to resources outside the export");
        assertTrue(references.size() >= read - customerIds.size(), references.size() + " references");
        // the transaction Bundles too: one per customer, holding every resource once
        long entries = 0;
        List<String> bundles = Files.readAllLines(dir.resolve("Bundle.ndjson"), StandardCharsets.UTF_8);
        for (String line : bundles) {
            Bundle bundle;
            try {
                bundle = parser.parse(new StringReader(line));
            } catch (FHIRParserException e) {
                throw new AssertionError("Bundle.ndjson: " + e.getMessage(), e);
            }
            assertEquals(BundleType.TRANSACTION, bundle.getType());
            entries += bundle.getEntry().size();
        }
        assertEquals(customerIds.size(), bundles.size());
        assertEquals(read, entries, "every resource in one Bundle");
    }
}
