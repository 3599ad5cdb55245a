package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One platform session of a customer's timeline.
 *
 * @param number 1-based, in time order
 * @param start when it began
 * @param end when it ended (after {@code start}, before the as-of instant)
 * @param activities what the customer looked at and used in it, in time order
 */
public record Session(int number, Instant start, Instant end, List<Activity> activities) {

    public Session {
        activities = List.copyOf(activities);
    }

    /** Its length in whole seconds. */
    public long seconds() {
        return end.getEpochSecond() - start.getEpochSecond();
    }

    /**
     * One content view or feature use within a session.
     *
     * @param at when
     * @param kind {@link EventKind#CONTENT_VIEWED} or {@link EventKind#FEATURE_USED}
     * @param value the content or the feature (a platform feature id)
     */
    public record Activity(Instant at, EventKind kind, String value) {
    }
}
