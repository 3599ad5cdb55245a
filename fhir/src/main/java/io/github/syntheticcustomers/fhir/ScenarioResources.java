package io.github.syntheticcustomers.fhir;

import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyStatus;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.time.Instant;
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
 * One test scenario as FHIR R4 resources, as of the dataset's "as of" instant A ({@link AsOf}): its journey as an
 * EpisodeOfCare (identifier the {@code scn-…} id, type the scenario type), and each journey step reached as a
 * virtual Encounter of that episode (type the step, service type its phase). Statuses follow the scenario's
 * {@code journey_status} and steps; periods follow the customer's timeline (docs/timeline-model.md): a step lasts
 * from its {@code step_started} time for the {@code seconds} of its closing event. The episode runs from its first
 * step to the end of its last one, and has no end while the journey is {@code in_progress}. Without a timeline (or
 * without the step's closing event on it) a step's end is its start. Nothing written is dated at or after A: a step
 * that starts at or after A is not written, and an end at or after A is left out (the step is then under way).
 * They reference the customer's Patient, so they are written with the customers part only.
 */
final class ScenarioResources {

    private final FhirCodes codes;
    private final long seed;
    private final Instant asOf;
    /** The configured framework, whose display names the encounters' types show (a product's own, not its ids). */
    private final JourneyFramework framework;

    ScenarioResources(FhirCodes codes, long seed, Instant asOf, JourneyFramework framework) {
        this.codes = codes;
        this.seed = seed;
        this.asOf = asOf;
        this.framework = framework;
    }

    /**
     * The EpisodeOfCare status of a journey that stands at {@code journeyStatus}: {@code finished} for finished,
     * {@code cancelled} for abandoned, {@code active} for in progress.
     *
     * @throws IllegalArgumentException for any other value, naming it and the allowed ones
     */
    static EpisodeOfCare.EpisodeOfCareStatus episodeStatus(String journeyStatus) {
        if (JourneyStatus.FINISHED.equals(journeyStatus)) {
            return EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        } else if (JourneyStatus.ABANDONED.equals(journeyStatus)) {
            return EpisodeOfCare.EpisodeOfCareStatus.CANCELLED;
        } else if (JourneyStatus.IN_PROGRESS.equals(journeyStatus)) {
            return EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
        }
        throw new IllegalArgumentException("journey_status " + (journeyStatus == null ? "missing"
                : "'" + journeyStatus + "'") + ": expected one of " + String.join(", ", JourneyStatus.ALL));
    }

    /**
     * The resources of scenario {@code index}, whose customer's Patient is {@code patient} and whose customer's
     * timeline is {@code timeline} (null when not available: every step then ends when it starts).
     */
    Map<ResourceType, List<Resource>> of(long index, TestScenario s, CustomerTimeline timeline, Reference patient) {
        Map<ResourceType, List<Resource>> out = new EnumMap<>(ResourceType.class);
        EpisodeOfCare.EpisodeOfCareStatus status;
        try {
            status = episodeStatus(s.journeyStatus());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario " + s.scenarioId() + ": " + e.getMessage(), e);
        }
        EpisodeOfCare episode = Labels.labelled(new EpisodeOfCare(), codes, seed, ResourceType.EPISODE_OF_CARE, index,
                0);
        episode.addIdentifier().setSystem(codes.scenarioIdSystem()).setValue(s.scenarioId());
        episode.setStatus(status);
        episode.addType(new CodeableConcept().setText(Analysis.words(s.scenarioType())));
        episode.setPatient(patient.copy());
        out.put(ResourceType.EPISODE_OF_CARE, List.of(episode));
        Reference episodeRef = new Reference("EpisodeOfCare/" + episode.getIdElement().getIdPart());
        List<JourneyStep> journey = s.journey();
        Instant[] ends = TimelineFacts.stepEnds(s, timeline);
        List<Resource> encounters = new ArrayList<>();
        Instant first = null;
        Instant lastEnd = null;
        for (int j = 0; j < journey.size(); j++) {
            JourneyStep step = journey.get(j);
            if (step.timestamp() == null || !step.timestamp().isBefore(asOf)) {
                continue; // not begun as of A
            }
            Instant end = ends[j] == null ? step.timestamp() : ends[j];
            boolean ended = end.isBefore(asOf);
            first = first == null ? step.timestamp() : first;
            lastEnd = ended ? end : null;
            Encounter e = Labels.labelled(new Encounter(), codes, seed, ResourceType.ENCOUNTER, index,
                    encounters.size());
            e.setStatus(!ended ? Encounter.EncounterStatus.INPROGRESS
                    : CompletionStatus.SKIPPED.equals(step.completionStatus()) ? Encounter.EncounterStatus.CANCELLED
                    : Encounter.EncounterStatus.FINISHED);
            e.setClass_(new Coding(CustomerResources.TERMINOLOGY + "v3-ActCode", codes.encounterClass().code(),
                    codes.encounterClass().display()));
            e.addType(new CodeableConcept().setText(framework.displayName(step.step())));
            e.setServiceType(new CodeableConcept().setText(framework.displayName(step.phase())));
            e.setSubject(patient.copy());
            e.addEpisodeOfCare(episodeRef.copy());
            Period period = new Period().setStartElement(instant(step.timestamp()));
            if (ended) {
                period.setEndElement(instant(end));
            }
            e.setPeriod(period);
            encounters.add(e);
        }
        if (first != null) {
            Period period = new Period().setStartElement(instant(first));
            if (status != EpisodeOfCare.EpisodeOfCareStatus.ACTIVE && lastEnd != null) {
                period.setEndElement(instant(lastEnd));
            }
            episode.setPeriod(period);
        }
        out.put(ResourceType.ENCOUNTER, encounters);
        return out;
    }

    /** The instant in UTC as the JSON files write it (to the second, or the millisecond when it has one). */
    private static DateTimeType instant(Instant t) {
        return new DateTimeType(t.toString());
    }
}
