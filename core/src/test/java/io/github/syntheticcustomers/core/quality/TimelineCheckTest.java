package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import io.github.syntheticcustomers.core.timeline.Snapshots;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code timeline} check passes a customer whose records agree with the events, and fails each hand-made
 * disagreement naming the rule and the customer.
 */
class TimelineCheckTest {

    private static final TimelineFixture FIXTURE = TimelineFixture.consistent();

    private static CheckResult check(TimelineFixture f) {
        return QualityChecks.run("timeline", f.dataset(), TimelineFixture.CONFIG);
    }

    /** The rules with failures, by id. */
    private static Map<String, Double> failed(CheckResult r) {
        return r.failedMeasurements().stream().collect(Collectors.toMap(Measurement::subject, Measurement::value));
    }

    private static void assertFails(CheckResult r, String rule) {
        assertEquals(CheckStatus.FAIL, r.status(), r.summary());
        assertEquals(1.0, failed(r).get(rule), rule + " should count one customer: " + failed(r));
        assertTrue(r.summary().contains(rule + ": 1 (cus-000001)"), r.summary());
        assertTrue(r.examples().stream().anyMatch(e -> e.startsWith(rule + ": cus-000001: ")), r.examples()::toString);
    }

    @Test
    void passesAConsistentCustomer() {
        CheckResult r = check(FIXTURE);
        assertEquals(CheckStatus.PASS, r.status(), r.summary() + " " + r.examples());
        assertEquals("All 1 customers agree with their events (" + TimelineRule.values().length + " rules).",
                r.summary());
        assertEquals(TimelineRule.values().length, r.measurements().size());
    }

    @Test
    void isRegisteredWithTheOtherChecks() {
        assertTrue(QualityChecks.names().contains("timeline"), QualityChecks.names()::toString);
    }

    @Test
    void failsASessionCountOffByOne() {
        CheckResult r = check(FIXTURE.withCustomer(FIXTURE.engagement(g -> TimelineFixture.sessions(g, 3))));
        assertFails(r, "sessions_last_90_days");
        assertEquals(1, failed(r).size(), failed(r)::toString);
        assertTrue(r.examples().contains("sessions_last_90_days: cus-000001: sessions_last_90_days 3, the events 2"),
                r.examples()::toString);
    }

    @Test
    void failsALastActiveDateAtTheReferenceDate() {
        CheckResult r = check(FIXTURE.withCustomer(FIXTURE.engagement(
                g -> TimelineFixture.lastActive(g, TimelineFixture.REFERENCE))));
        assertFails(r, "last_active");
        assertFails(r, "before_as_of");
    }

    @Test
    void failsAMeasurementPanelWithoutItsEvent() {
        List<EngagementEvent> events = new ArrayList<>(FIXTURE.events);
        EngagementEvent last = events.stream().filter(e -> e.type().equals("measurement_recorded"))
                .reduce((a, b) -> b).orElseThrow();
        events.remove(last);
        CheckResult r = check(FIXTURE.withEvents(events));
        assertFails(r, "measurements");
        assertEquals(1, failed(r).size(), failed(r)::toString);
    }

    @Test
    void failsAJourneyStepTimestampThatIsNotItsStepStarted() {
        List<JourneyStep> journey = new ArrayList<>(FIXTURE.scenario.journey());
        JourneyStep s = journey.get(1);
        journey.set(1, new JourneyStep(s.phase(), s.step(), s.timestamp().plusSeconds(60), s.actions(),
                s.emotionalState(), s.completionStatus(), s.timeOnStepSeconds()));
        CheckResult r = check(FIXTURE.withScenario(Datasets.withJourney(FIXTURE.scenario, journey)));
        assertFails(r, "journey");
        assertEquals(1, failed(r).size(), failed(r)::toString);
    }

    @Test
    void failsAnEventAtTheAsOfInstant() {
        List<EngagementEvent> events = new ArrayList<>(FIXTURE.events);
        events.add(new EngagementEvent(null, "cus-000001", null, TimelineFixture.AS_OF, FIXTURE.zone.getId(),
                "notification_sent", Map.of("notification", 2, "channel", "email")));
        CheckResult r = check(FIXTURE.withEvents(events));
        assertFails(r, "before_as_of");
        assertEquals(1, failed(r).size(), failed(r)::toString);
    }

    @Test
    void failsEventsOutOfOrder() {
        List<EngagementEvent> events = new ArrayList<>(FIXTURE.events);
        EngagementEvent first = events.remove(0);
        events.add(3, first);
        CheckResult r = check(FIXTURE.withEvents(events));
        assertFails(r, "event_order");
        assertTrue(r.examples().get(0).contains("comes after an event at"), r.examples()::toString);
    }

