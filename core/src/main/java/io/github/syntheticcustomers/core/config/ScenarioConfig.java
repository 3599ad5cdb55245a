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
 * @param screeningDueAfterDays by screening frequency ({@code annual}, ...): the days after the last screening from
 *     which the next one is due; a frequency it does not name is never due
 */
public record ScenarioConfig(
        Map<String, ScenarioType> types,
        Integer recentLifeEventDays,
        Integer lapsedAfterDays,
        Integer inactiveAfterDays,
        Integer newUserMaxSessions,
        Map<String, Integer> screeningDueAfterDays) {

    public ScenarioConfig {
        types = Immutable.map(types);
        screeningDueAfterDays = Immutable.map(screeningDueAfterDays);
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
     * A number about the customer (or the journey step) within bounds, both inclusive, either absent.
     *
     * @param of one of {@link Eligibility#QUANTITIES}, a trait name ({@code Traits.NAMES}) or a measurement code (the
     *     latest value); a quantity the record lacks (no measurement, no screening) never lies within bounds
     * @param atLeast the lowest, or null
     * @param atMost the highest, or null
     */
    public record NumberBound(String of, Double atLeast, Double atMost) {

        /** Whether {@code value} lies within the bounds. */
        public boolean contains(double value) {
            return (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
        }
    }

    /**
     * A categorical field of the customer's record with one of the listed values.
     *
     * @param of one of {@link Eligibility#FIELDS}
     * @param in the values that satisfy the rule
     */
    public record FieldValues(String of, List<String> in) {

        public FieldValues {
            in = Immutable.list(in);
        }
    }

    /**
     * One of the customer's own attributes ({@code attributes[]}, docs/attributes.md) tested by the form its type
     * takes: an enumeration's value among {@code in}; a boolean that {@code is} true or false; a number within
     * {@code atLeast} … {@code atMost} (inclusive); a date at most {@code withinDays} days before the reference date,
     * strictly {@code after} and/or strictly {@code before} an ISO date. The validator admits only the fields of the
     * attribute's type.
     *
     * @param of the attribute's id
     * @param in an enumeration's values that satisfy the rule
     * @param is a boolean's value that satisfies the rule
     * @param atLeast a number's lowest value, or null
     * @param atMost a number's highest value, or null
     * @param withinDays a date's greatest distance before the reference date, in days, or null
     * @param after a date strictly after this ISO date, or null
     * @param before a date strictly before this ISO date, or null
     */
    public record AttributeRule(String of, List<String> in, Boolean is, Double atLeast, Double atMost,
            Integer withinDays, String after, String before) {

        public AttributeRule {
            in = Immutable.list(in);
        }
    }

    /**
     * When a customer is eligible for a scenario type: exactly one of a named condition ({@code is}), a life
     * event of a declared type ({@code lifeEvent}, with its recency and count), a persona, all of a list, any of a list, or the negation of one.
     *
     * @param is one of {@link #CONDITIONS}
     * @param lifeEvent the customer has a life event of this type (e.g. {@code health_scare})
     * @param withinDays with {@code lifeEvent}: that event lies at most this many days before the reference date
     * @param count with {@code lifeEvent}: the number of the customer's events of that type (within {@code
     *     withinDays}, when set) lies within these bounds; without it, at least one
     * @param persona the customer's persona is one of these
     * @param barrier the social determinant of this name stands in the customer's way (one of {@link #BARRIERS})
     * @param has the profile lists this risk factor (a diagnosed condition, a family history, the lifestyle value),
     *     or any factor of this kind ({@link RiskConfig#KINDS}); an undiagnosed condition does not count, as the
     *     customer does not know of it
     * @param measured the latest measurement of a value that cuts this risk factor lies at or above its cut-off (and
     *     below the value's next one), unless a higher cut's factor is listed: a case the measurement shows,
     *     diagnosed or not
     * @param accountAgeDays the platform account's age on the reference date, in days, lies within these bounds
     * @param number a number about the customer lies within bounds ({@link NumberBound})
     * @param field a categorical field has one of the listed values ({@link FieldValues})
     * @param attribute one of the customer's own attributes passes a test that fits its type ({@link AttributeRule})
     * @param occupationGroup the customer's occupation is in this group of {@code narrative.occupation_groups}
     * @param earlierAction on a journey step: an earlier step of the journey recorded one of these actions (never true
     *     outside a journey)
     * @param all every one of these holds
     * @param any at least one of these holds
     * @param not this does not hold
     */
    public record Eligibility(String is, String lifeEvent, Integer withinDays, DaysBound count, List<String> persona,
            String barrier, String has,
            String measured, DaysBound accountAgeDays, NumberBound number, FieldValues field, String occupationGroup,
            List<String> earlierAction, List<Eligibility> all, List<Eligibility> any, Eligibility not,
            AttributeRule attribute) {

        /** The social-determinant fields {@code barrier} can name. */
        public static final List<String> BARRIERS = List.of("housing", "food_security", "transportation",
                "financial_strain", "social_support", "access_to_care", "insurance");

        /**
         * The closed set of conditions: a screening history; at most {@code new_user_max_sessions} sessions
         * in the last 90 days; no activity for more than {@code inactive_after_days}; a last screening more
         * than {@code lapsed_after_days} ago; a life event within {@code recent_life_event_days}; a risk level
         * above the lowest; the platform onboarding completed; the next screening due by the frequency and the last
         * screening ({@code screening_due_after_days}); a measurement in the untreated range of a condition the
         * customer is not diagnosed with (an undiagnosed finding); on a journey step, the step lies on the day the
         * account was opened (in the customer's time zone; never true outside a journey).
         */
        public static final List<String> CONDITIONS = List.of("has_screening_history", "new_to_platform",
                "inactive", "screening_lapsed", "recent_life_event", "risk_above_lowest", "onboarding_completed",
                "screening_due", "undiagnosed_finding", "account_opening_day");

        /**
         * The numbers {@link NumberBound#of()} can name besides traits and measurement codes: age, household size,
         * the screening completion rate (0–1), days since the last screening, sessions in the last 90 days, the
         * engagement score (0–1), the account's age in days, and on a journey step its 1-based position in the
         * journey.
         */
        public static final List<String> QUANTITIES = List.of("age", "household_size", "screening_completion_rate",
                "days_since_last_screening", "sessions_last_90_days", "engagement_score", "account_age_days",
                "journey_position");

        /** The categorical fields {@link FieldValues#of()} can name (the social determinants included). */
        public static final List<String> FIELDS = List.of("gender", "occupation", "education", "marital_status",
                "income_bracket", "screening_frequency", "preferred_channel", "housing", "food_security",
                "transportation", "financial_strain", "social_support", "access_to_care", "insurance");

        public Eligibility {
            earlierAction = Immutable.list(earlierAction);
            persona = Immutable.list(persona);
            all = Immutable.list(all);
            any = Immutable.list(any);
        }
    }
}
