package io.github.syntheticcustomers.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyStatus;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The FHIR resources as of the reference date, from hand-built records and timelines (docs/timeline-model.md): the
 * episode's status follows the scenario's {@code journey_status}; each step's Encounter lasts from its
 * {@code step_started} time for the {@code seconds} of its closing event; nothing is dated at or after the as-of
 * instant; one Observation set per measurement panel, each blood pressure with its own panel's diastolic value; a
 * condition's onset is the day of its {@code condition_diagnosed} event.
 */
class FhirAsOfTest {

    private static final long SEED = 7;
    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Reference PATIENT = CustomerResources.patientReference(SEED, 0);
    private static final DatasetGenerator GENERATOR = new DatasetGenerator(ConfigLoader.defaults(), SEED, 1);

    private final ScenarioResources scenarios = new ScenarioResources(FhirCodes.defaults(), SEED, AS_OF,
            io.github.syntheticcustomers.core.journey.JourneyFramework.of(
                    io.github.syntheticcustomers.core.config.ConfigLoader.defaults()));
    private final CustomerResources customers = new CustomerResources(FhirCodes.defaults(), SEED, AS_OF);

    private static JourneyStep step(String step, String at, String status) {
        return new JourneyStep("engagement", step, Instant.parse(at), List.of("opened"), "curious", status, 60);
    }

    private static TestScenario scenario(String journeyStatus, List<JourneyStep> journey) {
        TestScenario generated = GENERATOR.scenario(0);
        return new TestScenario("scn-000001", "cus-000001", generated.scenarioType(), generated.user(), journeyStatus,
                0, journey);
    }

    /** A timeline with each step's {@code step_started} event and, where {@code seconds} has one, its closing event. */
    private static CustomerTimeline timeline(TestScenario s, long[] seconds, EngagementEvent... more) {
        List<EngagementEvent> events = new ArrayList<>(List.of(more));
        for (int j = 0; j < s.journey().size(); j++) {
            JourneyStep step = s.journey().get(j);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("scenario_id", s.scenarioId());
            p.put("step", step.step());
            p.put("phase", step.phase());
            p.put("position", j + 1);
            events.add(event("step_started", step.timestamp(), p));
            if (seconds[j] >= 0) {
                Map<String, Object> closing = new LinkedHashMap<>(p);
                closing.put("seconds", seconds[j]);
                events.add(event(closingType(step.completionStatus()), step.timestamp().plusSeconds(seconds[j]),
                        closing));
            }
        }
        return new CustomerTimeline("cus-000001", ZONE, AS_OF, events);
    }

    private static String closingType(String status) {
        return switch (status) {
            case CompletionStatus.PARTIAL -> "step_paused";
            case CompletionStatus.SKIPPED -> "step_skipped";
            case CompletionStatus.ABANDONED -> "step_abandoned";
            default -> "step_completed";
        };
    }

    private static EngagementEvent event(String type, Instant at, Map<String, Object> properties) {
        return new EngagementEvent("evt-000001-000001", "cus-000001", "ses-000001-0001", at, ZONE.getId(), type,
                properties);
    }

    private static EpisodeOfCare episode(Map<ResourceType, List<Resource>> resources) {
        return (EpisodeOfCare) resources.get(ResourceType.EPISODE_OF_CARE).get(0);
    }

    private static List<Encounter> encounters(Map<ResourceType, List<Resource>> resources) {
        return resources.get(ResourceType.ENCOUNTER).stream().map(Encounter.class::cast).toList();
    }

    private static String start(Encounter e) {
        return e.getPeriod().getStartElement().getValueAsString();
    }

    private static String end(Encounter e) {
        return e.getPeriod().hasEnd() ? e.getPeriod().getEndElement().getValueAsString() : null;
    }

