package io.github.syntheticcustomers.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyStatus;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.Observation;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every snapshot field equals what the customer's events imply (docs/timeline-model.md, "Snapshot rules"), computed
 * here from the events alone, over many customers and several seeds; nothing happens at or after the as-of instant;
 * the journey agrees with its step events and its time adds up.
 */
class TimelineSnapshotTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final Instant AS_OF = CONFIG.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();

    @ParameterizedTest
    @CsvSource({"42, 1500", "7, 1500", "1234, 1500"})
    void everySnapshotFieldFollowsFromTheEvents(long seed, int count) {
        check(seed, count);
    }

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @ParameterizedTest
    @CsvSource({"42, 40000", "2026, 40000"})
    void everySnapshotFieldFollowsFromTheEventsOverManyCustomers(long seed, int count) {
        check(seed, count);
    }

    private static void check(long seed, int count) {
        DatasetGenerator g = new DatasetGenerator(CONFIG, seed, count);
        Tally tally = new Tally();
        for (int i = 0; i < count; i++) {
            CustomerProfile c = g.customer(i);
            TestScenario s = g.scenario(i);
            CustomerTimeline t = g.timeline(i);
            String where = "seed " + seed + " " + c.id();
            order(t, where);
            engagement(c, t, where);
            screening(c, t, where);
            journey(s, t, where, tally);
        }
        // the record-level defects are gone and the model's shapes occur
        assertTrue(tally.inProgress > 0 && tally.finished > 0 && tally.abandoned > 0, tally.toString());
        assertTrue(tally.returningAllDone > 0, "some returning users complete every step: " + tally);
    }

    /** Events in time order, numbered 1… per customer, every one before the as-of instant. */
    private static void order(CustomerTimeline t, String where) {
        Instant previous = Instant.MIN;
        int n = 0;
        for (EngagementEvent e : t.events()) {
            n++;
            assertEquals(String.format("evt-%s-%06d", t.customerId().substring(4), n), e.eventId(), where);
            assertFalse(e.timestamp().isBefore(previous), where + " " + e.eventId() + " out of order");
            assertTrue(e.timestamp().isBefore(AS_OF), where + " " + e.eventId() + " at or after the as-of instant");
            assertEquals(t.zone().getId(), e.timeZone(), where);
            previous = e.timestamp();
        }
    }

    private static void engagement(CustomerProfile c, CustomerTimeline t, String where) {
        ZoneId zone = t.zone();
        Instant window = AS_OF.minus(90, ChronoUnit.DAYS);
        List<EngagementEvent> starts = of(t, "session_started");
        assertFalse(starts.isEmpty(), where + ": every account has its first session");
        Engagement e = c.engagement();
        assertEquals(day(of(t, "account_created").get(0), zone), e.accountCreated(), where);
        assertEquals(starts.get(0).timestamp(), of(t, "account_created").get(0).timestamp(), where);
        assertEquals(day(starts.get(starts.size() - 1), zone), e.lastActive(), where);
        Set<String> inWindow = new LinkedHashSet<>();
        for (EngagementEvent s : starts) {
            if (!s.timestamp().isBefore(window)) {
                inWindow.add(s.sessionId());
            }
        }
        assertEquals(inWindow.size(), e.sessionsLast90Days(), where);
        long seconds = 0;
        Instant previousEnd = null;
        for (EngagementEvent end : of(t, "session_ended")) {
            EngagementEvent start = starts.stream().filter(s -> s.sessionId().equals(end.sessionId())).findFirst()
                    .orElseThrow();
            long duration = Long.parseLong(end.property("duration_seconds"));
            assertEquals(ChronoUnit.SECONDS.between(start.timestamp(), end.timestamp()), duration, where);
            assertTrue(previousEnd == null || start.timestamp().isAfter(previousEnd), where + ": sessions overlap");
            previousEnd = end.timestamp();
            seconds += inWindow.contains(end.sessionId()) ? duration : 0;
        }
        double minutes = inWindow.isEmpty() ? 0.0 : Math.round(seconds / 60.0 / inWindow.size() * 10) / 10.0;
        assertEquals(minutes, e.avgSessionMinutes(), 1e-9, where);
        long content = of(t, "content_viewed").stream().filter(v -> inWindow.contains(v.sessionId())).count();
        assertEquals(content, e.contentInteractions(), where);
        Set<String> used = new LinkedHashSet<>();
        of(t, "feature_used").forEach(f -> used.add(f.property("feature")));
        assertEquals(CONFIG.platformFeatures().stream().filter(used::contains).toList(), e.featuresUsed(), where);
        assertEquals(!of(t, "onboarding_completed").isEmpty(), e.onboardingCompleted(), where);
        if (e.sessionsLast90Days() == 0) {
            assertTrue(e.lastActive().isBefore(CONFIG.referenceDate().minusDays(89)), where
                    + ": last active inside the window without a session in it");
        }
    }

    private static void screening(CustomerProfile c, CustomerTimeline t, String where) {
        ZoneId zone = t.zone();
        ScreeningHistory h = c.healthProfile().screeningHistory();
        List<EngagementEvent> kept = of(t, "screening_attended");
        List<EngagementEvent> booked = of(t, "screening_booked");
        assertEquals(!kept.isEmpty(), h.hasHistory(), where);
        if (kept.isEmpty()) {
            assertNull(h.lastScreening(), where);
            assertEquals("never", h.frequency(), where);
            assertTrue(c.healthProfile().measurements().isEmpty(), where + ": a panel without a visit");
            return;
        }
        assertEquals(day(kept.get(kept.size() - 1), zone), h.lastScreening(), where);
        // kept / due visits over the programmes: due counts each programme's bookings and the one now due
        int completed = 0;
        int due = 0;
        for (var p : h.programmes()) {
            String id = p.id();
            int keptHere = (int) kept.stream().filter(e -> List.of(e.property("programmes").split(" ")).contains(id))
                    .count();
            int bookedHere = (int) booked.stream()
                    .filter(e -> List.of(e.property("programmes").split(" ")).contains(id)).count();
            assertEquals(keptHere, p.completed(), where + " " + id);
            boolean open = p.status().equals("overdue") || p.status().equals("never");
            assertEquals(bookedHere + (open ? 1 : 0), p.due(), where + " " + id);
            completed += keptHere;
            due += p.due();
        }
        assertEquals(Math.round(100.0 * completed / due) / 100.0, h.completionRate(), 1e-9, where);
        List<EngagementEvent> panels = of(t, "measurement_recorded");
        List<LocalDate> dates = c.healthProfile().panelDates();
        assertEquals(panels.size(), dates.size(), where + ": one panel per kept visit");
        for (int p = 0; p < panels.size(); p++) {
            assertEquals(day(kept.get(p), zone), dates.get(p), where);
            Map<String, Object> values = panels.get(p).properties();
            for (Observation o : c.healthProfile().panel(dates.get(p))) {
                assertEquals(o.value(), ((Number) values.get(o.code())).doubleValue(), 1e-9, where + " " + o.code());
            }
        }
        for (EngagementEvent d : of(t, "condition_diagnosed")) {
            String label = d.property("condition");
            assertTrue(c.healthProfile().conditions().stream().anyMatch(x -> x.name().equals(label)
                    && x.diagnosedYear() == day(d, zone).getYear()), where + " " + label);
        }
        assertEquals(c.healthProfile().conditions().size(), of(t, "condition_diagnosed").size(), where);
    }

    private static void journey(TestScenario s, CustomerTimeline t, String where, Tally tally) {
        List<EngagementEvent> started = new ArrayList<>();
        List<EngagementEvent> closing = new ArrayList<>();
        int prior = 0;
        for (EngagementEvent e : t.events()) {
            if (!e.type().startsWith("step_")) {
                continue;
            }
            if (e.property("scenario_id") == null) {
                prior += e.type().equals("step_completed") ? 1 : 0;
            } else if (e.type().equals("step_started")) {
                started.add(e);
            } else {
                closing.add(e);
            }
        }
        assertEquals(s.completedBefore(), prior, where + ": steps completed before the journey");
        List<JourneyStep> journey = s.journey();
        assertEquals(journey.size(), started.size(), where);
        assertEquals(journey.size(), closing.size(), where);
        for (int k = 0; k < journey.size(); k++) {
            JourneyStep step = journey.get(k);
            assertEquals(step.timestamp(), started.get(k).timestamp(), where + " " + step.step());
            assertEquals(step.step(), started.get(k).property("step"), where);
            assertEquals(step.timeOnStepSeconds(), Integer.parseInt(closing.get(k).property("seconds")), where);
            assertEquals(step.timestamp().plusSeconds(step.timeOnStepSeconds()), closing.get(k).timestamp(), where);
            assertEquals(started.get(k).sessionId(), closing.get(k).sessionId(), where + ": a step within a session");
            assertEquals(switch (step.completionStatus()) {
                case CompletionStatus.COMPLETED -> "step_completed";
                case CompletionStatus.PARTIAL -> "step_paused";
                case CompletionStatus.SKIPPED -> "step_skipped";
                default -> "step_abandoned";
            }, closing.get(k).type(), where);
            if (k > 0) {
                JourneyStep previous = journey.get(k - 1);
                assertTrue(step.timestamp().isAfter(previous.timestamp().plusSeconds(previous.timeOnStepSeconds())),
                        where + ": " + step.step() + " starts before the previous step ends");
            }
        }
        JourneyStep last = journey.get(journey.size() - 1);
        switch (s.journeyStatus()) {
            case JourneyStatus.ABANDONED -> {
                tally.abandoned++;
                assertEquals(CompletionStatus.ABANDONED, last.completionStatus(), where);
            }
            case JourneyStatus.IN_PROGRESS -> tally.inProgress++;
            default -> {
                tally.finished++;
                assertNotNull(last, where);
                boolean allDone = journey.stream().allMatch(j -> j.completionStatus().equals(CompletionStatus.COMPLETED));
                if (allDone && s.completedBefore() > 0) {
                    tally.returningAllDone++;
                }
            }
        }
    }

    private static List<EngagementEvent> of(CustomerTimeline t, String type) {
        return t.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static LocalDate day(EngagementEvent e, ZoneId zone) {
        return e.timestamp().atZone(zone).toLocalDate();
    }

    private static final class Tally {
        long finished;
        long abandoned;
        long inProgress;
        long returningAllDone;

        @Override
        public String toString() {
            return "finished " + finished + ", abandoned " + abandoned + ", in progress " + inProgress
                    + ", returning users with every step done " + returningAllDone;
        }
    }
}
