package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.InteractionMeasurements;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.JourneyStatus;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One customer whose profile, scenario, engagement steps and events agree by construction (docs/timeline-model.md),
 * written out by hand: a generated customer's identity with a hand-made history. Two screening visits a year apart
 * (a third booked and missed), one condition, one life event, three platform sessions (two in the 90-day window),
 * a notification, and a journey of two steps starting at the framework's third step, still in progress.
 */
final class TimelineFixture {

    static final GeneratorConfig CONFIG = Datasets.CONFIG;
    static final LocalDate REFERENCE = CONFIG.referenceDate();
    static final Instant AS_OF = REFERENCE.atStartOfDay(ZoneOffset.UTC).toInstant();

    final CustomerProfile customer;
    final TestScenario scenario;
    final List<EngagementStep> steps;
    final List<EngagementEvent> events;
    final ZoneId zone;

    private TimelineFixture(CustomerProfile customer, TestScenario scenario, List<EngagementStep> steps,
            List<EngagementEvent> events, ZoneId zone) {
        this.customer = customer;
        this.scenario = scenario;
        this.steps = steps;
        this.events = events;
        this.zone = zone;
    }

    /** The programmes each of the fixture's visits screens (a check-up: its panels hold every programme's values). */
    static final String SCREENS = "blood_pressure diabetes";

    /**
     * The programme entries of the fixture's history: blood pressure and diabetes (visits screening them, both yearly,
     * the last kept on {@code last}: the next was due a year later, before the reference date, so overdue; 3 booked
     * plus the one now due), every other programme not eligible and never screened.
     */
    static List<ProgrammeScreening> programmes(LocalDate last) {
        List<ProgrammeScreening> out = new java.util.ArrayList<>();
        for (String id : CONFIG.timeline().screening().programmes().keySet()) {
            out.add(SCREENS.contains(id)
                    ? new ProgrammeScreening(id, true, 1, last, last.plusYears(1), 2, 4, ProgrammeScreening.OVERDUE)
                    : new ProgrammeScreening(id, false, null, null, null, 0, 0, ProgrammeScreening.NOT_ELIGIBLE));
        }
        return out;
    }