    @Test
    void aFinishedJourneyIsAFinishedEpisodeEndingWhenItsLastStepClosed() {
        TestScenario s = scenario(JourneyStatus.FINISHED, List.of(
                step("welcome", "2025-11-03T18:12:09Z", CompletionStatus.COMPLETED),
                step("risk_assessment", "2025-11-03T18:15:00Z", CompletionStatus.PARTIAL),
                step("reminder", "2025-11-10T09:00:00Z", CompletionStatus.SKIPPED),
                step("screening", "2025-12-01T12:00:00Z", CompletionStatus.COMPLETED)));
        var resources = scenarios.of(0, s, timeline(s, new long[] {150, 480, 5, 600}), PATIENT);
        EpisodeOfCare episode = episode(resources);
        assertEquals(EpisodeOfCare.EpisodeOfCareStatus.FINISHED, episode.getStatus());
        assertEquals("2025-11-03T18:12:09Z", episode.getPeriod().getStartElement().getValueAsString());
        assertEquals("2025-12-01T12:10:00Z", episode.getPeriod().getEndElement().getValueAsString());
        List<Encounter> encounters = encounters(resources);
        assertEquals(4, encounters.size());
        assertEquals(List.of(Encounter.EncounterStatus.FINISHED, Encounter.EncounterStatus.FINISHED,
                Encounter.EncounterStatus.CANCELLED, Encounter.EncounterStatus.FINISHED),
                encounters.stream().map(Encounter::getStatus).toList());
        assertEquals(List.of("2025-11-03T18:12:09Z", "2025-11-03T18:15:00Z", "2025-11-10T09:00:00Z",
                "2025-12-01T12:00:00Z"), encounters.stream().map(FhirAsOfTest::start).toList());
        assertEquals(List.of("2025-11-03T18:14:39Z", "2025-11-03T18:23:00Z", "2025-11-10T09:00:05Z",
                "2025-12-01T12:10:00Z"), encounters.stream().map(FhirAsOfTest::end).toList());
        for (Encounter e : encounters) {
            assertEquals("EpisodeOfCare/" + episode.getIdElement().getIdPart(),
                    e.getEpisodeOfCareFirstRep().getReference());
        }
    }

    @Test
    void anAbandonedJourneyIsACancelledEpisodeAndItsLastEncounterFinished() {
        TestScenario s = scenario(JourneyStatus.ABANDONED, List.of(
                step("welcome", "2025-10-01T08:00:00Z", CompletionStatus.COMPLETED),
                step("risk_assessment", "2025-10-01T08:03:00Z", CompletionStatus.ABANDONED)));
        var resources = scenarios.of(0, s, timeline(s, new long[] {170, 42}), PATIENT);
        EpisodeOfCare episode = episode(resources);
        assertEquals(EpisodeOfCare.EpisodeOfCareStatus.CANCELLED, episode.getStatus());
        assertEquals("2025-10-01T08:00:00Z", episode.getPeriod().getStartElement().getValueAsString());
        assertEquals("2025-10-01T08:03:42Z", episode.getPeriod().getEndElement().getValueAsString());
        assertEquals(List.of(Encounter.EncounterStatus.FINISHED, Encounter.EncounterStatus.FINISHED),
                encounters(resources).stream().map(Encounter::getStatus).toList());
    }

    @Test
    void aJourneyInProgressIsAnActiveEpisodeWithoutAnEnd() {
        TestScenario s = scenario(JourneyStatus.IN_PROGRESS, List.of(
                step("welcome", "2025-12-20T19:00:00Z", CompletionStatus.COMPLETED),
                step("risk_assessment", "2025-12-28T19:30:00Z", CompletionStatus.PARTIAL)));
        var resources = scenarios.of(0, s, timeline(s, new long[] {90, 300}), PATIENT);
        EpisodeOfCare episode = episode(resources);
        assertEquals(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE, episode.getStatus());
        assertEquals("2025-12-20T19:00:00Z", episode.getPeriod().getStartElement().getValueAsString());
        assertFalse(episode.getPeriod().hasEnd(), "an active episode has not ended");
        assertEquals(List.of("2025-12-20T19:01:30Z", "2025-12-28T19:35:00Z"),
                encounters(resources).stream().map(FhirAsOfTest::end).toList());
    }

    @Test
    void withoutTheTimelineAStepEndsWhenItStarts() {
        TestScenario s = scenario(JourneyStatus.FINISHED, List.of(
                step("welcome", "2025-11-03T18:12:09Z", CompletionStatus.COMPLETED),
                step("screening", "2025-11-04T10:00:00Z", CompletionStatus.COMPLETED)));
        for (CustomerTimeline t : List.of(new CustomerTimeline("cus-000001", ZONE, AS_OF, List.of()),
                timeline(s, new long[] {-1, -1}))) {
            var resources = scenarios.of(0, s, t, PATIENT);
            assertEquals("2025-11-04T10:00:00Z", episode(resources).getPeriod().getEndElement().getValueAsString());
            assertEquals(List.of("2025-11-03T18:12:09Z", "2025-11-04T10:00:00Z"),
                    encounters(resources).stream().map(FhirAsOfTest::end).toList());
        }
        var resources = scenarios.of(0, s, null, PATIENT);
        assertEquals("2025-11-04T10:00:00Z", episode(resources).getPeriod().getEndElement().getValueAsString());
    }

