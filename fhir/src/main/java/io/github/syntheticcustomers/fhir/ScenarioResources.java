package io.github.syntheticcustomers.fhir;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One test scenario as FHIR R4 resources: its journey as an EpisodeOfCare (identifier the {@code scn-…} id, type the
 * scenario type, the period of its steps; finished, or cancelled when abandoned), and each journey step reached as
 * a virtual Encounter of that episode (type the step, service type its phase, start the step's time; cancelled when
 * skipped). They reference the customer's Patient, so they are written with the customers part only.
 */
final class ScenarioResources {

    private final FhirCodes codes;
    private final long seed;

    ScenarioResources(FhirCodes codes, long seed) {
        this.codes = codes;
        this.seed = seed;
    }

    /** The resources of scenario {@code index}, whose customer's Patient is {@code patient}. */
    Map<ResourceType, List<Resource>> of(long index, TestScenario s, Reference patient) {
        Map<ResourceType, List<Resource>> out = new EnumMap<>(ResourceType.class);
        EpisodeOfCare episode = Labels.labelled(new EpisodeOfCare(), codes, seed, ResourceType.EPISODE_OF_CARE, index,
                0);
        episode.addIdentifier().setSystem(codes.scenarioIdSystem()).setValue(s.scenarioId());
        List<JourneyStep> journey = s.journey();
        boolean abandoned = !journey.isEmpty()
                && CompletionStatus.ABANDONED.equals(journey.get(journey.size() - 1).completionStatus());
        episode.setStatus(abandoned ? EpisodeOfCare.EpisodeOfCareStatus.CANCELLED
                : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        episode.addType(new CodeableConcept().setText(Analysis.words(s.scenarioType())));
        episode.setPatient(patient.copy());
        if (!journey.isEmpty() && journey.get(0).timestamp() != null) {
            Period period = new Period().setStartElement(instant(journey.get(0)));
            JourneyStep last = journey.get(journey.size() - 1);
            if (last.timestamp() != null) {
                period.setEndElement(instant(last));
            }
            episode.setPeriod(period);
        }
        out.put(ResourceType.EPISODE_OF_CARE, List.of(episode));
        Reference episodeRef = new Reference("EpisodeOfCare/" + episode.getIdElement().getIdPart());
        List<Resource> encounters = new ArrayList<>();
        for (JourneyStep step : journey) {
            Encounter e = Labels.labelled(new Encounter(), codes, seed, ResourceType.ENCOUNTER, index,
                    encounters.size());
            e.setStatus(CompletionStatus.SKIPPED.equals(step.completionStatus()) ? Encounter.EncounterStatus.CANCELLED
                    : Encounter.EncounterStatus.FINISHED);
            e.setClass_(new Coding(CustomerResources.TERMINOLOGY + "v3-ActCode", codes.encounterClass().code(),
                    codes.encounterClass().display()));
            e.addType(new CodeableConcept().setText(Analysis.words(step.step())));
            e.setServiceType(new CodeableConcept().setText(Analysis.words(step.phase())));
            e.setSubject(patient.copy());
            e.addEpisodeOfCare(episodeRef.copy());
            if (step.timestamp() != null) {
                e.setPeriod(new Period().setStartElement(instant(step)));
            }
            encounters.add(e);
        }
        out.put(ResourceType.ENCOUNTER, encounters);
        return out;
    }

    /** The step's instant in UTC, to the second, as the JSON files write it. */
    private static DateTimeType instant(JourneyStep step) {
        return new DateTimeType(step.timestamp().toString());
    }
}