    /** The consistent fixture. */
    static TimelineFixture consistent() {
        DatasetGenerator generator = new DatasetGenerator(CONFIG, 42, 1);
        CustomerProfile base = generator.customer(0);
        TestScenario baseScenario = generator.scenario(0);
        List<EngagementStep> baseSteps = new EngagementStepPart(generator, ScenarioJourneys.of(generator))
                .recordsFor(0, base);
        ZoneId zone = Region.zonesByName(CONFIG.regions()).get(base.demographics().state());
        JourneyFramework framework = JourneyFramework.of(CONFIG);
        List<String> features = CONFIG.platformFeatures();
        Events ev = new Events(base.id(), zone);

        // health course: visit 1, a year later visit 2 (annual), visit 3 booked and missed; each a check-up of the
        // blood pressure and diabetes programmes
        ev.add(local(zone, 760, 9), null, "screening_booked", "visit", 1, "date", day(760).plusDays(20).toString(),
                "programmes", SCREENS);
        Instant visit1 = local(zone, 740, 10);
        ev.add(visit1, null, "screening_attended", "visit", 1, "programmes", SCREENS);
        ev.add(visit1, null, "measurement_recorded", "visit", 1, "systolic_bp", 128, "diastolic_bp", 78,
                "hba1c", 5.6, "total_cholesterol", 190);
        ev.add(local(zone, 400, 9), null, "screening_booked", "visit", 2, "date", day(375).toString(), "programmes",
                SCREENS);
        ev.add(local(zone, 400, 12), null, "life_event", "life_event", "new_job", "impact", "positive");
        ev.add(local(zone, 380, 12), null, "condition_diagnosed", "condition", "Hypertension", "managed", true);
        Instant visit2 = local(zone, 375, 10);
        ev.add(visit2, null, "screening_attended", "visit", 2, "programmes", SCREENS);
        ev.add(visit2, null, "measurement_recorded", "visit", 2, "systolic_bp", 135, "diastolic_bp", 84,
                "hba1c", 5.9, "total_cholesterol", 195);
        ev.add(local(zone, 30, 9), null, "screening_booked", "visit", 3, "date", day(10).toString(), "programmes",
                SCREENS);
        ev.add(local(zone, 10, 9), null, "screening_missed", "visit", 3, "programmes", SCREENS);

        // platform course: session 1 (outside the window) opens the account
        String s1 = "ses-000001-0001";
        Instant t1 = local(zone, 200, 15);
        ev.add(t1, s1, "session_started");
        ev.add(t1, s1, "account_created", "channel", "email");
        ev.add(t1.plusSeconds(60), s1, "onboarding_completed");
        ev.add(t1.plusSeconds(120), s1, "feature_used", "feature", features.get(1));
        // the two steps before the journey's first, completed in the first session (no scenario: an earlier pass)
        JourneyFramework.Step zero = framework.steps().get(0);
        JourneyFramework.Step one = framework.steps().get(1);
        ev.add(t1.plusSeconds(150), s1, "step_started", "step", zero.id(), "phase", zero.phase());
        ev.add(t1.plusSeconds(250), s1, "step_completed", "step", zero.id(), "phase", zero.phase(), "seconds", 100);
        ev.add(t1.plusSeconds(260), s1, "step_started", "step", one.id(), "phase", one.phase());
        ev.add(t1.plusSeconds(360), s1, "step_completed", "step", one.id(), "phase", one.phase(), "seconds", 100);
        ev.add(t1.plusSeconds(600), s1, "session_ended", "duration_seconds", 600);

        // session 2 (in the window): the journey's first step, completed
        JourneyFramework.Step first = framework.steps().get(2);
        JourneyFramework.Step second = framework.steps().get(3);
        String s2 = "ses-000001-0002";
        Instant t2 = local(zone, 60, 18);
        Instant step1 = t2.plusSeconds(30);
        ev.add(t2, s2, "session_started");
        ev.add(t2.plusSeconds(10), s2, "content_viewed", "content", features.get(2));
        ev.add(t2.plusSeconds(20), s2, "content_viewed", "content", features.get(0));
        ev.add(step1, s2, "step_started", "scenario_id", baseScenario.scenarioId(), "step", first.id(), "phase",
                first.phase(), "position", 1);
        ev.add(step1.plusSeconds(120), s2, "step_completed", "scenario_id", baseScenario.scenarioId(), "step",
                first.id(), "phase", first.phase(), "position", 1, "seconds", 120);
        ev.add(t2.plusSeconds(900), s2, "session_ended", "duration_seconds", 900);

        // a notification, opened, then session 3: the second step, paused
        Instant n = local(zone, 20, 17);
        ev.add(n, null, "notification_sent", "notification", 1, "channel", "email");
        ev.add(n.plusSeconds(1800), null, "notification_opened", "notification", 1, "channel", "email");
        String s3 = "ses-000001-0003";
        Instant t3 = local(zone, 20, 18);
        Instant step2 = t3.plusSeconds(40);
        ev.add(t3, s3, "session_started");
        ev.add(t3.plusSeconds(20), s3, "content_viewed", "content", features.get(3));
        ev.add(t3.plusSeconds(30), s3, "feature_used", "feature", features.get(0));
        ev.add(step2, s3, "step_started", "scenario_id", baseScenario.scenarioId(), "step", second.id(), "phase",
                second.phase(), "position", 2);
        ev.add(step2.plusSeconds(60), s3, "step_paused", "scenario_id", baseScenario.scenarioId(), "step",
                second.id(), "phase", second.phase(), "position", 2, "seconds", 60);
        ev.add(t3.plusSeconds(720), s3, "session_ended", "duration_seconds", 720);

        Engagement g = base.engagement();
        Engagement engagement = new Engagement(day(200), day(20), g.preferredChannel(), 2, 13.5, 3,
                g.notificationsOptIn(), true, List.of(features.get(0), features.get(1)), g.engagementScore());
        LocalDate v1 = day(740);
        LocalDate v2 = day(375);
        HealthProfile h = base.healthProfile();
        HealthProfile health = new HealthProfile(
                List.of(new Condition("Hypertension", day(380).getYear(), true)), h.familyHistory(), h.lifestyle(),
                new ScreeningHistory(true, "annual", v2, 0.5, programmes(v2)),
                List.of(new Observation("systolic_bp", 128, "mm[Hg]", v1),
                        new Observation("diastolic_bp", 78, "mm[Hg]", v1), new Observation("hba1c", 5.6, "%", v1),
                        new Observation("total_cholesterol", 190, "mg/dL", v1),
                        new Observation("systolic_bp", 135, "mm[Hg]", v2),
                        new Observation("diastolic_bp", 84, "mm[Hg]", v2), new Observation("hba1c", 5.9, "%", v2),
                        new Observation("total_cholesterol", 195, "mg/dL", v2)));
        LocalDate life = day(400);
        CustomerProfile customer = new CustomerProfile(base.id(), base.personaType(), base.riskLevel(),
                base.riskScore(), base.traits(), base.demographics(), health,
                List.of(new LifeEvent(life, "new_job", "started a new job", "positive",
                        java.time.Period.between(base.demographics().dateOfBirth(), life).getYears())),
                engagement, base.narrative(), base.sdoh());
        TestScenario scenario = new TestScenario(baseScenario.scenarioId(), base.id(), baseScenario.scenarioType(),
                baseScenario.user(), JourneyStatus.IN_PROGRESS, 2, List.of(
                        new JourneyStep(first.phase(), first.id(), step1, List.of(), "curious", "completed", 120),
                        new JourneyStep(second.phase(), second.id(), step2, List.of(), "curious", "partial", 60)));
        // progress: the two steps before the journey's first plus the first, completed: 3 of 16
        double progress = Math.round(3.0 / framework.steps().size() * 100) / 100.0;
        List<EngagementStep> steps = List.of(
                step(baseSteps.get(0), first.id(), first.phase(), "completed", 120, progress),
                step(baseSteps.get(0), second.id(), second.phase(), "partial", 60, progress));
        return new TimelineFixture(customer, scenario, steps, ev.build(), zone);
    }