    @Test
    void nothingIsDatedAtOrAfterTheAsOfInstant() {
        TestScenario s = scenario(JourneyStatus.IN_PROGRESS, List.of(
                step("welcome", "2025-12-31T23:50:00Z", CompletionStatus.COMPLETED),
                step("risk_assessment", "2026-01-01T00:00:00Z", CompletionStatus.COMPLETED),
                step("screening", "2026-01-03T10:00:00Z", CompletionStatus.COMPLETED)));
        // the first step closes 20 minutes after it began: after A
        var resources = scenarios.of(0, s, timeline(s, new long[] {1200, 60, 60}), PATIENT);
        List<Encounter> encounters = encounters(resources);
        assertEquals(1, encounters.size(), "a step begun at or after A has not happened as of A");
        assertEquals(Encounter.EncounterStatus.INPROGRESS, encounters.get(0).getStatus());
        assertEquals(null, end(encounters.get(0)));
        var terser = ca.uhn.fhir.context.FhirContext.forR4Cached().newTerser();
        for (List<Resource> list : resources.values()) {
            for (Resource r : list) {
                assertEquals(List.of(), AsOf.datedAtOrAfter(r, AS_OF, terser), r.fhirType());
            }
        }
    }

    @Test
    void anUnknownJourneyStatusIsRefusedByName() {
        TestScenario s = scenario("paused", List.of(step("welcome", "2025-11-03T18:12:09Z",
                CompletionStatus.COMPLETED)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scenarios.of(0, s, null, PATIENT));
        assertEquals("scenario scn-000001: journey_status 'paused': expected one of finished, abandoned, in_progress",
                e.getMessage());
    }

    /** Customer 0 with two measurement panels, a diagnosis and nothing else changed. */
    private static CustomerProfile twoPanels() {
        CustomerProfile c = GENERATOR.customer(0);
        LocalDate first = LocalDate.parse("2024-03-04");
        LocalDate second = LocalDate.parse("2025-03-10");
        List<Observation> measurements = List.of(
                new Observation("systolic_bp", 142, "mm[Hg]", first),
                new Observation("diastolic_bp", 91, "mm[Hg]", first),
                new Observation("hba1c", 6.1, "%", first),
                new Observation("systolic_bp", 124, "mm[Hg]", second),
                new Observation("diastolic_bp", 78, "mm[Hg]", second),
                new Observation("hba1c", 5.7, "%", second),
                // a panel on the reference date: not measured as of A
                new Observation("systolic_bp", 150, "mm[Hg]", LocalDate.parse("2026-01-01")),
                new Observation("diastolic_bp", 99, "mm[Hg]", LocalDate.parse("2026-01-01")));
        HealthProfile h = c.healthProfile();
        HealthProfile health = new HealthProfile(List.of(new Condition("Hypertension", 2024, true),
                new Condition("Prediabetes", 2025, false)), h.familyHistory(), h.lifestyle(), h.screeningHistory(),
                measurements);
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), health, c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    private static List<org.hl7.fhir.r4.model.Observation> observations(Map<ResourceType, List<Resource>> r) {
        return r.get(ResourceType.OBSERVATION).stream().map(org.hl7.fhir.r4.model.Observation.class::cast).toList();
    }

    private static double value(ObservationComponentComponent c) {
        return ((Quantity) c.getValue()).getValue().doubleValue();
    }

    @Test
    void oneObservationSetPerPanelEachBloodPressureWithItsOwnPanelsDiastolic() {
        CustomerProfile c = twoPanels();
        List<org.hl7.fhir.r4.model.Observation> all = observations(customers.of(0, c, null));
        List<org.hl7.fhir.r4.model.Observation> pressures = all.stream()
                .filter(o -> "85354-9".equals(o.getCode().getCodingFirstRep().getCode())).toList();
        assertEquals(2, pressures.size(), "one blood pressure per panel before A");
        assertEquals("2024-03-04", pressures.get(0).getEffectiveDateTimeType().getValueAsString());
        assertEquals(142, value(pressures.get(0).getComponent().get(0)));
        assertEquals(91, value(pressures.get(0).getComponent().get(1)), "the first panel's diastolic, not the latest");
        assertEquals("2025-03-10", pressures.get(1).getEffectiveDateTimeType().getValueAsString());
        assertEquals(124, value(pressures.get(1).getComponent().get(0)));
        assertEquals(78, value(pressures.get(1).getComponent().get(1)));
        // in record order: panel one (blood pressure, HbA1c), panel two, then smoking and social determinants dated
        // the latest panel's day; ids numbered in that order
        assertEquals(List.of("2024-03-04", "2024-03-04", "2025-03-10", "2025-03-10"), all.subList(0, 4).stream()
                .map(o -> o.getEffectiveDateTimeType().getValueAsString()).toList());
        for (int k = 0; k < all.size(); k++) {
            assertEquals(ResourceIds.of(SEED, 0, "Observation", k), all.get(k).getIdElement().getIdPart());
            if (k >= 4) {
                assertEquals("2025-03-10", all.get(k).getEffectiveDateTimeType().getValueAsString());
            }
        }
        assertEquals(all.stream().map(o -> o.getIdElement().getIdPart()).toList(),
                observations(customers.of(0, c, null)).stream().map(o -> o.getIdElement().getIdPart()).toList());
    }

    /** A timeline with the hypertension of {@link #twoPanels()} diagnosed at 03:30 UTC on 5 May 2024. */
    private static CustomerTimeline diagnosedTimeline() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("condition", "Hypertension");
        p.put("managed", true);
        EngagementEvent diagnosed = new EngagementEvent("evt-000001-000001", "cus-000001", null,
                Instant.parse("2024-05-05T03:30:00Z"), ZONE.getId(), "condition_diagnosed", p);
        return new CustomerTimeline("cus-000001", ZONE, AS_OF, List.of(diagnosed));
    }

