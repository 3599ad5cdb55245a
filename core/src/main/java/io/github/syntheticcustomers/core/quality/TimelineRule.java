package io.github.syntheticcustomers.core.quality;

/**
 * The rules of the {@code timeline} check: one per snapshot field of docs/timeline-model.md ("Snapshot rules"), each
 * recomputed from a customer's events, plus the rules every timeline keeps (nothing at or after the as-of instant,
 * events in order and numbered, sessions closed). Failures are counted per rule, in this order.
 */
enum TimelineRule {
    BEFORE_AS_OF("before_as_of", "no event, journey step, measurement, life event, screening or platform date at or"
            + " after the as-of instant (reference_date 00:00 UTC)"),
    EVENT_ORDER("event_order", "the customer's events in time order, numbered evt-<customer>-000001 on, each"
            + " carrying the customer's id and time zone"),
    SESSIONS_CLOSED("sessions_closed", "every session_started has its session_ended later in the same session"),
    ACCOUNT_CREATED("account_created", "engagement.account_created is the local date of the account_created event"),
    LAST_ACTIVE("last_active", "engagement.last_active is the local date of the last session_started"),
    SESSIONS_LAST_90_DAYS("sessions_last_90_days", "engagement.sessions_last_90_days counts the session_started"
            + " events in the 90 days before the as-of instant"),
    AVG_SESSION_MINUTES("avg_session_minutes", "engagement.avg_session_minutes is the mean duration of those"
            + " sessions, one decimal (0.0 without one)"),
    CONTENT_INTERACTIONS("content_interactions", "engagement.content_interactions counts the content_viewed events"
            + " of those sessions"),
    FEATURES_USED("features_used", "engagement.features_used lists every feature_used feature, in platform_features"
            + " order"),
    ONBOARDING_COMPLETED("onboarding_completed", "engagement.onboarding_completed says whether there is an"
            + " onboarding_completed event"),
    HAS_HISTORY("has_history", "screening_history.has_history says whether there is a screening_attended event"),
    LAST_SCREENING("last_screening", "screening_history.last_screening is the local date of the last"
            + " screening_attended (null without one)"),
    COMPLETION_RATE("completion_rate", "screening_history.completion_rate is the programmes' completed / due visits,"
            + " two decimals (0.0 without a due visit)"),
    SCREENING_FREQUENCY("screening_frequency", "screening_history.frequency is never without a screening_attended;"
            + " else the first cadence whose max_interval_years holds the shortest interval_years of the programmes"
            + " with a kept visit"),
    PROGRAMMES("programmes", "screening_history.programmes lists every configured programme; each one's completed,"
            + " due (booked, plus one when overdue or never), last_screening, next_due (last_screening +"
            + " interval_years) and status (up_to_date, overdue, never, not_eligible) follow from the screening events"
            + " that name it"),
    SCREENING_ELIGIBILITY("screening_eligibility", "a kept visit screens a programme only for a customer of its sex,"
            + " at an age one of its schedules covers"),
    MEASUREMENTS("measurements", "one measurement panel per attended visit, equal to its measurement_recorded"
            + " event, dated the visit's local date, with height, weight and BMI and exactly the values its"
            + " programmes record"),
    CONDITIONS("conditions", "every condition has its condition_diagnosed event, diagnosed_year its local year"),
    LIFE_EVENTS("life_events", "life_events are the life_event events (local date, type)"),
    JOURNEY("journey", "the scenario's journey is the step events: same steps, order, phases and statuses, each"
            + " step's timestamp its step_started time"),
    JOURNEY_STATUS("journey_status", "journey_status is abandoned at an abandoned step, in_progress before the"
            + " framework's last step, else finished"),
    TIME_ON_STEP("time_on_step", "each engagement step's time_on_step_seconds is the seconds of its step's closing"
            + " event"),
    PROGRESS("progress", "each engagement step's progress is the framework's steps completed so far (those before"
            + " the journey's first step included) / its steps");

    private final String id;
    private final String description;

    TimelineRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stable id, used as the measurement's subject. */
    String id() {
        return id;
    }

    /** What the rule verifies. */
    String description() {
        return description;
    }
}
