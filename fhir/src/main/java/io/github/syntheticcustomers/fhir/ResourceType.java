package io.github.syntheticcustomers.fhir;

/** The FHIR resource types the fhir format writes, each as {@code <Type>.ndjson}, in file order. */
enum ResourceType {
    PATIENT("Patient", false),
    CONDITION("Condition", false),
    OBSERVATION("Observation", false),
    FAMILY_MEMBER_HISTORY("FamilyMemberHistory", false),
    GOAL("Goal", false),
    EPISODE_OF_CARE("EpisodeOfCare", true),
    ENCOUNTER("Encounter", true);

    private final String fhirName;
    private final boolean ofScenario;

    ResourceType(String fhirName, boolean ofScenario) {
        this.fhirName = fhirName;
        this.ofScenario = ofScenario;
    }

    /** Whether it is made from a test scenario (else from a customer). */
    boolean ofScenario() {
        return ofScenario;
    }

    /** The FHIR name, e.g. {@code FamilyMemberHistory}: the file's base name too. */
    String fhirName() {
        return fhirName;
    }
}
