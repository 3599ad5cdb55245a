package io.github.syntheticcustomers.fhir;

import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.FamilyHistory;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One customer as FHIR R4 resources: a Patient, a Condition per diagnosed condition (onset the day of its
 * {@code condition_diagnosed} event on the customer's timeline, else the diagnosed year), one set of Observations
 * per measurement panel (one per screening visit, oldest first; blood pressure as one Observation whose diastolic
 * component is the same panel's), smoking status and social determinants (dated the latest panel's day, or the day
 * the account was opened for a customer never screened), a
 * FamilyMemberHistory per relative's condition and a Goal per narrative goal. Every resource references the Patient
 * by its id, carries the test-data security label, and has an id from {@link ResourceIds}, numbered in record order.
 * Nothing here reads a clock: dates are the record's own, and none is at or after the dataset's "as of" instant
 * ({@link AsOf}): a panel dated on or after the reference date is not written.
 */
final class CustomerResources {

    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/";

    private final FhirCodes codes;
    private final long seed;
    private final Instant asOf;

    /** The resources of a dataset of {@code seed} as of {@code asOf} ({@link AsOf}). */
    CustomerResources(FhirCodes codes, long seed, Instant asOf) {
        this.codes = codes;
        this.seed = seed;
        this.asOf = asOf;
    }

    /** The reference to customer {@code index}'s Patient. */
    static Reference patientReference(long seed, long index) {
        return new Reference("Patient/" + ResourceIds.of(seed, index, ResourceType.PATIENT.fhirName(), 0));
    }

    /**
     * The resources of customer {@code index}, by resource type, in {@link ResourceType} order: a new map.
     * {@code timeline} is the customer's (null when not available), which dates the diagnoses.
     */
    Map<ResourceType, List<Resource>> of(long index, CustomerProfile c, CustomerTimeline timeline) {
        Reference subject = patientReference(seed, index);
        Map<ResourceType, List<Resource>> out = new java.util.EnumMap<>(ResourceType.class);
        out.put(ResourceType.PATIENT, List.of(patient(index, c)));
        out.put(ResourceType.CONDITION, conditions(index, c, timeline, subject));
        out.put(ResourceType.OBSERVATION, observations(index, c, subject));
        out.put(ResourceType.FAMILY_MEMBER_HISTORY, familyHistory(index, c, subject));
        out.put(ResourceType.GOAL, goals(index, c, subject));
        return out;
    }

    private <R extends Resource> R labelled(R resource, ResourceType type, long index, int ordinal) {
        return Labels.labelled(resource, codes, seed, type, index, ordinal);
    }

    private Patient patient(long index, CustomerProfile c) {
        Demographics d = c.demographics();
        Patient p = labelled(new Patient(), ResourceType.PATIENT, index, 0);
        p.addIdentifier().setSystem(codes.customerIdSystem()).setValue(c.id());
        p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(d.lastName()).addGiven(d.firstName());
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(d.email())
                .setUse(ContactPoint.ContactPointUse.HOME);
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(d.phone())
                .setUse(ContactPoint.ContactPointUse.MOBILE);
        String gender = codes.genders().get(d.gender());
        p.setGender(gender == null ? AdministrativeGender.UNKNOWN : AdministrativeGender.fromCode(gender));
        p.setBirthDateElement(new DateType(d.dateOfBirth().toString()));
        // the street address is fictional, the city, county (district) and ZIP code a real place of the state
        p.addAddress().setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME).addLine(d.streetAddress())
                .setCity(d.city()).setDistrict(d.county()).setState(d.state()).setPostalCode(d.postalCode())
                .setCountry("US");
        FhirCodes.Coded marital = codes.maritalStatuses().get(d.maritalStatus());
        p.setMaritalStatus(marital == null ? new CodeableConcept().setText(d.maritalStatus())
                : concept(TERMINOLOGY + "v3-MaritalStatus", marital, marital.display()));
        return p;
    }

    private List<Resource> conditions(long index, CustomerProfile c, CustomerTimeline timeline, Reference subject) {
        List<Resource> out = new ArrayList<>();
        for (Condition condition : c.healthProfile().conditions()) {
            org.hl7.fhir.r4.model.Condition r = labelled(new org.hl7.fhir.r4.model.Condition(),
                    ResourceType.CONDITION, index, out.size());
            FhirCodes.ConditionStatus status = codes.conditionStatus();
            r.setClinicalStatus(concept(TERMINOLOGY + "condition-clinical", status.clinical(), null));
            r.setVerificationStatus(concept(TERMINOLOGY + "condition-ver-status", status.verification(), null));
            r.addCategory(concept(TERMINOLOGY + "condition-category", status.category(), null));
            CodeableConcept code = new CodeableConcept().setText(condition.name());
            FhirCodes.ConditionCodes known = codes.conditions().get(condition.name());
            if (known != null) {
                code.addCoding(coding(SNOMED, known.snomed()));
                code.addCoding(coding(ICD10CM, known.icd10cm()));
            }
            r.setCode(code);
            r.setSubject(subject.copy());
            // the day of its condition_diagnosed event; without one, the year the profile says: known to the year only
            LocalDate diagnosed = TimelineFacts.diagnosed(timeline, condition.name());
            r.setOnset(new DateTimeType(diagnosed != null && AsOf.before(diagnosed, asOf) ? diagnosed.toString()
                    : Integer.toString(condition.diagnosedYear())));
            out.add(r);
        }
        return out;
    }

    private List<Resource> observations(long index, CustomerProfile c, Reference subject) {
        List<Resource> out = new ArrayList<>();
        FhirCodes.BloodPressure bp = codes.bloodPressure();
        LocalDate observed = null;
        for (LocalDate date : c.healthProfile().panelDates()) {
            if (!AsOf.before(date, asOf)) {
                continue; // not measured as of A
            }
            observed = date;
            List<Observation> panel = c.healthProfile().panel(date);
            for (Observation m : panel) {
                if (m.code().equals(bp.diastolic().measurement())) {
                    continue; // a component of the systolic one's panel
                }
                out.add(measurement(index, out.size(), subject, m, panel));
            }
        }
        if (observed == null) {
            // never screened: what the customer told the platform, on the day the account was opened
            observed = c.engagement().accountCreated();
        }
        FhirCodes.Smoking smoking = codes.smoking();
        String status = c.healthProfile().lifestyle().smoking();
        org.hl7.fhir.r4.model.Observation s = observation(index, out.size(), subject, observed);
        s.addCategory(category(smoking.category()));
        s.setCode(loinc(smoking.observation().loinc(), smoking.observation().display()));
        FhirCodes.Coded value = smoking.values().get(status);
        s.setValue(value == null ? new CodeableConcept().setText(status) : concept(SNOMED, value, status));
        out.add(s);
        for (Map.Entry<String, FhirCodes.SocialDeterminant> e : codes.socialDeterminants().entrySet()) {
            // codes.yaml names the profile's fields (a test keeps them so); the value of one is never null
            String answer = SocialDeterminants.NO_BARRIER.containsKey(e.getKey()) ? c.sdoh().value(e.getKey()) : null;
            if (answer == null) {
                continue;
            }
            FhirCodes.SocialDeterminant sd = e.getValue();
            org.hl7.fhir.r4.model.Observation o = observation(index, out.size(), subject, observed);
            o.addCategory(category(codes.socialDeterminantsCategory()));
            o.setCode(sd.loinc() == null ? new CodeableConcept().setText(sd.text()) : loinc(sd.loinc(), sd.display()));
            FhirCodes.Coded coded = sd.answers().get(answer);
            o.setValue(coded == null ? new CodeableConcept().setText(answer) : concept(LOINC, coded, answer));
            out.add(o);
        }
        return out;
    }

    /**
     * The Observation of measurement {@code m} of {@code panel}: a systolic blood pressure becomes the blood-pressure
     * panel, with the diastolic value of the same panel (the same visit) as its second component.
     */
    private org.hl7.fhir.r4.model.Observation measurement(long index, int ordinal, Reference subject, Observation m,
            List<Observation> panel) {
        FhirCodes.BloodPressure bp = codes.bloodPressure();
        org.hl7.fhir.r4.model.Observation o = observation(index, ordinal, subject, m.date());
        if (m.code().equals(bp.systolic().measurement())) {
            o.getMeta().addProfile(bp.profile());
            o.addCategory(category(bp.category()));
            o.setCode(loinc(bp.panel().loinc(), bp.panel().display()));
            o.addComponent().setCode(loinc(bp.systolic().loinc(), bp.systolic().display()))
                    .setValue(quantity(m, bp.unit()));
            for (Observation diastolic : panel) {
                if (diastolic.code().equals(bp.diastolic().measurement())) {
                    o.addComponent().setCode(loinc(bp.diastolic().loinc(), bp.diastolic().display()))
                            .setValue(quantity(diastolic, bp.unit()));
                    break;
                }
            }
        } else {
            FhirCodes.MeasurementCode known = codes.measurements().get(m.code());
            if (known == null) {
                o.setCode(new CodeableConcept().setText(m.code()));
            } else {
                if (known.profile() != null) {
                    o.getMeta().addProfile(known.profile());
                }
                o.addCategory(category(known.category()));
                o.setCode(loinc(known.loinc(), known.display()));
            }
            o.setValue(quantity(m, known == null ? null : known.unit()));
        }
        return o;
    }

    private org.hl7.fhir.r4.model.Observation observation(long index, int ordinal, Reference subject,
            LocalDate date) {
        org.hl7.fhir.r4.model.Observation o = labelled(new org.hl7.fhir.r4.model.Observation(),
                ResourceType.OBSERVATION, index, ordinal);
        o.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
        o.setSubject(subject.copy());
        if (date != null) {
            o.setEffective(new DateTimeType(date.toString()));
        }
        return o;
    }

    private List<Resource> familyHistory(long index, CustomerProfile c, Reference subject) {
        List<Resource> out = new ArrayList<>();
        for (FamilyHistory f : c.healthProfile().familyHistory()) {
            FamilyMemberHistory r = labelled(new FamilyMemberHistory(), ResourceType.FAMILY_MEMBER_HISTORY, index,
                    out.size());
            r.setStatus(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED);
            r.setPatient(subject.copy());
            FhirCodes.Coded relative = codes.relatives().get(f.relative());
            r.setRelationship(relative == null ? new CodeableConcept().setText(f.relative())
                    : concept(TERMINOLOGY + "v3-RoleCode", relative, f.relative()));
            FhirCodes.Coded condition = codes.familyConditions().get(f.condition());
            r.addCondition().setCode(condition == null ? new CodeableConcept().setText(f.condition())
                    : concept(SNOMED, condition, f.condition()));
            out.add(r);
        }
        return out;
    }

    private List<Resource> goals(long index, CustomerProfile c, Reference subject) {
        List<Resource> out = new ArrayList<>();
        for (String goal : c.narrative().goals()) {
            Goal r = labelled(new Goal(), ResourceType.GOAL, index, out.size());
            r.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            r.setDescription(new CodeableConcept().setText(goal));
            r.setSubject(subject.copy());
            out.add(r);
        }
        return out;
    }

    private static CodeableConcept concept(String system, FhirCodes.Coded coded, String text) {
        CodeableConcept concept = new CodeableConcept().addCoding(coding(system, coded));
        return text == null ? concept : concept.setText(text);
    }

    private static Coding coding(String system, FhirCodes.Coded coded) {
        return new Coding(system, coded.code(), coded.display());
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(LOINC, code, display)).setText(display);
    }

    private CodeableConcept category(String code) {
        return new CodeableConcept().addCoding(new Coding(TERMINOLOGY + "observation-category", code,
                codes.observationCategories().getOrDefault(code, code)));
    }

    /**
     * The measurement's value, as plain decimal text so that no JDK's double printing shows; coded in UCUM when its
     * unit is the one {@code codes.yaml} expects ({@code ucum}), otherwise with the unit as text only.
     */
    private static Quantity quantity(Observation m, String ucum) {
        Quantity q = new Quantity().setValue(new BigDecimal(Decimals.format(m.value()))).setUnit(m.unit());
        return m.unit().equals(ucum) ? q.setSystem(UCUM).setCode(ucum) : q;
    }
}
