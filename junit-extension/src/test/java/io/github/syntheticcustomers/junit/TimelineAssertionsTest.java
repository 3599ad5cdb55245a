package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.core.timeline.EventKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * {@link TimelineAssertions} on hand-built timelines, where every share is known exactly: which sessions count for
 * which week since sign-up, which local hour and weekday a session has, which notifications were opened.
 */
class TimelineAssertionsTest {

    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    /** A timeline of {@code customer} in {@code zone}, its events numbered in the order given. */
    private static CustomerTimeline timeline(String customer, String zone, Object[]... events) {
        List<EngagementEvent> list = new ArrayList<>();
        for (Object[] e : events) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int i = 2; i < e.length; i += 2) {
                properties.put((String) e[i], e[i + 1]);
            }
            String type = (String) e[1];
            boolean inSession = !type.startsWith("notification") && !type.equals("life_event");
            list.add(new EngagementEvent("evt-" + customer.substring(4) + "-" + String.format("%06d", list.size() + 1),
                    customer, inSession ? "ses-" + customer.substring(4) + "-0001" : null, Instant.parse((String) e[0]),
                    zone, type, properties));
        }
        return new CustomerTimeline(customer, ZoneId.of(zone), AS_OF, list);
    }

    private static Object[] e(String timestamp, String type, Object... properties) {
        Object[] event = new Object[2 + properties.length];
        event[0] = timestamp;
        event[1] = type;
        System.arraycopy(properties, 0, event, 2, properties.length);
        return event;
    }

    /** A session start and, for the first, the account: the first session's events. */
    private static Object[][] signUp(String timestamp) {
        return new Object[][] {e(timestamp, "session_started"), e(timestamp, "account_created", "channel", "email")};
    }

    private static Object[][] concat(Object[][] first, Object[]... more) {
        Object[][] all = new Object[first.length + more.length][];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * A: signs up 2025-11-01 10:00Z, sessions on day 8 (week 1) and day 22 (week 3). B: signs up 2025-11-20 10:00Z, a
     * session 7.5 days later (week 1). C: signs up 2025-12-28, so not even its week 0 is over by 2026-01-01. D: no
     * account.
     */
    private static final List<CustomerTimeline> RETENTION = List.of(
            timeline("cus-000001", "America/New_York", concat(signUp("2025-11-01T10:00:00Z"),
                    e("2025-11-09T10:00:00Z", "session_started"), e("2025-11-23T10:00:00Z", "session_started"))),
            timeline("cus-000002", "America/New_York", concat(signUp("2025-11-20T10:00:00Z"),
                    e("2025-11-27T22:00:00Z", "session_started"))),
            timeline("cus-000003", "America/New_York", signUp("2025-12-28T10:00:00Z")),
            timeline("cus-000004", "America/New_York", e("2025-06-01T17:00:00Z", "life_event", "life_event", "move")));

    @Test
    void weeklyActiveShareCountsTheCustomersWhoseWeekIsOverAndHadASessionInIt() {
        TimelineAssertions.assertThat(RETENTION)
                .hasWeeklyActiveShare(0, 1.0, 1.0)   // A and B; C's week 0 is not over
                .hasWeeklyActiveShare(1, 1.0, 1.0)   // A on day 8, B on day 7.5
                .hasWeeklyActiveShare(3, 0.5, 0.5)   // A on day 22; B's week 3 (Dec 11-18) without a session
                .hasWeeklyActiveShare(5, 0.0, 0.0);  // A only (B's week 5 ends Jan 1 10:00), no session

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(RETENTION).hasWeeklyActiveShare(3, 0.6, 0.9));
        assertEquals("weekly active share in week 3 since sign-up of 4 timelines is 50.00% (1 of 2 customers signed up"
                + " at least 4 weeks before the as-of instant 2026-01-01T00:00:00Z), expected between 60.00% and 90.00%",
                error.getMessage());
        assertEquals("between 60.00% and 90.00%", error.getExpected().getStringRepresentation());
        assertEquals("50.00%", error.getActual().getStringRepresentation());

        error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(RETENTION).hasWeeklyActiveShare(8, 0.0, 1.0));
        assertEquals("weekly active share in week 8 since sign-up of 4 timelines: no customers signed up at least 9"
                + " weeks before the as-of instant 2026-01-01T00:00:00Z, expected between 0.00% and 100.00%",
                error.getMessage(), "a share of nobody is in no range");
    }

    /**
     * Sessions in local time (December, no daylight saving change): Chicago is UTC-6, Los Angeles UTC-8. Local: Friday
     * 20:30, Saturday 09:00, Sunday 23:10, Monday 23:45, Wednesday 12:00.
     */
    private static final List<CustomerTimeline> RHYTHM = List.of(
            timeline("cus-000001", "America/Chicago", e("2025-12-06T02:30:00Z", "session_started"),
                    e("2025-12-06T15:00:00Z", "session_started"), e("2025-12-08T05:10:00Z", "session_started"),
                    e("2025-12-08T05:20:00Z", "session_ended", "duration_seconds", 600)),
            timeline("cus-000002", "America/Los_Angeles", e("2025-12-09T07:45:00Z", "session_started"),
                    e("2025-12-10T20:00:00Z", "session_started")));

    @Test
    void sessionSharesAreByLocalHourAndWeekday() {
        TimelineAssertions.assertThat(RHYTHM)
                .hasSessionShareInLocalHours(18, 24, 0.6, 0.6)   // 20:30, 23:10, 23:45 (in UTC only 20:00 would be)
                .hasSessionShareInLocalHours(22, 6, 0.4, 0.4)    // wraps past midnight: 23:10, 23:45
                .hasSessionShareInLocalHours(0, 24, 1.0, 1.0)
                .hasSessionShareOn(0.2, 0.2, DayOfWeek.FRIDAY)   // in UTC that session is on Saturday
                .hasSessionShareOn(0.4, 0.4, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(RHYTHM).hasSessionShareInLocalHours(18, 24, 0.7, 1.0));
        assertEquals("share of sessions starting at local 18:00-24:00 of 2 timelines is 60.00% (3 of 5 sessions),"
                + " expected between 70.00% and 100.00%", error.getMessage());
        error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(RHYTHM).hasSessionShareOn(0.3, 0.4, DayOfWeek.FRIDAY));
        assertEquals("share of sessions on friday of 2 timelines is 20.00% (1 of 5 sessions), expected between 30.00%"
                + " and 40.00%", error.getMessage());
        assertEquals("20.00%", error.getActual().getStringRepresentation());
        error = assertThrows(AssertionFailedError.class, () -> TimelineAssertions.assertThat(RETENTION.subList(3, 4))
                .hasSessionShareOn(0, 1, DayOfWeek.MONDAY));
        assertEquals("share of sessions on monday of 1 timeline: no sessions, expected between 0.00% and 100.00%",
                error.getMessage());
    }

    private static final List<CustomerTimeline> NOTIFICATIONS = List.of(timeline("cus-000007", "UTC",
            e("2025-12-01T09:00:00Z", "notification_sent", "notification", 1, "channel", "push"),
            e("2025-12-01T09:05:00Z", "notification_opened", "notification", 1, "channel", "push"),
            e("2025-12-02T09:00:00Z", "notification_sent", "notification", 2, "channel", "email"),
            e("2025-12-02T18:00:00Z", "notification_dismissed", "notification", 2, "channel", "email"),
            e("2025-12-03T09:00:00Z", "notification_sent", "notification", 3, "channel", "push"),
            e("2025-12-03T11:00:00Z", "notification_opened", "notification", 3, "channel", "push"),
            e("2025-12-04T09:00:00Z", "notification_sent", "notification", 4, "channel", "sms")));

    @Test
    void notificationOpenRateIsOpenedPerSentOverallAndPerChannel() {
        TimelineAssertions.assertThat(NOTIFICATIONS)
                .hasNotificationOpenRate(0.5, 0.5)
                .hasNotificationOpenRate("push", 1.0, 1.0)
                .hasNotificationOpenRate("sms", 0.0, 0.0);

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(NOTIFICATIONS).hasNotificationOpenRate("email", 0.1, 1.0));
        assertEquals("notification open rate on channel email of 1 timeline is 0.00% (0 of 1 notifications sent),"
                + " expected between 10.00% and 100.00%", error.getMessage());
        error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(NOTIFICATIONS).hasNotificationOpenRate("in_app", 0.0, 1.0));
        assertEquals("notification open rate on channel in_app of 1 timeline: no notifications sent, expected between"
                + " 0.00% and 100.00%", error.getMessage());
    }

    @Test
    void aConfiguredVocabularyIsNamedPerKind() {
        List<CustomerTimeline> renamed = List.of(timeline("cus-000001", "UTC",
                e("2025-12-06T20:00:00Z", "app_open"), e("2025-12-07T08:00:00Z", "app_open")));
        assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(renamed).hasSessionShareInLocalHours(18, 24, 0, 1));
        TimelineAssertions.assertThat(renamed).withEventType(EventKind.SESSION_STARTED, "app_open")
                .hasSessionShareInLocalHours(18, 24, 0.5, 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineAssertions.assertThat(renamed).withEventType(EventKind.SESSION_STARTED, " "));
        assertEquals("the type of session_started must be a non-blank event type but was: ' '", e.getMessage());
    }

    @Test
    void aDatasetIsReadInItsConfigurationsVocabulary() {
        GeneratorConfig config = ConfigLoader.load("renamed.yaml",
                "timeline:\n  event_types: { session_started: app_open, account_created: signed_up }\n");
        SyntheticDataset dataset = SyntheticDataset.of(config, 42, 40);
        assertTrue(dataset.events().stream().anyMatch(e -> e.type().equals("app_open")));
        assertTrue(dataset.events().stream().noneMatch(e -> e.type().equals("session_started")));
        // the same shares as the default vocabulary's dataset: nothing to name by hand
        TimelineAssertions.assertThat(dataset).hasSessionShareInLocalHours(0, 24, 1.0, 1.0)
                .hasWeeklyActiveShare(0, 1.0, 1.0);
    }

    @Test
    void badArgumentsSayWhatIsAllowed() {
        TimelineAssertions t = TimelineAssertions.assertThat(RHYTHM);
        assertEquals("the range must be 0 <= min <= max <= 1 (shares, not percentages) but was: 20.0, 40.0",
                assertThrows(IllegalArgumentException.class, () -> t.hasNotificationOpenRate(20, 40)).getMessage());
        assertEquals("the range must be 0 <= min <= max <= 1 (shares, not percentages) but was: 0.5, 0.4",
                assertThrows(IllegalArgumentException.class, () -> t.hasWeeklyActiveShare(1, 0.5, 0.4)).getMessage());
        assertEquals("week must be 0 (the week of sign-up) or more but was: -1",
                assertThrows(IllegalArgumentException.class, () -> t.hasWeeklyActiveShare(-1, 0, 1)).getMessage());
        assertEquals("the hours must be 0 <= fromHour <= 23 and 0 <= toHour <= 24, different (fromHour > toHour wraps"
                + " past midnight), but were: 6, 6", assertThrows(IllegalArgumentException.class,
                        () -> t.hasSessionShareInLocalHours(6, 6, 0, 1)).getMessage());
        assertEquals("name at least one day of the week",
                assertThrows(IllegalArgumentException.class, () -> t.hasSessionShareOn(0, 1)).getMessage());
    }

    @Test
    void aDatasetsFailureNamesItsSeedAndCount() {
        SyntheticDataset dataset = SyntheticDataset.of(ConfigLoader.defaults(), 5, 30);
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> TimelineAssertions.assertThat(dataset).hasWeeklyActiveShare(100_000, 0, 1));
        assertEquals("weekly active share in week 100000 since sign-up of 30 timelines of seed 5 (count 30): no"
                + " customers signed up at least 100001 weeks before the as-of instant "
                + dataset.config().referenceDate() + "T00:00:00Z, expected between 0.00% and 100.00%", error.getMessage());
    }

    @SyntheticCustomers(seed = 17, count = 12)
    static class InjectedTimelines {
        @Test
        void retention(List<CustomerTimeline> timelines) {
            TimelineAssertions.assertThat(timelines).hasWeeklyActiveShare(100_000, 0, 1);
        }
    }

    @Test
    void aFailingAssertionOnInjectedTimelinesReportsTheSeedThatReproducesIt() {
        EngineExecutionResults results = run(InjectedTimelines.class);
        Throwable failure = onlyFailure(results);
        assertInstanceOf(AssertionFailedError.class, failure);
        String asOf = ConfigLoader.defaults().referenceDate() + "T00:00:00Z";
        assertEquals("weekly active share in week 100000 since sign-up of 12 timelines: no customers signed up at least"
                + " 100001 weeks before the as-of instant " + asOf + ", expected between 0.00% and 100.00%",
                failure.getMessage());
        String report = "failed with seed: 17 (seed source: @SyntheticCustomers on class"
                + " io.github.syntheticcustomers.junit.TimelineAssertionsTest$InjectedTimelines); reproduce: mvn test"
                + " -Dtest='io.github.syntheticcustomers.junit.TimelineAssertionsTest$InjectedTimelines#retention'"
                + " -Dsynthetic-customers.seed.override=17";
        assertEquals(report, reportedOnce(results, SyntheticCustomersExtension.REPORT_KEY));
        assertEquals("synthetic-customers: " + report, failure.getSuppressed()[0].getMessage());
    }
}
