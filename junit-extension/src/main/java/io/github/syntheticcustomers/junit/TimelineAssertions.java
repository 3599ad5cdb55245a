package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.core.timeline.EventKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent checks of the rhythm of customers' timelines (docs/timeline-model.md), computed from their events: retention
 * since sign-up, sessions by local hour and weekday, notification open rates. Each asserts that a share lies within a
 * range (fractions from 0 to 1, both ends included), because a rate drawn from a model is a range, not a value.
 *
 * <pre>{@code
 * TimelineAssertions.assertThat(dataset)
 *         .hasWeeklyActiveShare(4, 0.20, 0.60)                       // retention in week 4 since sign-up
 *         .hasSessionShareInLocalHours(18, 23, 0.25, 0.50)           // evening sessions, local time
 *         .hasSessionShareOn(0.15, 0.35, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
 *         .hasNotificationOpenRate("push", 0.05, 0.30);
 * }</pre>
 *
 * <p>A failure is an opentest4j {@link AssertionFailedError} whose message gives the measured share with its counts,
 * the expected range and, for a dataset, its seed and count; its expected and actual values are the range and the
 * share, so IDEs show them side by side. Under {@link SyntheticCustomers} a failing test also reports the seed that
 * reproduces it, so an injected {@code List<CustomerTimeline>} (narrowed with {@link Persona} or {@link RiskLevel}
 * for per-persona rates) needs no dataset to be reproducible. A share of nothing (no customer eligible, no session,
 * no notification) fails too: it cannot be in any range.
 *
 * <p>Events are recognised by their type: for a dataset, the type its configuration's {@code timeline.event_types}
 * gives each kind; for a list of timelines, each kind's default type ({@link EventKind#id()}) unless
 * {@link #withEventType} names another.
 */
public final class TimelineAssertions {

    private final List<CustomerTimeline> timelines;
    private final String origin;
    private final Map<EventKind, String> types;

    private TimelineAssertions(List<CustomerTimeline> timelines, String origin, Map<EventKind, String> types) {
        this.timelines = timelines;
        this.origin = origin;
        this.types = types;
    }

    /** Checks every timeline of a dataset; messages name its seed. */
    public static TimelineAssertions assertThat(SyntheticDataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new TimelineAssertions(dataset.timelines(), dataset.timelines().size() + " timelines of seed "
                + dataset.seed() + " (count " + dataset.count() + ")",
                types(dataset.config().timeline().eventTypes()));
    }

    /** Checks any timelines (injected, filtered, built by hand). */
    public static TimelineAssertions assertThat(List<CustomerTimeline> timelines) {
        List<CustomerTimeline> copy = List.copyOf(Objects.requireNonNull(timelines, "timelines"));
        return new TimelineAssertions(copy, copy.size() + (copy.size() == 1 ? " timeline" : " timelines"),
                types(Map.of()));
    }

    /**
     * The written type of each kind under a configuration's {@code timeline.event_types} ({@link EventKind#type}); a
     * kind left out of the events (mapped to null) is recognised by no event.
     */
    private static Map<EventKind, String> types(Map<String, String> eventTypes) {
        Map<EventKind, String> types = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            String type = kind.type(eventTypes);
            types.put(kind, type == null ? "" : type);
        }
        return types;
    }

    /** These assertions recognising {@code kind}'s events by {@code type} (a configured vocabulary). */
    public TimelineAssertions withEventType(EventKind kind, String type) {
        Objects.requireNonNull(kind, "kind");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("the type of " + kind.id() + " must be a non-blank event type but was: "
                    + (type == null ? "null" : "'" + type + "'"));
        }
        Map<EventKind, String> changed = new EnumMap<>(types);
        changed.put(kind, type);
        return new TimelineAssertions(timelines, origin, changed);
    }

    /**
     * Retention: of the customers whose week {@code week} since sign-up ended by the as-of instant, the share with a
     * session in that week. Sign-up is the {@code account_created} event; week k is the 7 days from sign-up + 7k days
     * (week 0 holds the first session). Customers without an account, or whose week k is not over, do not count.
     *
     * @throws AssertionFailedError if the share is outside [min, max] or no customer's week k is over
     */
    public TimelineAssertions hasWeeklyActiveShare(int week, double min, double max) {
        if (week < 0) {
            throw new IllegalArgumentException("week must be 0 (the week of sign-up) or more but was: " + week);
        }
        checkRange(min, max);
        long eligible = 0;
        long active = 0;
        for (CustomerTimeline timeline : timelines) {
            Instant signUp = first(timeline, EventKind.ACCOUNT_CREATED);
            if (signUp == null) {
                continue;
            }
            Instant from = signUp.plus(Duration.ofDays(7L * week));
            Instant to = from.plus(Duration.ofDays(7));
            if (to.isAfter(timeline.asOf())) {
                continue;
            }
            eligible++;
            for (EngagementEvent e : timeline.events()) {
                if (is(e, EventKind.SESSION_STARTED) && !e.timestamp().isBefore(from) && e.timestamp().isBefore(to)) {
                    active++;
                    break;
                }
            }
        }
        String what = "weekly active share in week " + week + " since sign-up";
        String population = "customers signed up at least " + (week + 1) + (week == 0 ? " week" : " weeks")
                + " before the as-of instant" + asOf();
        return within(what, active, eligible, population, min, max);
    }

    /**
     * The share of sessions ({@code session_started}) that start in the local hours {@code [fromHour, toHour)} of the
     * customer's time zone; {@code fromHour > toHour} wraps past midnight ({@code 22, 6} is 22:00–05:59).
     *
     * @throws AssertionFailedError if the share is outside [min, max] or there is no session
     */
    public TimelineAssertions hasSessionShareInLocalHours(int fromHour, int toHour, double min, double max) {
        if (fromHour < 0 || fromHour > 23 || toHour < 0 || toHour > 24 || fromHour == toHour) {
            throw new IllegalArgumentException("the hours must be 0 <= fromHour <= 23 and 0 <= toHour <= 24, different"
                    + " (fromHour > toHour wraps past midnight), but were: " + fromHour + ", " + toHour);
        }
        checkRange(min, max);
        long[] counts = sessions(local -> {
            int hour = local.getHour();
            return fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
        });
        String band = String.format(Locale.ROOT, "%02d:00-%02d:00", fromHour, toHour);
        return within("share of sessions starting at local " + band, counts[0], counts[1], "sessions", min, max);
    }

    /**
     * The share of sessions ({@code session_started}) that start on {@code days}, local date in the customer's time
     * zone.
     *
     * @throws AssertionFailedError if the share is outside [min, max] or there is no session
     */
    public TimelineAssertions hasSessionShareOn(double min, double max, DayOfWeek... days) {
        if (days == null || days.length == 0) {
            throw new IllegalArgumentException("name at least one day of the week");
        }
        checkRange(min, max);
        Set<DayOfWeek> set = EnumSet.copyOf(Arrays.asList(days));
        long[] counts = sessions(local -> set.contains(local.getDayOfWeek()));
        String names = set.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return within("share of sessions on " + names, counts[0], counts[1], "sessions", min, max);
    }

    /**
     * The notification open rate: {@code notification_opened} events per {@code notification_sent} event.
     *
     * @throws AssertionFailedError if the rate is outside [min, max] or no notification was sent
     */
    public TimelineAssertions hasNotificationOpenRate(double min, double max) {
        return openRate(null, min, max);
    }

    /**
     * The open rate of the notifications sent on {@code channel} (their {@code channel} property).
     *
     * @throws AssertionFailedError if the rate is outside [min, max] or none was sent on that channel
     */
    public TimelineAssertions hasNotificationOpenRate(String channel, double min, double max) {
        return openRate(Objects.requireNonNull(channel, "channel"), min, max);
    }

    private TimelineAssertions openRate(String channel, double min, double max) {
        checkRange(min, max);
        long sent = 0;
        long opened = 0;
        for (CustomerTimeline timeline : timelines) {
            for (EngagementEvent e : timeline.events()) {
                if (channel != null && !channel.equals(e.property("channel"))) {
                    continue;
                }
                if (is(e, EventKind.NOTIFICATION_SENT)) {
                    sent++;
                } else if (is(e, EventKind.NOTIFICATION_OPENED)) {
                    opened++;
                }
            }
        }
        String what = "notification open rate" + (channel == null ? "" : " on channel " + channel);
        return within(what, opened, sent, "notifications sent", min, max);
    }

    /** {matching, all} session starts, by local start time. */
    private long[] sessions(java.util.function.Predicate<ZonedDateTime> matches) {
        long matching = 0;
        long all = 0;
        for (CustomerTimeline timeline : timelines) {
            for (EngagementEvent e : timeline.events()) {
                if (is(e, EventKind.SESSION_STARTED)) {
                    all++;
                    if (matches.test(e.timestamp().atZone(timeline.zone()))) {
                        matching++;
                    }
                }
            }
        }
        return new long[] {matching, all};
    }

    private boolean is(EngagementEvent event, EventKind kind) {
        return types.get(kind).equals(event.type());
    }

    private Instant first(CustomerTimeline timeline, EventKind kind) {
        for (EngagementEvent e : timeline.events()) {
            if (is(e, kind)) {
                return e.timestamp();
            }
        }
        return null;
    }

    /** E.g. {@code  2026-01-01T00:00:00Z}, or nothing when the timelines disagree or there are none. */
    private String asOf() {
        List<Instant> instants = timelines.stream().map(CustomerTimeline::asOf).distinct().toList();
        return instants.size() == 1 ? " " + instants.get(0) : "";
    }

    private TimelineAssertions within(String what, long part, long whole, String population, double min, double max) {
        String expected = "between " + percent(min) + " and " + percent(max);
        if (whole == 0) {
            throw new AssertionFailedError(what + " of " + origin + ": no " + population + ", expected " + expected,
                    expected, "no " + population);
        }
        double share = (double) part / whole;
        if (share < min || share > max) {
            String actual = percent(share);
            throw new AssertionFailedError(what + " of " + origin + " is " + actual + " (" + part + " of " + whole + " "
                    + population + "), expected " + expected, expected, actual);
        }
        return this;
    }

    private static void checkRange(double min, double max) {
        if (!(min >= 0 && min <= max && max <= 1)) {
            throw new IllegalArgumentException("the range must be 0 <= min <= max <= 1 (shares, not percentages) but"
                    + " was: " + min + ", " + max);
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
