package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.quality.RecordGroup;
import io.github.syntheticcustomers.core.timeline.EventKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events in numbers, one customer's events at a time: retention since sign-up (the weekly active share), the
 * sessions' local hour and weekday, and notification open rates by persona and by channel. Counters only (13 weeks,
 * 7 × 24 hours, one row per persona and channel), so memory does not grow with the customers.
 */
final class TimelineAnalysis {

    /** Weeks after account creation the retention curve covers: week 0 (the sign-up week) to this one. */
    static final int LAST_WEEK = 12;
    private static final Duration WEEK = Duration.ofDays(7);

    private final GeneratorConfig config;
    private final Instant asOf;
    private final long[] eligible = new long[LAST_WEEK + 1];
    private final long[] active = new long[LAST_WEEK + 1];
    private final long[][] sessions = new long[7][24];
    private final Map<String, long[]> byPersona = new HashMap<>();
    private final Map<String, long[]> byChannel = new TreeMap<>();
    private long customers;
    /** The kind of each written event type ({@code timeline.event_types}). */
    private final Map<String, EventKind> kinds;

    TimelineAnalysis(GeneratorConfig config) {
        this.config = config;
        this.kinds = EventKind.byType(config.timeline().eventTypes());
        this.asOf = config.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    void add(RecordGroup group) {
        List<EngagementEvent> events = group.events();
        if (events == null) {
            return;
        }
        customers++;
        Instant created = null;
        List<Instant> starts = new ArrayList<>();
        String persona = group.personaType() == null ? "unknown" : group.personaType();
        ZoneId zone = ZoneOffset.UTC;
        for (EngagementEvent e : events) {
            EventKind kind = e.type() == null ? null : kinds.get(e.type());
            if (kind == null || e.timestamp() == null || !e.timestamp().isBefore(asOf)) {
                continue;
            }
            switch (kind) {
                case ACCOUNT_CREATED -> created = created == null ? e.timestamp() : created;
                case SESSION_STARTED -> {
                    starts.add(e.timestamp());
                    zone = e.zone(zone);
                    ZonedDateTime local = e.timestamp().atZone(zone);
                    sessions[local.getDayOfWeek().getValue() - 1][local.getHour()]++;
                }
                case NOTIFICATION_SENT, NOTIFICATION_OPENED, NOTIFICATION_DISMISSED -> {
                    int slot = kind == EventKind.NOTIFICATION_SENT ? 0 : kind == EventKind.NOTIFICATION_OPENED ? 1 : 2;
                    byPersona.computeIfAbsent(persona, k -> new long[3])[slot]++;
                    String channel = e.property("channel");
                    byChannel.computeIfAbsent(channel == null ? "unknown" : channel, k -> new long[3])[slot]++;
                }
                default -> {
                    // other kinds: not in these figures
                }
            }
        }
        if (created == null && !starts.isEmpty()) {
            created = starts.get(0); // the account opens in the first session
        }
        if (created == null) {
            return;
        }
        boolean[] seen = new boolean[LAST_WEEK + 1];
        for (Instant t : starts) {
            long week = Duration.between(created, t).toDays() / 7;
            if (!t.isBefore(created) && week <= LAST_WEEK) {
                seen[(int) week] = true;
            }
        }
        for (int w = 0; w <= LAST_WEEK; w++) {
            // only a week wholly before the as-of instant counts: a customer still in it is not yet measured
            if (!created.plus(WEEK.multipliedBy(w + 1L)).isAfter(asOf)) {
                eligible[w]++;
                active[w] += seen[w] ? 1 : 0;
            }
        }
    }

    Analysis.Timeline result() {
        List<Analysis.RetentionWeek> retention = new ArrayList<>();
        for (int w = 0; w <= LAST_WEEK; w++) {
            retention.add(new Analysis.RetentionWeek(w, eligible[w], active[w],
                    CustomerAnalysis.percent(active[w], eligible[w])));
        }
        long total = 0;
        long[] hours = new long[24];
        for (long[] day : sessions) {
            for (int h = 0; h < 24; h++) {
                hours[h] += day[h];
                total += day[h];
            }
        }
        List<Analysis.HourCount> byHour = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            byHour.add(new Analysis.HourCount(h, hours[h], CustomerAnalysis.percent(hours[h], total)));
        }
        List<Analysis.WeekdaySessions> byWeekday = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            long[] row = sessions[d.getValue() - 1];
            long n = 0;
            List<Long> perHour = new ArrayList<>();
            for (long c : row) {
                n += c;
                perHour.add(c);
            }
            byWeekday.add(new Analysis.WeekdaySessions(d.name().toLowerCase(Locale.ROOT), n,
                    CustomerAnalysis.percent(n, total), perHour));
        }
        List<Analysis.OpenRate> personas = new ArrayList<>();
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            personas.add(openRate(p.getKey(), p.getValue().name(), byPersona.getOrDefault(p.getKey(), new long[3])));
        }
        byPersona.keySet().stream().filter(k -> !config.personas().containsKey(k)).sorted()
                .forEach(k -> personas.add(openRate(k, k, byPersona.get(k))));
        List<Analysis.OpenRate> channels = new ArrayList<>();
        byChannel.forEach((channel, n) -> channels.add(openRate(channel, Analysis.words(channel), n)));
        return new Analysis.Timeline(customers, total, retention, byHour, byWeekday, personas, channels);
    }

    private static Analysis.OpenRate openRate(String id, String name, long[] n) {
        return new Analysis.OpenRate(id, name, n[0], n[1], n[2], CustomerAnalysis.percent(n[1], n[0]));
    }
}
