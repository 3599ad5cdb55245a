package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The {@code scenarios} section: which scenario type each customer's test scenario gets. Each type says
 * when a customer is eligible for it ({@link Eligibility}, from the customer's screening history,
 * engagement, life events and risk level); among the eligible types one is drawn with probability
 * proportional to {@code weight}. A weight of 0 disables a type.
 *
 * @param types the scenario types by id, in report order
 * @param recentLifeEventDays a life event this many days before the reference date or less is recent
 * @param lapsedAfterDays a last screening longer ago than this makes a customer's screening lapsed
 * @param inactiveAfterDays no platform activity for longer than this makes a customer inactive
 * @param newUserMaxSessions at most this many sessions in the last 90 days makes a customer new to the platform
 */
public record ScenarioConfig(
        Map<String, ScenarioType> types,
        Integer recentLifeEventDays,
        Integer lapsedAfterDays,
        Integer inactiveAfterDays,
        Integer newUserMaxSessions) {

    public ScenarioConfig {
        types = Immutable.map(types);
    }

    /**
     * @param weight relative weight among the eligible types, ≥ 0
     * @param completionBias added to every completion probability of journeys of this type
     * @param initial weights added to the persona's (normalised) first emotional state
     * @param eligible when a customer may get this type
     * @param start the step id journeys of this type start at (a returning user need not start at the first
     *     step); null: the framework's first step
     * @param fromSignUp whether journeys of this type start in the account's first session; otherwise (null or
     *     false) a journey is the latest stretch of the customer's timeline
     */
    public record ScenarioType(Double weight, Double completionBias, Map<String, Double> initial,
            Eligibility eligible, String start, Boolean fromSignUp) {

        public ScenarioType {
            initial = Immutable.map(initial);
        }
    }

    /**
     * A number of days between {@code atLeast} and {@code atMost}, both inclusive, either absent.
     *
     * @param atLeast the lowest, or null
     * @param atMost the highest, or null
     */
    public record DaysBound(Integer atLeast, Integer atMost) {

        /** Whether {@code days} lies within the bounds. */
        public boolean contains(long days) {
            return (atLeast == null || days >= atLeast) && (atMost == null || days <= atMost);
        }
    }

    /**
     * When a customer is eligible for a scenario type: exactly one of a named condition ({@code is}), a life
     * event of a type ({@code lifeEvent}), all of a list, any of a list, or the negation of one.
     *
     * @param is one of {@link #CONDITIONS}
     * @param lifeEvent the customer has a life event of this type (e.g. {@code health_scare})
     * @param withinDays with {@code lifeEvent}: that event lies at most this many days before the reference date
     * @param barrier the social determinant of this name stands in the customer's way (one of {@link #BARRIERS})
     * @param has the profile lists this risk factor (a diagnosed condition, a family history, the lifestyle value),
     *     or any factor of this kind ({@link RiskConfig#KINDS}); an undiagnosed condition does not count, as the
     *     customer does not know of it
     * @param measured the latest measurement of a value that cuts this risk factor lies at or above its cut-off (and
     *     below the value's next one), unless a higher cut's factor is listed: a case the measurement shows,
     *     diagnosed or not
     * @param accountAgeDays the platform account's age on the reference date, in days, lies within these bounds
     * @param all every one of these holds
     * @param any at least one of these holds
     * @param not this does not hold
     */
    public record Eligibility(String is, String lifeEvent, Integer withinDays, String barrier, String has,
            String measured, DaysBound accountAgeDays, List<Eligibility> all, List<Eligibility> any, Eligibility not) {

        /** The social-determinant fields {@code barrier} can name. */
        public static final List<String> BARRIERS = List.of("housing", "food_security", "transportation",
                "financial_strain", "social_support", "access_to_care", "insurance");

        /**
         * The closed set of conditions: a screening history; at most {@code new_user_max_sessions} sessions
         * in the last 90 days; no activity for more than {@code inactive_after_days}; a last screening more
         * than {@code lapsed_after_days} ago; a life event within {@code recent_life_event_days}; a risk level
         * above the lowest; the platform onboarding completed.
         */
        public static final List<String> CONDITIONS = List.of("has_screening_history", "new_to_platform",
                "inactive", "screening_lapsed", "recent_life_event", "risk_above_lowest", "onboarding_completed");

        public Eligibility {
            all = Immutable.list(all);
            any = Immutable.list(any);
        }
    }
}
