package io.github.syntheticcustomers.fhir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vocabulary of the fhir format, read once from {@code codes.yaml} next to this class: which code system, code
 * and display each profile value gets. Immutable; a value it does not list is written as text only.
 *
 * @param customerIdSystem {@code Patient.identifier.system} of the {@code cus-…} id
 * @param scenarioIdSystem {@code EpisodeOfCare.identifier.system} of the {@code scn-…} id
 * @param testDataLabel the {@code meta.security} label every resource carries (v3-ActReason)
 * @param observationCategories observation-category code to its display
 * @param conditionStatus what every Condition says besides its code
 * @param encounterClass the class of a journey step's Encounter (v3-ActCode)
 * @param genders profile gender to administrative gender
 * @param maritalStatuses profile marital status to v3-MaritalStatus
 * @param conditions condition name to its SNOMED CT and ICD-10-CM codes
 * @param familyConditions family-history condition to SNOMED CT
 * @param relatives family-history relative to v3-RoleCode
 * @param measurements measurement code to its LOINC observation
 * @param bloodPressure how systolic and diastolic measurements become one panel
 * @param smoking the smoking-status observation and its values
 * @param socialDeterminantsCategory the observation category of the social determinants
 * @param socialDeterminants social-determinant field to its observation
 */
record FhirCodes(
        String customerIdSystem,
        String scenarioIdSystem,
        Coded testDataLabel,
        Map<String, String> observationCategories,
        ConditionStatus conditionStatus,
        Coded encounterClass,
        Map<String, String> genders,
        Map<String, Coded> maritalStatuses,
        Map<String, ConditionCodes> conditions,
        Map<String, Coded> familyConditions,
        Map<String, Coded> relatives,
        Map<String, MeasurementCode> measurements,
        BloodPressure bloodPressure,
        Smoking smoking,
        String socialDeterminantsCategory,
        Map<String, SocialDeterminant> socialDeterminants) {

    FhirCodes {
        observationCategories = copy(observationCategories);
        genders = copy(genders);
        maritalStatuses = copy(maritalStatuses);
        conditions = copy(conditions);
        familyConditions = copy(familyConditions);
        relatives = copy(relatives);
        measurements = copy(measurements);
        socialDeterminants = copy(socialDeterminants);
    }

    /** A code of a code system with its display. */
    record Coded(String code, String display) {
    }

    /** A Condition's clinical status, verification status and category. */
    record ConditionStatus(Coded clinical, Coded verification, Coded category) {
    }

    /** A condition's codes: SNOMED CT and ICD-10-CM. */
    record ConditionCodes(Coded snomed, Coded icd10cm) {
    }

    /**
     * A measurement's observation.
     *
     * @param unit the UCUM unit its values are coded in when the record's unit is this one
     * @param category {@code vital-signs} or {@code laboratory}
     * @param profile the vital-signs profile it follows, null for none
     */
    record MeasurementCode(String loinc, String display, String unit, String category, String profile) {
    }

    /** The blood-pressure panel, its UCUM unit, category and profile, and its two components. */
    record BloodPressure(LoincCode panel, String unit, String category, String profile, Component systolic,
            Component diastolic) {

        /** One component: the measurement code it is made of and its LOINC code. */
        record Component(String measurement, String loinc, String display) {
        }
    }

    /** A LOINC code with its display. */
    record LoincCode(String loinc, String display) {
    }

    /** The smoking-status observation, its category and the SNOMED CT value of each profile value. */
    record Smoking(String category, LoincCode observation, Map<String, Coded> values) {

        Smoking {
            values = copy(values);
        }
    }

    /**
     * A social determinant's observation: a LOINC question (or, without one, the text of its code) and the LOINC
     * answers of the values that map onto one.
     */
    record SocialDeterminant(String loinc, String display, String text, Map<String, Coded> answers) {

        SocialDeterminant {
            answers = answers == null ? Map.of() : copy(answers);
        }
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static final FhirCodes DEFAULTS = read();

    /** The built-in codes. */
    static FhirCodes defaults() {
        return DEFAULTS;
    }

    private static FhirCodes read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = FhirCodes.class.getResourceAsStream("codes.yaml")) {
            if (in == null) {
                throw new IllegalStateException("codes.yaml is missing from the fhir module's jar");
            }
            return yaml.readValue(in, FhirCodes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fhir module's codes.yaml: " + e.getMessage(), e);
        }
    }
}
