package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.JourneyStatus;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ProgrammeScreening;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.EventKind;
import io.github.syntheticcustomers.core.timeline.ScreeningProgrammes;
import io.github.syntheticcustomers.core.timeline.Snapshots;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Verifies one customer's records against the customer's events (docs/timeline-model.md, "Snapshot rules"): every
 * snapshot field is recomputed here from the events alone, independently of the generator code that produced it,
 * and compared with the profile, the scenario and the engagement steps. Each disagreement is handed to a sink with
 * its rule and a sentence naming the customer, the field and both values. Stateless apart from the configuration.
 */
final class TimelineVerifier {

    /** Days before the as-of instant that {@code sessions_last_90_days} and the other window fields cover. */
    static final int WINDOW_DAYS = 90;
    /** The one-decimal and two-decimal fields may differ by half their last place (a rounding mode), no more. */
    private static final double TENTH = 0.05 + 1e-9;
    private static final double HUNDREDTH = 0.005 + 1e-9;
    /** Closing events of a journey step and the completion status each stands for. */
    private static final Map<EventKind, String> CLOSING = Map.of(
            EventKind.STEP_COMPLETED, CompletionStatus.COMPLETED,
            EventKind.STEP_PAUSED, CompletionStatus.PARTIAL,
            EventKind.STEP_SKIPPED, CompletionStatus.SKIPPED,
            EventKind.STEP_ABANDONED, CompletionStatus.ABANDONED);

    private final GeneratorConfig config;
    private final Instant asOf;
    private final Map<String, ZoneId> zones;
    /** The screening programmes: which visit measures which value, who may be screened when. */
    private final ScreeningProgrammes programmes;
    /** The configured measurement values' codes. */
    private final List<String> measuredCodes;
    private final JourneyFramework framework;
    private final Map<String, EventKind> kinds;

    TimelineVerifier(GeneratorConfig config) {
        this.config = config;
        this.asOf = config.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        this.zones = Region.zonesByName(config.regions());
        this.programmes = new ScreeningProgrammes(config);
        this.measuredCodes = config.measurements().values().stream().map(v -> v.code()).toList();
        this.framework = JourneyFramework.of(config);
        this.kinds = EventKind.byType(config.timeline().eventTypes());
    }

    /** The as-of instant: {@code reference_date} at 00:00 UTC. */
    Instant asOf() {
        return asOf;
    }

    /**
     * The kind an event's type stands for, or null for a type outside the vocabulary. The types are the default
     * vocabulary's ({@link EventKind#id()}); a configured vocabulary ({@code timeline.event_types}) maps here.
     */
    EventKind kind(EngagementEvent e) {
        return e.type() == null ? null : kinds.get(e.type());
    }

    /** One platform session as its events tell it. */
    private static final class Session {
        final Instant start;
        Instant end;
        Number durationSeconds;
        int contentViews;

        Session(Instant start) {
            this.start = start;
        }
    }

    /** One journey step as its events tell it. */
    private static final class Step {
        final EngagementEvent started;
        EventKind closing;
        Number seconds;

        Step(EngagementEvent started) {
            this.started = started;
        }

        String id() {
            return started.property("step");
        }
    }