    /** The fixture as a dataset held in memory. */
    LoadedDataset dataset() {
        return LoadedDataset.of(List.of(customer), List.of(scenario)).withEngagementSteps(steps).withEvents(events);
    }

    TimelineFixture withCustomer(CustomerProfile c) {
        return new TimelineFixture(c, scenario, steps, events, zone);
    }

    TimelineFixture withScenario(TestScenario s) {
        return new TimelineFixture(customer, s, steps, events, zone);
    }

    TimelineFixture withSteps(List<EngagementStep> other) {
        return new TimelineFixture(customer, scenario, other, events, zone);
    }

    /** The fixture with other events, renumbered 1.. in their new order. */
    TimelineFixture withEvents(List<EngagementEvent> other) {
        List<EngagementEvent> renumbered = new ArrayList<>();
        for (EngagementEvent e : other) {
            renumbered.add(new EngagementEvent(id(e.customerId(), renumbered.size() + 1), e.customerId(),
                    e.sessionId(), e.timestamp(), e.timeZone(), e.type(), e.properties()));
        }
        return new TimelineFixture(customer, scenario, steps, renumbered, zone);
    }

    /** The fixture with other events, their ids as given. */
    TimelineFixture withEventsAsIs(List<EngagementEvent> other) {
        return new TimelineFixture(customer, scenario, steps, other, zone);
    }

    /** The customer with other engagement figures. */
    CustomerProfile engagement(java.util.function.UnaryOperator<Engagement> edit) {
        CustomerProfile c = customer;
        return new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), c.healthProfile(), c.lifeEvents(), edit.apply(c.engagement()), c.narrative(),
                c.sdoh());
    }

    static Engagement sessions(Engagement g, int sessions) {
        return new Engagement(g.accountCreated(), g.lastActive(), g.preferredChannel(), sessions,
                g.avgSessionMinutes(), g.contentInteractions(), g.notificationsOptIn(), g.onboardingCompleted(),
                g.featuresUsed(), g.engagementScore());
    }

    static Engagement lastActive(Engagement g, LocalDate date) {
        return new Engagement(g.accountCreated(), date, g.preferredChannel(), g.sessionsLast90Days(),
                g.avgSessionMinutes(), g.contentInteractions(), g.notificationsOptIn(), g.onboardingCompleted(),
                g.featuresUsed(), g.engagementScore());
    }

    /** The local date {@code daysBefore} days before the reference date. */
    static LocalDate day(int daysBefore) {
        return REFERENCE.minusDays(daysBefore);
    }

    private static Instant local(ZoneId zone, int daysBefore, int hour) {
        return day(daysBefore).atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    static String id(String customerId, int position) {
        return "evt-" + customerId.substring(4) + "-" + String.format(Locale.ROOT, "%06d", position);
    }

    private static EngagementStep step(EngagementStep s, String stepId, String phase, String status, int seconds,
            double progress) {
        InteractionMeasurements m = s.interactions();
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), stepId, phase, s.emotionalState(), status,
                s.type(), s.content(), s.visibility(), s.valueComponents(), s.emotionalComponents(),
                s.personaComponents(), s.disclosureComponents(), s.loadingSequence(),
                new InteractionMeasurements(seconds, m.scrollDepth(), m.hesitations(), m.revisits(), m.helpOpened(),
                        m.detailsExpanded()), progress, s.patternMetrics());
    }

    /** Events written in any order, then put in time order (ties as written) and numbered. */
    static final class Events {
        private final String customerId;
        private final ZoneId zone;
        private final List<EngagementEvent> drafts = new ArrayList<>();

        Events(String customerId, ZoneId zone) {
            this.customerId = customerId;
            this.zone = zone;
        }

        Events add(Instant t, String session, String type, Object... properties) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int i = 0; i < properties.length; i += 2) {
                p.put((String) properties[i], properties[i + 1]);
            }
            drafts.add(new EngagementEvent(null, customerId, session, t, zone.getId(), type, p));
            return this;
        }

        List<EngagementEvent> build() {
            List<EngagementEvent> sorted = new ArrayList<>(drafts);
            sorted.sort(Comparator.comparing(EngagementEvent::timestamp));
            List<EngagementEvent> out = new ArrayList<>();
            for (EngagementEvent e : sorted) {
                out.add(new EngagementEvent(id(customerId, out.size() + 1), customerId, e.sessionId(), e.timestamp(),
                        e.timeZone(), e.type(), e.properties()));
            }
            return out;
        }
    }
}
