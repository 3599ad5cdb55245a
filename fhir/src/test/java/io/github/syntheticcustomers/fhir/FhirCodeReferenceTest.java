package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every clinical code of {@code codes.yaml} (conditions in SNOMED CT and ICD-10-CM, family conditions, relatives,
 * measurements, blood pressure, smoking status) is one of the committed reference table
 * ({@code code-reference.tsv}: system, code, display, where it was verified), with that display; and the conditions
 * carry their most specific codes (high cholesterol as hypercholesterolemia, a family colorectal cancer as the large
 * intestine's).
 */
class FhirCodeReferenceTest {

    private static final FhirCodes CODES = FhirCodes.defaults();

    private static Map<String, String> reference() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = FhirCodeReferenceTest.class.getResourceAsStream("/code-reference.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertEquals(4, cells.length, line);
                assertTrue(!cells[3].isBlank(), "every row says where it was verified: " + line);
                out.put(cells[0] + "|" + cells[1], cells[2]);
            }
        }
        return out;
    }

    @Test
    void everyCodeIsInTheReferenceTableWithItsDisplay() throws IOException {
        Map<String, String> table = reference();
        List<String> used = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        CODES.conditions().forEach((label, c) -> {
            check(table, "snomed", c.snomed().code(), c.snomed().display(), label, used, wrong);
            check(table, "icd10cm", c.icd10cm().code(), c.icd10cm().display(), label, used, wrong);
        });
        CODES.familyConditions().forEach((label, c) -> check(table, "snomed", c.code(), c.display(), label, used,
                wrong));
        CODES.relatives().forEach((label, c) -> check(table, "v3-RoleCode", c.code(), c.display(), label, used,
                wrong));
        CODES.measurements().forEach((label, m) -> check(table, "loinc", m.loinc(), m.display(), label, used, wrong));
        FhirCodes.BloodPressure bp = CODES.bloodPressure();
        check(table, "loinc", bp.panel().loinc(), bp.panel().display(), "blood pressure", used, wrong);
        check(table, "loinc", bp.systolic().loinc(), bp.systolic().display(), "systolic", used, wrong);
        check(table, "loinc", bp.diastolic().loinc(), bp.diastolic().display(), "diastolic", used, wrong);
        check(table, "loinc", CODES.smoking().observation().loinc(), CODES.smoking().observation().display(),
                "smoking", used, wrong);
        CODES.smoking().values().forEach((label, c) -> check(table, "snomed", c.code(), c.display(), label, used,
                wrong));
        assertEquals(List.of(), wrong);
        assertTrue(used.size() >= 40, "codes checked: " + used.size());
    }

    @Test
    void conditionsCarryTheirMostSpecificCodes() {
        FhirCodes.ConditionCodes cholesterol = CODES.conditions().get("High cholesterol");
        assertEquals("13644009", cholesterol.snomed().code());
        assertEquals("E78.00", cholesterol.icd10cm().code());
        assertEquals("363510005", CODES.familyConditions().get("Colorectal cancer").code());
        // SNOMED CT and ICD-10-CM say the same: essential hypertension
        assertEquals("59621000", CODES.conditions().get("Hypertension").snomed().code());
        assertEquals("I10", CODES.conditions().get("Hypertension").icd10cm().code());
    }

    private static void check(Map<String, String> table, String system, String code, String display, String label,
            List<String> used, List<String> wrong) {
        used.add(system + "|" + code);
        String expected = table.get(system + "|" + code);
        if (!display.equals(expected)) {
            wrong.add(label + ": " + system + " " + code + " '" + display + "'"
                    + (expected == null ? " is not in the reference table" : " (reference: '" + expected + "')"));
        }
    }
}
