package io.github.syntheticcustomers.core.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of a customer's timeline, as the {@code events} part writes it (docs/timeline-model.md). Every event of
 * a dataset lies before its "as of" instant, the start of the reference date (UTC).
 *
 * @param eventId {@code evt-000001-000001}: the customer's number and the 1-based position of the event in the
 *     customer's timeline (at least six digits each)
 * @param customerId the customer ({@code cus-000001})
 * @param sessionId the platform session the event belongs to ({@code ses-000001-0001}), or null for an event outside
 *     a session (a life event, a screening visit, a notification sent)
 * @param timestamp when it happened (UTC, written as {@code 2025-11-03T18:12:09Z})
 * @param timeZone the customer's time zone (IANA id, e.g. {@code America/Chicago}); local times are in it
 * @param type the event type, one of the configured vocabulary ({@code timeline.event_types})
 * @param properties what the type records, in a fixed order per type: strings, whole numbers, decimals or booleans
 */
public record EngagementEvent(
        String eventId,
        String customerId,
        @Nullable String sessionId,
        Instant timestamp,
        String timeZone,
        String type,
        Map<String, Object> properties) {

    public EngagementEvent {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * The event's own time zone, else {@code fallback} (no zone, or one that is not an IANA id: read from a file, an
     * event may carry anything; the checks report it).
     */
    public ZoneId zone(ZoneId fallback) {
        if (timeZone == null || timeZone.equals(fallback.getId())) {
            return fallback;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** The property {@code key} as text, or null when absent. */
    public String property(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }
}
