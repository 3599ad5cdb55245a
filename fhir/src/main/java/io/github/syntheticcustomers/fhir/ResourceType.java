package io.github.syntheticcustomers.fhir;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

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

    /** The type whose FHIR name is {@code name}, or null. */
    static ResourceType ofFhirName(String name) {
        for (ResourceType t : values()) {
            if (t.fhirName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The reference to the Patient a resource of this type is about (its subject or patient); null for a Patient. */
    String patientReference(Resource r) {
        Reference ref = switch (this) {
            case PATIENT -> null;
            case CONDITION -> ((Condition) r).getSubject();
            case OBSERVATION -> ((Observation) r).getSubject();
            case FAMILY_MEMBER_HISTORY -> ((FamilyMemberHistory) r).getPatient();
            case GOAL -> ((Goal) r).getSubject();
            case EPISODE_OF_CARE -> ((EpisodeOfCare) r).getPatient();
            case ENCOUNTER -> ((Encounter) r).getSubject();
        };
        return ref == null ? null : ref.getReference();
    }

    /** The FHIR name, e.g. {@code FamilyMemberHistory}: the file's base name too. */
    String fhirName() {
        return fhirName;
    }
}