    @Test
    void failsEventsNumberedWithAGap() {
        List<EngagementEvent> events = new ArrayList<>(FIXTURE.events);
        EngagementEvent e = events.get(4);
        events.set(4, new EngagementEvent(TimelineFixture.id("cus-000001", 6), e.customerId(), e.sessionId(),
                e.timestamp(), e.timeZone(), e.type(), e.properties()));
        CheckResult r = check(FIXTURE.withEventsAsIs(events));
        assertFails(r, "event_order");
        assertTrue(r.examples().get(0).contains("has id evt-000001-000006, expected evt-000001-000005"),
                r.examples()::toString);
    }

    @Test
    void failsASessionThatNeverEnds() {
        List<EngagementEvent> events = new ArrayList<>(FIXTURE.events);
        EngagementEvent end = events.stream().filter(e -> e.type().equals("session_ended")).findFirst().orElseThrow();
        events.remove(end);
        CheckResult r = check(FIXTURE.withEvents(events));
        assertFails(r, "sessions_closed");
    }

    @Test
    void failsTimeOnStepOtherThanTheClosingEventsSeconds() {
        List<EngagementEvent> events = new ArrayList<>();
        for (EngagementEvent e : FIXTURE.events) {
            if (e.type().equals("step_completed")) {
                Map<String, Object> p = new java.util.LinkedHashMap<>(e.properties());
                p.put("seconds", 121);
                e = new EngagementEvent(e.eventId(), e.customerId(), e.sessionId(), e.timestamp(), e.timeZone(),
                        e.type(), p);
            }
            events.add(e);
        }
        CheckResult r = check(FIXTURE.withEvents(events));
        // the engagement step's time and the scenario step's both disagree with the closing event
        assertFails(r, "time_on_step");
        assertFails(r, "journey");
        assertEquals(2, failed(r).size(), failed(r)::toString);
    }