    /**
     * Verifies customer {@code customerId}'s records ({@code customer}, {@code scenario} and {@code steps}: each may
     * be absent when the dataset left its part out) against {@code events}, handing every disagreement to
     * {@code sink}.
     */
    void verify(String customerId, CustomerProfile customer, TestScenario scenario, List<EngagementStep> steps,
            List<EngagementEvent> events, BiConsumer<TimelineRule, String> sink) {
        ZoneId home = customer == null ? null : zones.get(customer.demographics().state());
        ZoneId zone = home != null ? home : events.isEmpty() ? ZoneOffset.UTC : events.get(0).zone(ZoneOffset.UTC);
        Instant windowStart = asOf.minus(Duration.ofDays(WINDOW_DAYS));
        String number = customerId == null || !customerId.startsWith("cus-") ? "?" : customerId.substring(4);

        Map<String, Session> sessions = new LinkedHashMap<>();
        List<LocalDate> accounts = new ArrayList<>();
        Instant lastSession = null;
        boolean onboarding = false;
        Set<String> features = new LinkedHashSet<>();
        Map<String, List<String>> bookedProgrammes = new LinkedHashMap<>();
        List<LocalDate> attended = new ArrayList<>();
        Map<String, LocalDate> attendedVisits = new LinkedHashMap<>();
        List<EngagementEvent> panels = new ArrayList<>();
        List<EngagementEvent> diagnoses = new ArrayList<>();
        List<String> lifeEvents = new ArrayList<>();
        List<Step> journey = new ArrayList<>();
        List<Step> prior = new ArrayList<>();
        Instant previous = null;
        boolean orderReported = false;
        boolean asOfReported = false;
        for (int k = 0; k < events.size(); k++) {
            EngagementEvent e = events.get(k);
            String expectedId = "evt-" + number + "-" + String.format(Locale.ROOT, "%06d", k + 1);
            if (!orderReported) {
                String problem = null;
                if (!expectedId.equals(e.eventId())) {
                    problem = "event " + (k + 1) + " has id " + e.eventId() + ", expected " + expectedId;
                } else if (!Objects.equals(customerId, e.customerId())) {
                    problem = e.eventId() + " belongs to " + e.customerId();
                } else if (e.timestamp() == null) {
                    problem = e.eventId() + " has no timestamp";
                } else if (previous != null && e.timestamp().isBefore(previous)) {
                    problem = e.eventId() + " at " + e.timestamp() + " comes after an event at " + previous;
                } else if (home != null && !home.getId().equals(e.timeZone())) {
                    problem = e.eventId() + " is in time zone " + e.timeZone() + ", the customer's is " + home.getId();
                }
                if (problem != null) {
                    sink.accept(TimelineRule.EVENT_ORDER, customerId + ": " + problem);
                    orderReported = true;
                }
            }
            if (e.timestamp() == null) {
                continue;
            }
            previous = previous == null || e.timestamp().isAfter(previous) ? e.timestamp() : previous;
            if (!asOfReported && !e.timestamp().isBefore(asOf)) {
                sink.accept(TimelineRule.BEFORE_AS_OF, customerId + ": " + e.eventId() + " (" + e.type() + ") at "
                        + e.timestamp() + " is not before the as-of instant " + asOf);
                asOfReported = true;
            }
            ZoneId local = e.zone(zone);
            LocalDate date = e.timestamp().atZone(local).toLocalDate();
            EventKind kind = kind(e);
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case ACCOUNT_CREATED -> accounts.add(date);
                case ONBOARDING_COMPLETED -> onboarding = true;
                case SESSION_STARTED -> {
                    if (e.sessionId() == null || sessions.containsKey(e.sessionId())) {
                        sink.accept(TimelineRule.SESSIONS_CLOSED, customerId + ": " + e.eventId()
                                + " starts session " + e.sessionId() + (e.sessionId() == null ? "" : " again"));
                    } else {
                        sessions.put(e.sessionId(), new Session(e.timestamp()));
                    }
                    lastSession = e.timestamp();
                }
                case SESSION_ENDED -> {
                    Session s = e.sessionId() == null ? null : sessions.get(e.sessionId());
                    if (s == null || s.end != null) {
                        sink.accept(TimelineRule.SESSIONS_CLOSED, customerId + ": " + e.eventId() + " ends session "
                                + e.sessionId() + (s == null ? ", which has not started" : " a second time"));
                    } else {
                        s.end = e.timestamp();
                        s.durationSeconds = number(e.properties().get("duration_seconds"));
                    }
                }
                case CONTENT_VIEWED -> {
                    Session s = e.sessionId() == null ? null : sessions.get(e.sessionId());
                    if (s != null) {
                        s.contentViews++;
                    }
                }
                case FEATURE_USED -> features.add(e.property("feature"));
                case SCREENING_BOOKED -> bookedProgrammes.put(e.property("visit"), programmes(e));
                case SCREENING_ATTENDED -> {
                    attended.add(date);
                    attendedVisits.put(e.property("visit"), date);
                }
                case MEASUREMENT_RECORDED -> panels.add(e);
                case CONDITION_DIAGNOSED -> diagnoses.add(e);
                case LIFE_EVENT -> lifeEvents.add(date + " " + e.property("life_event"));
                // a step event without a scenario is one of the steps completed before the journey
                case STEP_STARTED -> (e.property("scenario_id") == null ? prior : journey).add(new Step(e));
                case STEP_COMPLETED, STEP_PAUSED, STEP_SKIPPED, STEP_ABANDONED -> {
                    List<Step> within = e.property("scenario_id") == null ? prior : journey;
                    Step open = null;
                    for (int j = within.size() - 1; j >= 0 && open == null; j--) {
                        Step s = within.get(j);
                        open = s.closing == null && Objects.equals(s.id(), e.property("step")) ? s : null;
                    }
                    if (open == null) {
                        sink.accept(TimelineRule.JOURNEY, customerId + ": " + e.eventId() + " (" + e.type()
                                + ") closes step " + e.property("step") + ", which is not open");
                    } else {
                        open.closing = kind;
                        open.seconds = number(e.properties().get("seconds"));
                    }
                }
                default -> {
                    // notifications: no snapshot field reads them
                }
            }
        }
        for (Map.Entry<String, Session> s : sessions.entrySet()) {
            if (s.getValue().end == null) {
                sink.accept(TimelineRule.SESSIONS_CLOSED, customerId + ": session " + s.getKey() + " started at "
                        + s.getValue().start + " has no session_ended");
                break;
            }
        }
        if (customer != null) {
            verifyEngagement(customerId, customer.engagement(), zone, windowStart, sessions, accounts, lastSession,
                    onboarding, features, sink);
            verifyHealth(customerId, customer, zone, bookedProgrammes, attended, attendedVisits, panels, diagnoses,
                    sink);
            List<String> recorded = new ArrayList<>();
            for (LifeEvent le : customer.lifeEvents()) {
                recorded.add(le.date() + " " + le.type());
                if (le.date() != null && !le.date().atTime(LocalTime.NOON).atZone(zone).toInstant().isBefore(asOf)) {
                    sink.accept(TimelineRule.BEFORE_AS_OF, customerId + ": life event " + le.type() + " on "
                            + le.date() + " is not before the as-of instant " + asOf);
                }
            }
            List<String> sortedEvents = new ArrayList<>(lifeEvents);
            List<String> sortedRecorded = new ArrayList<>(recorded);
            sortedEvents.sort(Comparator.naturalOrder());
            sortedRecorded.sort(Comparator.naturalOrder());
            if (!sortedEvents.equals(sortedRecorded)) {
                sink.accept(TimelineRule.LIFE_EVENTS, customerId + ": life_events " + recorded + ", the events "
                        + lifeEvents);
            }
        }
        int completedBefore = (int) prior.stream().filter(p -> p.closing == EventKind.STEP_COMPLETED).count();
        if (scenario != null && Objects.equals(customerId, scenario.customerId())) {
            verifyJourney(customerId, scenario, journey, completedBefore, sink);
        }
        if (!steps.isEmpty()) {
            verifySteps(customerId, steps, journey, completedBefore, sink);
        }
    }

    private void verifyEngagement(String id, Engagement g, ZoneId zone, Instant windowStart,
            Map<String, Session> sessions, List<LocalDate> accounts, Instant lastSession, boolean onboarding,
            Set<String> features, BiConsumer<TimelineRule, String> sink) {
        LocalDate lastLocalDay = asOf.minusNanos(1).atZone(zone).toLocalDate();
        if (accounts.size() != 1 || !accounts.get(0).equals(g.accountCreated())) {
            sink.accept(TimelineRule.ACCOUNT_CREATED, id + ": account_created " + g.accountCreated() + ", the events "
                    + (accounts.isEmpty() ? "have no account_created" : "say " + accounts));
        }
        LocalDate last = lastSession == null ? null : lastSession.atZone(zone).toLocalDate();
        if (!Objects.equals(last, g.lastActive())) {
            sink.accept(TimelineRule.LAST_ACTIVE, id + ": last_active " + g.lastActive() + ", the last session_started "
                    + (last == null ? "none" : "on " + last));
        }
        for (LocalDate d : new LocalDate[] {g.accountCreated(), g.lastActive()}) {
            if (d != null && d.isAfter(lastLocalDay)) {
                sink.accept(TimelineRule.BEFORE_AS_OF, id + ": engagement date " + d + " is not before the as-of"
                        + " instant " + asOf);
                break;
            }
        }
        int inWindow = 0;
        int ended = 0;
        double seconds = 0;
        int content = 0;
        for (Session s : sessions.values()) {
            if (!s.start.isBefore(windowStart) && s.start.isBefore(asOf)) {
                inWindow++;
                content += s.contentViews;
                if (s.durationSeconds != null) {
                    ended++;
                    seconds += s.durationSeconds.doubleValue();
                }
            }
        }
        if (inWindow != g.sessionsLast90Days()) {
            sink.accept(TimelineRule.SESSIONS_LAST_90_DAYS, id + ": sessions_last_90_days " + g.sessionsLast90Days()
                    + ", the events " + inWindow);
        }
        double minutes = ended == 0 ? 0.0 : seconds / ended / 60.0;
        if (Math.abs(minutes - g.avgSessionMinutes()) > TENTH) {
            sink.accept(TimelineRule.AVG_SESSION_MINUTES, id + ": avg_session_minutes " + g.avgSessionMinutes()
                    + ", the events " + String.format(Locale.ROOT, "%.2f", minutes));
        }
        if (content != g.contentInteractions()) {
            sink.accept(TimelineRule.CONTENT_INTERACTIONS, id + ": content_interactions " + g.contentInteractions()
                    + ", the events " + content);
        }
        List<String> used = new ArrayList<>();
        for (String f : config.platformFeatures()) {
            if (features.contains(f)) {
                used.add(f);
            }
        }
        for (String f : features) {
            if (!used.contains(f)) {
                used.add(f); // a feature outside platform_features: listed last, so the comparison fails
            }
        }
        if (!used.equals(g.featuresUsed())) {
            sink.accept(TimelineRule.FEATURES_USED, id + ": features_used " + g.featuresUsed() + ", the events "
                    + used);
        }
        if (onboarding != g.onboardingCompleted()) {
            sink.accept(TimelineRule.ONBOARDING_COMPLETED, id + ": onboarding_completed " + g.onboardingCompleted()
                    + ", the events have " + (onboarding ? "an" : "no") + " onboarding_completed");
        }
    }

    private void verifyHealth(String id, CustomerProfile c, ZoneId zone, Map<String, List<String>> bookedProgrammes,
            List<LocalDate> attended, Map<String, LocalDate> attendedVisits, List<EngagementEvent> panels,
            List<EngagementEvent> diagnoses, BiConsumer<TimelineRule, String> sink) {
        LocalDate lastLocalDay = asOf.minusNanos(1).atZone(zone).toLocalDate();
        ScreeningHistory h = c.healthProfile().screeningHistory();
        if (h.hasHistory() != !attended.isEmpty()) {
            sink.accept(TimelineRule.HAS_HISTORY, id + ": has_history " + h.hasHistory() + ", the events have "
                    + attended.size() + " screening_attended");
        }
        LocalDate last = attended.isEmpty() ? null : attended.get(attended.size() - 1);
        if (!Objects.equals(last, h.lastScreening())) {
            sink.accept(TimelineRule.LAST_SCREENING, id + ": last_screening " + h.lastScreening() + ", the events "
                    + last);
        }
        if (h.lastScreening() != null && h.lastScreening().isAfter(lastLocalDay)) {
            sink.accept(TimelineRule.BEFORE_AS_OF, id + ": last_screening " + h.lastScreening()
                    + " is not before the as-of instant " + asOf);
        }
        verifyProgrammes(id, c, bookedProgrammes, attendedVisits, sink);
        int completed = 0;
        int due = 0;
        Integer shortest = null;
        for (ProgrammeScreening p : h.programmes()) {
            completed += p.completed();
            due += p.due();
            if (p.completed() > 0 && p.intervalYears() != null
                    && (shortest == null || p.intervalYears() < shortest)) {
                shortest = p.intervalYears();
            }
        }
        double rate = due == 0 ? 0.0 : (double) completed / due;
        if (Math.abs(rate - h.completionRate()) > HUNDREDTH) {
            sink.accept(TimelineRule.COMPLETION_RATE, id + ": completion_rate " + h.completionRate() + ", the "
                    + "programmes " + completed + " completed of " + due + " due");
        }
        String frequency = attended.isEmpty() ? Snapshots.NEVER
                : Snapshots.frequency(config.timeline().screening().cadences(), shortest);
        if (!frequency.equals(h.frequency())) {
            sink.accept(TimelineRule.SCREENING_FREQUENCY, id + ": frequency " + h.frequency() + ", the programmes' "
                    + "shortest interval with a kept visit (" + shortest + " years) makes it " + frequency);
        }
        verifyPanels(id, c, zone, attendedVisits, bookedProgrammes, panels, lastLocalDay, sink);
        verifyConditions(id, c, zone, diagnoses, sink);
    }

    /** The programme ids a screening event names (space-separated), or none. */
    private static List<String> programmes(EngagementEvent e) {
        String p = e.property("programmes");
        return p == null || p.isBlank() ? List.of() : List.of(p.trim().split(" +"));
    }

    /**
     * Each programme entry against the events (docs/timeline-model.md, "Snapshot rules"), and every kept visit's
     * programmes against the customer's sex and age at the visit.
     */
    private void verifyProgrammes(String id, CustomerProfile c, Map<String, List<String>> bookedProgrammes,
            Map<String, LocalDate> attendedVisits, BiConsumer<TimelineRule, String> sink) {
        ScreeningHistory h = c.healthProfile().screeningHistory();
        String gender = c.demographics().gender();
        LocalDate dob = c.demographics().dateOfBirth();
        List<String> ids = programmes.ids();
        for (Map.Entry<String, List<String>> v : bookedProgrammes.entrySet()) {
            LocalDate date = attendedVisits.get(v.getKey());
            for (String p : v.getValue()) {
                if (!ids.contains(p)) {
                    sink.accept(TimelineRule.SCREENING_ELIGIBILITY, id + ": visit " + v.getKey()
                            + " screens programme " + p + ", which is not configured");
                } else if (date != null && dob != null
                        && !programmes.ageAllowed(p, gender, ScreeningProgrammes.age(dob, date))) {
                    sink.accept(TimelineRule.SCREENING_ELIGIBILITY, id + ": visit " + v.getKey() + " on " + date
                            + " screens " + p + " for a " + gender + " customer aged "
                            + ScreeningProgrammes.age(dob, date) + ", outside its sex and ages");
                }
            }
        }
        List<String> listed = h.programmes().stream().map(ProgrammeScreening::id).toList();
        if (!listed.equals(ids)) {
            sink.accept(TimelineRule.PROGRAMMES, id + ": screening_history.programmes lists " + listed
                    + ", the configuration " + ids);
            return;
        }
        LocalDate today = config.referenceDate().minusDays(1);
        for (ProgrammeScreening p : h.programmes()) {
            int booked = 0;
            int kept = 0;
            LocalDate last = null;
            for (Map.Entry<String, List<String>> v : bookedProgrammes.entrySet()) {
                if (v.getValue().contains(p.id())) {
                    booked++;
                    LocalDate date = attendedVisits.get(v.getKey());
                    if (date != null) {
                        kept++;
                        last = last == null || date.isAfter(last) ? date : last;
                    }
                }
            }
            String status;
            LocalDate nextDue = p.nextDue();
            if (!p.eligible()) {
                status = ProgrammeScreening.NOT_ELIGIBLE;
                nextDue = null;
            } else if (last == null) {
                status = ProgrammeScreening.NEVER;
            } else {
                nextDue = p.intervalYears() == null ? null : last.plusYears(p.intervalYears());
                status = nextDue != null && nextDue.isAfter(today) ? ProgrammeScreening.UP_TO_DATE
                        : ProgrammeScreening.OVERDUE;
            }
            int due = booked + (status.equals(ProgrammeScreening.OVERDUE) || status.equals(ProgrammeScreening.NEVER)
                    ? 1 : 0);
            boolean allowedNow = dob == null
                    || programmes.ageAllowed(p.id(), gender, ScreeningProgrammes.age(dob, today));
            String problem = null;
            if (p.completed() != kept || p.due() != due) {
                problem = "completed " + p.completed() + ", due " + p.due() + "; the events " + kept + " attended of "
                        + booked + " booked, so due " + due;
            } else if (!Objects.equals(last, p.lastScreening())) {
                problem = "last_screening " + p.lastScreening() + ", the events " + last;
            } else if (!status.equals(p.status()) || !Objects.equals(nextDue, p.nextDue())) {
                problem = "status " + p.status() + " next_due " + p.nextDue() + ", the events make it " + status
                        + " next_due " + nextDue;
            } else if (p.eligible() && !allowedNow) {
                problem = "eligible, outside its sex and ages";
            } else if (p.eligible() && p.nextDue() == null) {
                problem = "eligible without a next_due";
            }
            if (problem != null) {
                sink.accept(TimelineRule.PROGRAMMES, id + ": programme " + p.id() + ": " + problem);
            }
        }
    }

    private void verifyPanels(String id, CustomerProfile c, ZoneId zone, Map<String, LocalDate> attendedVisits,
            Map<String, List<String>> bookedProgrammes, List<EngagementEvent> panels, LocalDate lastLocalDay,
            BiConsumer<TimelineRule, String> sink) {
        List<LocalDate> dates = c.healthProfile().panelDates();
        for (LocalDate d : dates) {
            if (d != null && d.isAfter(lastLocalDay)) {
                sink.accept(TimelineRule.BEFORE_AS_OF, id + ": a measurement panel dated " + d
                        + " is not before the as-of instant " + asOf);
                break;
            }
        }
        String problem = null;
        if (dates.size() != panels.size()) {
            problem = dates.size() + " measurement panel(s) " + dates + ", the events " + panels.size()
                    + " measurement_recorded";
        } else if (panels.size() != attendedVisits.size()) {
            problem = panels.size() + " measurement_recorded for " + attendedVisits.size() + " attended visit(s)";
        }
        for (int i = 0; problem == null && i < panels.size(); i++) {
            EngagementEvent e = panels.get(i);
            LocalDate visit = attendedVisits.get(e.property("visit"));
            LocalDate expected = visit != null ? visit : e.timestamp().atZone(e.zone(zone)).toLocalDate();
            if (visit == null) {
                problem = e.eventId() + " records visit " + e.property("visit") + ", which has no screening_attended";
            } else if (!expected.equals(dates.get(i))) {
                problem = "panel " + (i + 1) + " dated " + dates.get(i) + ", its visit on " + expected;
            } else {
                List<Observation> panel = c.healthProfile().panel(dates.get(i));
                Map<String, Number> values = new LinkedHashMap<>();
                e.properties().forEach((k, v) -> {
                    if (!k.equals("visit")) {
                        values.put(k, number(v));
                    }
                });
                Map<String, Double> recorded = new LinkedHashMap<>();
                panel.forEach(o -> recorded.put(o.code(), o.value()));
                // height, weight and BMI at every kept visit; the programmes' values at a check-up (a visit
                // screening a programme that records values: ScreeningProgrammes.records)
                List<String> screened = bookedProgrammes.getOrDefault(e.property("visit"), List.of());
                Set<String> expectedCodes = new LinkedHashSet<>();
                for (String code : recorded.keySet()) {
                    if (programmes.records(screened, code)) {
                        expectedCodes.add(code);
                    }
                }
                for (String code : measuredCodes) {
                    if (programmes.programmeOf(code) != null && programmes.records(screened, code)) {
                        expectedCodes.add(code);
                    }
                }
                if (!values.keySet().equals(recorded.keySet())) {
                    problem = "panel of " + dates.get(i) + " has codes " + recorded.keySet() + ", " + e.eventId()
                            + " " + values.keySet();
                } else if (!expectedCodes.equals(recorded.keySet())) {
                    problem = "panel of " + dates.get(i) + " has codes " + recorded.keySet() + ", its visit's "
                            + "programmes " + screened + " record " + expectedCodes;
                } else {
                    for (Map.Entry<String, Double> o : recorded.entrySet()) {
                        Number v = values.get(o.getKey());
                        if (v == null || Math.abs(v.doubleValue() - o.getValue()) > 1e-9) {
                            problem = "panel of " + dates.get(i) + ": " + o.getKey() + " " + o.getValue() + ", "
                                    + e.eventId() + " " + v;
                            break;
                        }
                    }
                }
            }
        }
        if (problem != null) {
            sink.accept(TimelineRule.MEASUREMENTS, id + ": " + problem);
        }
    }

    private void verifyConditions(String id, CustomerProfile c, ZoneId zone, List<EngagementEvent> diagnoses,
            BiConsumer<TimelineRule, String> sink) {
        List<EngagementEvent> left = new ArrayList<>(diagnoses);
        for (Condition condition : c.healthProfile().conditions()) {
            EngagementEvent match = null;
            for (EngagementEvent e : left) {
                if (condition.name().equals(e.property("condition"))) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                sink.accept(TimelineRule.CONDITIONS, id + ": condition " + condition.name()
                        + " has no condition_diagnosed event");
                return;
            }
            left.remove(match);
            int year = match.timestamp().atZone(match.zone(zone)).getYear();
            if (year != condition.diagnosedYear()) {
                sink.accept(TimelineRule.CONDITIONS, id + ": condition " + condition.name() + " diagnosed_year "
                        + condition.diagnosedYear() + ", its condition_diagnosed in " + year);
                return;
            }
        }
        if (!left.isEmpty()) {
            sink.accept(TimelineRule.CONDITIONS, id + ": " + left.get(0).eventId() + " diagnoses "
                    + left.get(0).property("condition") + ", which the profile does not list");
        }
    }

    private void verifyJourney(String id, TestScenario s, List<Step> steps, int completedBefore,
            BiConsumer<TimelineRule, String> sink) {
        List<JourneyStep> journey = s.journey();
        for (JourneyStep j : journey) {
            if (j.timestamp() != null && !j.timestamp().isBefore(asOf)) {
                sink.accept(TimelineRule.BEFORE_AS_OF, id + ": journey step " + j.step() + " at " + j.timestamp()
                        + " is not before the as-of instant " + asOf);
                break;
            }
        }
        String problem = null;
        if (s.completedBefore() != completedBefore) {
            problem = s.scenarioId() + " completed_before " + s.completedBefore() + ", the events " + completedBefore
                    + " step(s) completed before the journey";
        } else if (journey.size() != steps.size()) {
            problem = s.scenarioId() + " has " + journey.size() + " journey step(s), the events " + steps.size()
                    + " step_started";
        }
        for (int i = 0; problem == null && i < steps.size(); i++) {
            Step e = steps.get(i);
            JourneyStep j = journey.get(i);
            String status = e.closing == null ? null : CLOSING.get(e.closing);
            if (!s.scenarioId().equals(e.started.property("scenario_id"))) {
                problem = e.started.eventId() + " starts a step of " + e.started.property("scenario_id") + ", not "
                        + s.scenarioId();
            } else if (!j.step().equals(e.id()) || !j.phase().equals(e.started.property("phase"))) {
                problem = "step " + (i + 1) + " is " + j.phase() + "/" + j.step() + ", the events "
                        + e.started.property("phase") + "/" + e.id();
            } else if (!String.valueOf(i + 1).equals(e.started.property("position"))) {
                problem = e.started.eventId() + " gives step " + j.step() + " position "
                        + e.started.property("position") + ", expected " + (i + 1);
            } else if (!e.started.timestamp().equals(j.timestamp())) {
                problem = "step " + j.step() + " timestamp " + j.timestamp() + ", its step_started "
                        + e.started.timestamp();
            } else if (status == null) {
                problem = "step " + j.step() + " has no closing event (step_completed, step_paused, step_skipped or"
                        + " step_abandoned)";
            } else if (!status.equals(j.completionStatus())) {
                problem = "step " + j.step() + " is " + j.completionStatus() + ", its closing event says " + status;
            } else if (e.seconds == null || e.seconds.doubleValue() != j.timeOnStepSeconds()) {
                problem = "step " + j.step() + " time_on_step_seconds " + j.timeOnStepSeconds()
                        + ", its closing event " + e.seconds;
            }
        }
        if (problem != null) {
            sink.accept(TimelineRule.JOURNEY, id + ": " + problem);
        }
        String status;
        List<String> ids = framework.stepIds();
        if (!steps.isEmpty() && steps.get(steps.size() - 1).closing == EventKind.STEP_ABANDONED) {
            status = JourneyStatus.ABANDONED;
        } else if (ids.isEmpty() || steps.stream().noneMatch(e -> ids.get(ids.size() - 1).equals(e.id()))) {
            status = JourneyStatus.IN_PROGRESS;
        } else {
            status = JourneyStatus.FINISHED;
        }
        if (!status.equals(s.journeyStatus())) {
            sink.accept(TimelineRule.JOURNEY_STATUS, id + ": journey_status " + s.journeyStatus() + ", the events "
                    + status);
        }
    }

    private void verifySteps(String id, List<EngagementStep> steps, List<Step> journey, int before,
            BiConsumer<TimelineRule, String> sink) {
        int total = framework.stepIds().size();
        // progress counts distinct steps: a repeating step's occurrences complete it once
        java.util.Set<String> completedSteps = new java.util.HashSet<>();
        String timeProblem = null;
        String progressProblem = null;
        for (int i = 0; i < steps.size(); i++) {
            EngagementStep s = steps.get(i);
            Step e = i < journey.size() ? journey.get(i) : null;
            if (e == null || !Objects.equals(e.id(), s.journeyStep())) {
                timeProblem = timeProblem != null ? timeProblem : s.id() + " (" + s.journeyStep()
                        + ") has no step event at position " + (i + 1);
                break;
            }
            if (e.closing == EventKind.STEP_COMPLETED) {
                completedSteps.add(e.id());
            }
            int completed = completedSteps.size();
            int seconds = s.interactions() == null ? -1 : s.interactions().timeOnStepSeconds();
            if (timeProblem == null && (e.seconds == null || e.seconds.doubleValue() != seconds)) {
                timeProblem = s.id() + " (" + s.journeyStep() + ") time_on_step_seconds " + seconds
                        + ", its closing event " + e.seconds;
            }
            double progress = total == 0 ? 0.0 : (double) (before + completed) / total;
            if (progressProblem == null && Math.abs(progress - s.progress()) > HUNDREDTH) {
                progressProblem = s.id() + " (" + s.journeyStep() + ") progress " + s.progress() + ", the events "
                        + (before + completed) + " of " + total + " steps completed";
            }
        }
        if (timeProblem != null) {
            sink.accept(TimelineRule.TIME_ON_STEP, id + ": " + timeProblem);
        }
        if (progressProblem != null) {
            sink.accept(TimelineRule.PROGRESS, id + ": " + progressProblem);
        }
    }

    /** A numeric property: a number as written, a numeric string parsed, else null. */
    static Number number(Object v) {
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
