package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.quality.RecordGroup;
import io.github.syntheticcustomers.core.report.ReportRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retention since sign-up, sessions by local hour and weekday, and notification open rates, computed from a small
 * hand-built event set whose every figure is worked out by hand below; and the report draws them.
 */
class TimelineAnalysisTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults(); // reference date 2026-01-01
    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    /** Two customers of different personas, 0 and 1. */
    private static final List<CustomerProfile> CUSTOMERS = twoPersonas();

    private static List<CustomerProfile> twoPersonas() {
        DatasetGenerator g = new DatasetGenerator(CONFIG, 42, 50);
        CustomerProfile x = g.customer(0);
        for (long i = 1; i < g.count(); i++) {
            CustomerProfile y = g.customer(i);
            if (!y.personaType().equals(x.personaType())) {
                return List.of(x, y);
            }
        }
        throw new IllegalStateException("no second persona");
    }

    private static final class Events {
        final String customer;
        final String zone;
        final List<EngagementEvent> list = new ArrayList<>();

        Events(String customer, String zone) {
            this.customer = customer;
            this.zone = zone;
        }

        Events add(Instant t, String type, Object... properties) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int i = 0; i < properties.length; i += 2) {
                p.put((String) properties[i], properties[i + 1]);
            }
            list.add(new EngagementEvent("evt-" + customer.substring(4) + "-"
                    + String.format(Locale.ROOT, "%06d", list.size() + 1), customer, null, t, zone, type, p));
            return this;
        }
    }

    /**
     * X (UTC) signs up Tuesday 2025-12-02 10:00 and comes back 8 and 22 days later (weeks 1 and 3), all at 10:00;
     * its account is 29.6 days old at the as-of instant, so weeks 0 to 3 are measured. A session at the as-of
     * instant does not count. Y (New York) signs up Wednesday 2025-10-01 10:00 EDT, returns the next day 10:00,
     * after 14 days at 11:00 EDT (week 2) and after 85 days at 09:00 EST (week 12); weeks 0 to 12 are measured.
     */
    private static List<RecordGroup> groups() {
        String x = CUSTOMERS.get(0).id();
        String y = CUSTOMERS.get(1).id();
        Instant cx = Instant.parse("2025-12-02T10:00:00Z");
        Events ex = new Events(x, "UTC")
                .add(cx, "session_started").add(cx, "account_created", "channel", "email")
                .add(cx.plus(Duration.ofDays(3)), "notification_sent", "notification", 1, "channel", "email")
                .add(cx.plus(Duration.ofDays(3)), "notification_opened", "notification", 1, "channel", "email")
                .add(cx.plus(Duration.ofDays(4)), "notification_sent", "notification", 2, "channel", "email")
                .add(cx.plus(Duration.ofDays(4)), "notification_dismissed", "notification", 2, "channel", "email")
                .add(cx.plus(Duration.ofDays(5)), "notification_sent", "notification", 3, "channel", "sms")
                .add(cx.plus(Duration.ofDays(8)), "session_started")
                .add(cx.plus(Duration.ofDays(22)), "session_started")
                .add(AS_OF, "session_started");
        Instant cy = Instant.parse("2025-10-01T14:00:00Z");
        Events ey = new Events(y, "America/New_York")
                .add(cy, "session_started").add(cy, "account_created", "channel", "push")
                .add(cy.plus(Duration.ofDays(1)), "session_started")
                .add(cy.plus(Duration.ofDays(10)), "notification_sent", "notification", 1, "channel", "push")
                .add(cy.plus(Duration.ofDays(10)), "notification_opened", "notification", 1, "channel", "push")
                .add(cy.plus(Duration.ofDays(12)), "notification_sent", "notification", 2, "channel", "push")
                .add(cy.plus(Duration.ofDays(12)), "notification_opened", "notification", 2, "channel", "push")
                .add(cy.plus(Duration.ofDays(14)).plus(Duration.ofHours(1)), "session_started")
                .add(cy.plus(Duration.ofDays(85)), "session_started");
        return List.of(new RecordGroup(0, CUSTOMERS.get(0), null, List.of(), ex.list),
                new RecordGroup(1, CUSTOMERS.get(1), null, List.of(), ey.list));
    }

    private static Analysis analyse() {
        AnalysisPass pass = Analysis.start(CONFIG);
        groups().forEach(pass);
        return pass.finish();
    }

    @Test
    void retentionIsTheWeeklyActiveShareOfCustomersOldEnoughForTheWeek() {
        Analysis.Timeline t = analyse().timeline();
        assertEquals(2, t.customers());
        List<Analysis.RetentionWeek> r = t.retention();
        assertEquals(13, r.size());
        assertEquals(new Analysis.RetentionWeek(0, 2, 2, 100.0), r.get(0));
        assertEquals(new Analysis.RetentionWeek(1, 2, 1, 50.0), r.get(1));
        assertEquals(new Analysis.RetentionWeek(2, 2, 1, 50.0), r.get(2));
        assertEquals(new Analysis.RetentionWeek(3, 2, 1, 50.0), r.get(3));
        for (int w = 4; w <= 11; w++) {
            assertEquals(new Analysis.RetentionWeek(w, 1, 0, 0.0), r.get(w));
        }
        assertEquals(new Analysis.RetentionWeek(12, 1, 1, 100.0), r.get(12));
    }

    @Test
    void sessionsAreCountedByLocalHourAndWeekday() {
        Analysis.Timeline t = analyse().timeline();
        assertEquals(7, t.sessions(), "the session at the as-of instant is not counted");
        assertEquals(new Analysis.HourCount(10, 5, 71.43), t.sessionsByHour().get(10));
        assertEquals(new Analysis.HourCount(11, 1, 14.29), t.sessionsByHour().get(11));
        assertEquals(new Analysis.HourCount(9, 1, 14.29), t.sessionsByHour().get(9));
        assertEquals(7, t.sessionsByHour().stream().mapToLong(Analysis.HourCount::sessions).sum());
        List<Analysis.WeekdaySessions> days = t.sessionsByWeekday();
        assertEquals(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
                days.stream().map(Analysis.WeekdaySessions::weekday).toList());
        assertEquals(List.of(0L, 1L, 4L, 2L, 0L, 0L, 0L),
                days.stream().map(Analysis.WeekdaySessions::sessions).toList());
        assertEquals(3L, days.get(2).byHour().get(10));
        assertEquals(1L, days.get(2).byHour().get(11));
        assertEquals(1L, days.get(3).byHour().get(9));
        assertEquals(1L, days.get(3).byHour().get(10));
        assertEquals(1L, days.get(1).byHour().get(10));
        assertEquals(57.14, days.get(2).share());
    }

    @Test
    void openRatesPerPersonaAndPerChannel() {
        Analysis.Timeline t = analyse().timeline();
        Analysis.OpenRate x = t.openRatesByPersona().stream()
                .filter(r -> r.id().equals(CUSTOMERS.get(0).personaType())).findFirst().orElseThrow();
        Analysis.OpenRate y = t.openRatesByPersona().stream()
                .filter(r -> r.id().equals(CUSTOMERS.get(1).personaType())).findFirst().orElseThrow();
        assertEquals(3, x.sent());
        assertEquals(1, x.opened());
        assertEquals(1, x.dismissed());
        assertEquals(33.33, x.openRate());
        assertEquals(2, y.sent());
        assertEquals(100.0, y.openRate());
        assertEquals(CONFIG.personas().size(), t.openRatesByPersona().size(), "every configured persona, in order");
        assertEquals(List.copyOf(CONFIG.personas().keySet()),
                t.openRatesByPersona().stream().map(Analysis.OpenRate::id).toList());
        assertEquals(List.of(new Analysis.OpenRate("email", "email", 2, 1, 1, 50.0),
                new Analysis.OpenRate("push", "push", 2, 2, 0, 100.0),
                new Analysis.OpenRate("sms", "sms", 1, 0, 0, 0.0)), t.openRatesByChannel());
    }

    @Test
    void aDatasetWithoutEventsHasAnEmptyTimeline() {
        Analysis a = Analysis.of(LoadedDataset.of(CUSTOMERS), CONFIG);
        assertEquals(0, a.timeline().customers());
        assertEquals(0, a.timeline().sessions());
    }

    @Test
    void theReportDrawsTheTimelineSections() {
        Analysis a = analyse();
        QualityReport q = QualityChecks.run(LoadedDataset.of(CUSTOMERS), CONFIG);
        String html = ReportRenderer.render(a, q);
        assertTrue(html.contains("<section id=\"retention\" aria-labelledby=\"retention-heading\">"), "retention");
        assertTrue(html.contains("<h2 id=\"retention-heading\">Retention since sign-up</h2>"));
        assertTrue(html.contains("id=\"chart-retention\""));
        assertTrue(html.contains("<tr><th scope=\"row\">1</th><td>2</td><td>1</td><td>50.0%</td></tr>"), "week 1 row");
        assertTrue(html.contains("<h2 id=\"session-rhythm-heading\">Sessions by hour and weekday</h2>"));
        assertTrue(html.contains("id=\"chart-session-hours\"") && html.contains("id=\"chart-session-week\""));
        assertTrue(html.contains("<tr><th scope=\"row\">wednesday</th><td>4</td><td>57.1%</td>"), "wednesday row");
        assertTrue(html.contains("<h2 id=\"notification-open-rates-heading\">Notification open rates</h2>"));
        assertTrue(html.contains("<tr><th scope=\"row\">email</th><td>2</td><td>1</td><td>1</td><td>50.0%</td></tr>"),
                "email row");
        assertTrue(html.contains("id=\"chart-open-rates-persona\"") && html.contains("id=\"chart-open-rates-channel\""));
        assertTrue(html.contains("<a href=\"#retention\">Retention since sign-up</a>"), "listed in the contents");
        int engagement = html.indexOf("<section id=\"engagement\"");
        int retention = html.indexOf("<section id=\"retention\"");
        int checks = html.indexOf("<section id=\"quality-checks\"");
        assertTrue(engagement < retention && retention < checks, "page order follows ReportRenderer.SECTIONS");
    }

    @Test
    void theReportSaysWhenThereAreNoEvents() {
        Analysis a = Analysis.of(LoadedDataset.of(CUSTOMERS), CONFIG);
        String html = ReportRenderer.render(a, QualityChecks.run(LoadedDataset.of(CUSTOMERS), CONFIG));
        assertTrue(html.contains("<h2 id=\"retention-heading\">Retention since sign-up</h2>\n<p>The dataset has no"
                + " events"), html);
        assertNotEquals(-1, html.indexOf("<section id=\"notification-open-rates\""));
        assertTrue(!html.contains("id=\"chart-retention\""));
    }
}