    @Test
    void failsEachProfileFieldTheEventsDoNotImply() {
        TimelineFixture f = FIXTURE;
        Engagement g = f.customer.engagement();
        HealthProfile h = f.customer.healthProfile();
        ScreeningHistory sh = h.screeningHistory();
        Map<String, CustomerProfile> broken = new java.util.LinkedHashMap<>();
        broken.put("account_created", f.engagement(e -> new Engagement(e.accountCreated().minusDays(1),
                e.lastActive(), e.preferredChannel(), e.sessionsLast90Days(), e.avgSessionMinutes(),
                e.contentInteractions(), e.notificationsOptIn(), e.onboardingCompleted(), e.featuresUsed(),
                e.engagementScore())));
        broken.put("avg_session_minutes", f.engagement(e -> new Engagement(e.accountCreated(), e.lastActive(),
                e.preferredChannel(), e.sessionsLast90Days(), 13.6, e.contentInteractions(), e.notificationsOptIn(),
                e.onboardingCompleted(), e.featuresUsed(), e.engagementScore())));
        broken.put("content_interactions", f.engagement(e -> new Engagement(e.accountCreated(), e.lastActive(),
                e.preferredChannel(), e.sessionsLast90Days(), e.avgSessionMinutes(), 4, e.notificationsOptIn(),
                e.onboardingCompleted(), e.featuresUsed(), e.engagementScore())));
        broken.put("features_used", f.engagement(e -> new Engagement(e.accountCreated(), e.lastActive(),
                e.preferredChannel(), e.sessionsLast90Days(), e.avgSessionMinutes(), e.contentInteractions(),
                e.notificationsOptIn(), e.onboardingCompleted(), List.of(g.featuresUsed().get(1),
                        g.featuresUsed().get(0)), e.engagementScore())));
        broken.put("onboarding_completed", f.engagement(e -> new Engagement(e.accountCreated(), e.lastActive(),
                e.preferredChannel(), e.sessionsLast90Days(), e.avgSessionMinutes(), e.contentInteractions(),
                e.notificationsOptIn(), false, e.featuresUsed(), e.engagementScore())));
        broken.put("has_history", health(f, new ScreeningHistory(false, sh.frequency(), sh.lastScreening(),
                sh.completionRate(), sh.programmes()), h.conditions()));
        broken.put("last_screening", health(f, new ScreeningHistory(true, sh.frequency(),
                sh.lastScreening().minusDays(3), sh.completionRate(), sh.programmes()), h.conditions()));
        broken.put("completion_rate", health(f, new ScreeningHistory(true, sh.frequency(), sh.lastScreening(),
                sh.completionRate() == 0.5 ? 0.25 : 0.5, sh.programmes()), h.conditions()));
        broken.put("screening_frequency", health(f, new ScreeningHistory(true, "biennial".equals(sh.frequency())
                ? "annual" : "biennial", sh.lastScreening(), sh.completionRate(), sh.programmes()), h.conditions()));
        List<ProgrammeScreening> entries = new ArrayList<>(sh.programmes());
        ProgrammeScreening first = entries.get(0);
        entries.set(0, new ProgrammeScreening(first.id(), first.eligible(), first.intervalYears(),
                first.lastScreening(), first.nextDue() == null ? TimelineFixture.CONFIG.referenceDate()
                        : first.nextDue().plusDays(1), first.completed(), first.due(), first.status()));
        broken.put("programmes", health(f, new ScreeningHistory(true, sh.frequency(), sh.lastScreening(),
                sh.completionRate(), entries), h.conditions()));
        broken.put("conditions", health(f, sh, List.of(new Condition("Hypertension",
                h.conditions().get(0).diagnosedYear() - 1, true))));
        CustomerProfile c = f.customer;
        broken.put("life_events", new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(),
                c.traits(), c.demographics(), c.healthProfile(), List.of(), c.engagement(), c.narrative(), c.sdoh()));
        for (Map.Entry<String, CustomerProfile> e : broken.entrySet()) {
            CheckResult r = check(f.withCustomer(e.getValue()));
            assertFails(r, e.getKey());
            assertEquals(1, failed(r).size(), e.getKey() + ": " + failed(r));
        }
    }

    private static CustomerProfile health(TimelineFixture f, ScreeningHistory sh, List<Condition> conditions) {
        CustomerProfile c = f.customer;
        HealthProfile h = c.healthProfile();
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), new HealthProfile(conditions, h.familyHistory(), h.lifestyle(), sh,
                        h.measurements()), c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh());
    }

    @Test
    void failsAJourneyStatusTheStepEventsDoNotImply() {
        TestScenario s = FIXTURE.scenario;
        CheckResult r = check(FIXTURE.withScenario(new TestScenario(s.scenarioId(), s.customerId(), s.scenarioType(),
                s.user(), "finished", s.completedBefore(), s.journey())));
        assertFails(r, "journey_status");
        assertTrue(r.examples().contains("journey_status: cus-000001: journey_status finished, the events"
                + " in_progress"), r.examples()::toString);
    }

    @Test
    void failsProgressThatIgnoresTheStepsBeforeTheJourney() {
        List<EngagementStep> steps = new ArrayList<>();
        for (EngagementStep s : FIXTURE.steps) {
            steps.add(new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                    s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(),
                    s.valueComponents(), s.emotionalComponents(), s.personaComponents(), s.disclosureComponents(),
                    s.loadingSequence(), s.interactions(), 0.06, s.patternMetrics()));
        }
        CheckResult r = check(FIXTURE.withSteps(steps));
        assertFails(r, "progress");
        assertEquals(1, failed(r).size(), failed(r)::toString);
    }

    @Test
    void failsAVisitThatScreensAProgrammeOutsideItsRules() {
        // the first visit claims a programme the configuration does not have: nothing else changes
        List<EngagementEvent> events = new ArrayList<>();
        for (EngagementEvent e : FIXTURE.events) {
            if ("1".equals(e.property("visit")) && e.properties().containsKey("programmes")) {
                Map<String, Object> p = new java.util.LinkedHashMap<>(e.properties());
                p.put("programmes", TimelineFixture.SCREENS + " eye_exam");
                e = new EngagementEvent(e.eventId(), e.customerId(), e.sessionId(), e.timestamp(), e.timeZone(),
                        e.type(), p);
            }
            events.add(e);
        }
        CheckResult r = check(FIXTURE.withEvents(events));
        assertFails(r, "screening_eligibility");
        assertEquals(1, failed(r).size(), failed(r)::toString);
    }

    @Test
    void frequencyFollowsTheShortestIntervalOfTheProgrammesWithAKeptVisit() {
        // the default cadences: annual up to 1 year, biennial up to 2, irregular (the last) any
        var cadences = io.github.syntheticcustomers.core.config.ConfigLoader.defaults().timeline().screening()
                .cadences();
        assertEquals("annual", Snapshots.frequency(cadences, 1));
        assertEquals("biennial", Snapshots.frequency(cadences, 2));
        assertEquals("irregular", Snapshots.frequency(cadences, 3));
        assertEquals("irregular", Snapshots.frequency(cadences, 10));
        assertEquals("irregular", Snapshots.frequency(cadences, null));
    }

    @Test
    void isSkippedWithoutEventsOrAManifestToRegenerateThem() {
        CheckResult r = QualityChecks.run("timeline", LoadedDataset.of(List.of(FIXTURE.customer)),
                TimelineFixture.CONFIG);
        assertEquals(CheckStatus.SKIPPED, r.status());
        assertTrue(r.summary().contains("no events part"), r.summary());
    }

    /**
     * The generated datasets of three seeds agree with their events, rule by rule (the verifier recomputes every
     * field from the events alone).
     */
    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void passesGeneratedDatasets(long seed) {
        LoadedDataset dataset = LoadedDataset.generate(new DatasetGenerator(TimelineFixture.CONFIG, seed, 500));
        CheckResult r = QualityChecks.run("timeline", dataset, TimelineFixture.CONFIG);
        assertEquals(CheckStatus.PASS, r.status(), r.summary() + " " + r.examples());
    }
}
