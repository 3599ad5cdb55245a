package io.github.syntheticcustomers.core.timeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the timeline model can place on a customer's timeline: the mechanisms. The type each kind is written as is
 * configuration ({@code timeline.event_types}, by default the kind's {@link #id()}); a kind mapped to nothing is not
 * written, though it still happens (a session without its {@code session_started} event still counts as a session).
 * The properties each kind records are listed per constant, in the order they are written.
 */
public enum EventKind {
    /** A dated fact of the customer's life; {@code life_event} (its type), {@code impact}. */
    LIFE_EVENT,
    /**
     * A screening appointment made; {@code visit} (1-based number of the visit), {@code date} (its local date),
     * {@code programmes} (the ids of the screening programmes it screens, space-separated).
     */
    SCREENING_BOOKED,
    /** A booked screening visit kept; {@code visit}, {@code programmes}. */
    SCREENING_ATTENDED,
    /** A booked screening visit not kept; {@code visit}, {@code programmes}. */
    SCREENING_MISSED,
    /**
     * One measurement panel, taken at a kept visit; {@code visit}, then one property per code measured (height, weight,
     * BMI and the values the visit's programmes record) with its value.
     */
    MEASUREMENT_RECORDED,
    /** A condition diagnosed; {@code condition} (its label), {@code managed}. */
    CONDITION_DIAGNOSED,
    /** The platform account opened, in the first session; {@code channel} (preferred channel). */
    ACCOUNT_CREATED,
    /** The platform's onboarding finished, in the first session. */
    ONBOARDING_COMPLETED,
    /** A session began. */
    SESSION_STARTED,
    /** A session ended; {@code duration_seconds}. */
    SESSION_ENDED,
    /** A piece of content opened in a session; {@code content} (a platform feature id). */
    CONTENT_VIEWED,
    /** A platform feature used in a session; {@code feature}. */
    FEATURE_USED,
    /** A notification sent; {@code notification} (1-based number), {@code channel}. */
    NOTIFICATION_SENT,
    /** A notification opened (a session follows it); {@code notification}, {@code channel}. */
    NOTIFICATION_OPENED,
    /** A notification dismissed; {@code notification}, {@code channel}. */
    NOTIFICATION_DISMISSED,
    /** A journey step opened; {@code scenario_id}, {@code step}, {@code phase}, {@code position} (1-based in the journey). */
    STEP_STARTED,
    /** A journey step finished; as {@link #STEP_STARTED} plus {@code seconds} (time on step). */
    STEP_COMPLETED,
    /** A journey step passed over; as {@link #STEP_COMPLETED}. */
    STEP_SKIPPED,
    /** A journey step left partly done; as {@link #STEP_COMPLETED}. */
    STEP_PAUSED,
    /** A journey step where the customer gave up the journey; as {@link #STEP_COMPLETED}. */
    STEP_ABANDONED;

    /** The default type id, e.g. {@code session_started}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type this kind is written as under {@code eventTypes} (configuration {@code timeline.event_types}): the type
     * it names, this kind's {@link #id()} when it names none, null when it maps the kind to null (not written).
     */
    public String type(Map<String, String> eventTypes) {
        return eventTypes != null && eventTypes.containsKey(id()) ? eventTypes.get(id()) : id();
    }

    /**
     * The kind of each written type under {@code eventTypes} (configuration {@code timeline.event_types}: kind id →
     * type; a kind it does not name keeps its id, a kind it maps to null is not written). Readers of an events file
     * use it, so a renamed type is still understood.
     */
    public static Map<String, EventKind> byType(Map<String, String> eventTypes) {
        Map<String, EventKind> out = new HashMap<>();
        for (EventKind k : values()) {
            String type = k.type(eventTypes);
            if (type != null) {
                out.put(type, k);
            }
        }
        return Map.copyOf(out);
    }
}
