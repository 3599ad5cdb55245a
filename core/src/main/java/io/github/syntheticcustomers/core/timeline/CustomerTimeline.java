package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.model.EngagementEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything that happened to one customer, in time order, up to the dataset's "as of" instant (the start of the
 * reference date, UTC): life events, screening visits with their measurement panels, diagnoses, the account, platform
 * sessions, notifications and the journey's steps. Every snapshot field of the customer's profile and scenario is
 * computed from it (docs/timeline-model.md).
 *
 * @param customerId the customer ({@code cus-000001})
 * @param zone the customer's time zone
 * @param asOf the instant the dataset describes; every event lies before it
 * @param events the events, in time order (ties in the order the model writes them)
 */
public record CustomerTimeline(String customerId, ZoneId zone, Instant asOf, List<EngagementEvent> events) {

    public CustomerTimeline {
        events = List.copyOf(events);
    }
}