    @Test
    void aConditionsOnsetIsTheDayOfItsDiagnosisOnTheTimeline() {
        CustomerProfile c = twoPanels();
        // 03:30 UTC on 5 May is still 4 May in Chicago
        List<String> onsets = customers.of(0, c, diagnosedTimeline()).get(ResourceType.CONDITION).stream()
                .map(r -> ((org.hl7.fhir.r4.model.Condition) r).getOnsetDateTimeType().getValueAsString()).toList();
        assertEquals(List.of("2024-05-04", "2025"), onsets, "the dated diagnosis; the other known to the year");
        assertTrue(customers.of(0, c, null).get(ResourceType.CONDITION).stream().allMatch(r ->
                ((org.hl7.fhir.r4.model.Condition) r).getOnsetDateTimeType().getValueAsString().length() == 4));
    }

    /**
     * The statuses and periods above are valid R4: each fixture's episode and encounters (finished, cancelled,
     * active; ended, in progress) and the two-panel customer's resources validate without error against the base
     * specification. (The default dataset's are validated by {@link FhirValidationTest}.)
     */
    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void theFixturesResourcesValidateWithoutError() {
        List<TestScenario> fixtures = List.of(
                scenario(JourneyStatus.FINISHED, List.of(
                        step("welcome", "2025-11-03T18:12:09Z", CompletionStatus.COMPLETED),
                        step("reminder", "2025-11-10T09:00:00Z", CompletionStatus.SKIPPED))),
                scenario(JourneyStatus.ABANDONED, List.of(step("welcome", "2025-10-01T08:00:00Z",
                        CompletionStatus.ABANDONED))),
                scenario(JourneyStatus.IN_PROGRESS, List.of(step("welcome", "2025-12-31T23:50:00Z",
                        CompletionStatus.PARTIAL))));
        List<Resource> resources = new ArrayList<>();
        for (TestScenario s : fixtures) {
            scenarios.of(0, s, timeline(s, new long[] {1200, 5}), PATIENT).values().forEach(resources::addAll);
        }
        customers.of(0, twoPanels(), diagnosedTimeline()).values().forEach(resources::addAll);
        var validator = FhirValidationTest.validator();
        List<String> errors = new ArrayList<>();
        for (Resource r : resources) {
            for (SingleValidationMessage m : validator.validateWithResult(r).getMessages()) {
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(r.fhirType() + " " + m.getLocationString() + ": " + m.getMessage());
                }
            }
        }
        assertTrue(resources.size() > 10, "resources: " + resources.size());
        assertEquals(List.of(), errors);
    }
}
