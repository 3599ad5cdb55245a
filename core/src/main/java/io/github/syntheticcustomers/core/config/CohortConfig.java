package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;

/**
 * A named group of customers a test needs, generated to its condition ({@code cohorts[]}, docs/cohorts.md). Its
 * members are placed exactly like personas, inside the persona × decade × risk-level cells that can hold them, and
 * each is drawn conditioned on the condition, so every member meets it by construction and no record is drawn twice.
 *
 * @param id the cohort's id, listed under {@code cohorts} in each member's record
 * @param name what a person reads in the report and in test failures (the id when not set)
 * @param count the exact number of members (exclusive with {@code share})
 * @param share the members as a percent of the dataset, 0–100, rounded by largest remainder with the other cohorts'
 *     (exclusive with {@code count})
 * @param where the condition every member meets
 */
public record CohortConfig(String id, String name, Long count, Double share, Where where) {

    /** The display name: {@link #name}, or the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /**
     * What every member of a cohort is. Each part left out does not restrict; the parts hold together.
     *
     * @param personas the persona ids a member may have
     * @param age the member's age on the reference date, inclusive at both ends
     * @param gender the genders a member may have ({@link DemographicsConfig#GENDERS})
     * @param riskLevels the risk levels a member may have
     * @param factors risk factors every member has (risk.factors ids)
     * @param withoutFactors risk factors no member has
     * @param diagnosed conditions every member has and knows of: a diagnosis on the record
     * @param undiagnosed conditions every member has without knowing: no diagnosis, the condition shows only in the
     *     measurements
     * @param measurements ranges of the latest measured values, by measurement code (docs/cohorts.md, "Measurements
     *     and attributes"): every member has the value measured, its latest measurement within the range
     * @param attributes conditions on the product's own attributes, by attribute id
     * @param scenarioTypes scenario types ({@code scenarios.types}) one of which the member's scenario has
     * @param lifeEvents life events the member has had, each of its type within its days before the reference date
     * @param engagement the engagement states ({@link EngagementState}) the member may be in
     */
    public record Where(List<String> personas, Ages age, List<String> gender, List<String> riskLevels,
            List<String> factors, List<String> withoutFactors, List<String> diagnosed, List<String> undiagnosed,
            java.util.Map<String, ValueRange> measurements, java.util.Map<String, AttributeTest> attributes,
            List<String> scenarioTypes, List<LifeEventWithin> lifeEvents, List<String> engagement) {

        public Where {
            personas = orEmpty(personas);
            gender = orEmpty(gender);
            riskLevels = orEmpty(riskLevels);
            factors = orEmpty(factors);
            withoutFactors = orEmpty(withoutFactors);
            diagnosed = orEmpty(diagnosed);
            undiagnosed = orEmpty(undiagnosed);
            measurements = measurements == null ? java.util.Map.of() : Immutable.map(measurements);
            attributes = attributes == null ? java.util.Map.of() : Immutable.map(attributes);
            scenarioTypes = orEmpty(scenarioTypes);
            lifeEvents = lifeEvents == null ? List.of() : Immutable.list(lifeEvents);
            engagement = orEmpty(engagement);
        }

        /** The condition without measurements, attributes and journey conditions (the parts the skeleton names). */
        public Where(List<String> personas, Ages age, List<String> gender, List<String> riskLevels,
                List<String> factors, List<String> withoutFactors, List<String> diagnosed, List<String> undiagnosed) {
            this(personas, age, gender, riskLevels, factors, withoutFactors, diagnosed, undiagnosed, null, null, null,
                    null, null);
        }

        /** This condition without its scenario types (for a reader that has no scenarios to read them from). */
        public Where withoutScenarioTypes() {
            return new Where(personas, age, gender, riskLevels, factors, withoutFactors, diagnosed, undiagnosed,
                    measurements, attributes, null, lifeEvents, engagement);
        }

        /** Whether the condition names a scenario type, a life event or an engagement state. */
        public boolean journeyConditioned() {
            return !scenarioTypes.isEmpty() || !lifeEvents.isEmpty() || !engagement.isEmpty();
        }

        private static List<String> orEmpty(List<String> list) {
            return list == null ? List.of() : Immutable.list(list);
        }

        /** No condition at all. */
        public static Where any() {
            return new Where(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** The factors every member has: {@link #factors}, {@link #diagnosed} and {@link #undiagnosed}, once each. */
        public List<String> presentFactors() {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(factors);
            all.addAll(diagnosed);
            all.addAll(undiagnosed);
            return List.copyOf(all);
        }
    }

    /**
     * A range of a measured value, inclusive at both ends, at the value's rounding ({@code where.measurements}).
     *
     * @param atLeast the lowest value (no lower limit when null)
     * @param atMost the highest value (no upper limit when null)
     */
    public record ValueRange(Double atLeast, Double atMost) {

        /** Whether {@code x} lies in the range. */
        public boolean contains(double x) {
            return (atLeast == null || x >= atLeast) && (atMost == null || x <= atMost);
        }

        @Override
        public String toString() {
            return (atLeast == null ? "" : fmt(atLeast)) + "–" + (atMost == null ? "" : fmt(atMost));
        }

        private static String fmt(double x) {
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
        }
    }

    /**
     * A condition on one of the product's own attributes ({@code where.attributes}): exactly one form. {@code in}:
     * one of the enumeration's values; {@code is}: the value itself (an enumeration's value, a boolean, a number or an
     * ISO date); {@code at_least} / {@code at_most}: a number's or a date's range, inclusive (either bound optional).
     *
     * @param in the values allowed
     * @param is the one value allowed
     * @param atLeast the lowest value (a number, or an ISO date as a string)
     * @param atMost the highest value
     */
    public record AttributeTest(List<Object> in, Object is, Object atLeast, Object atMost) {

        public AttributeTest {
            in = in == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(in));
        }
    }

    /**
     * An age range in whole years on the reference date.
     *
     * @param from the youngest age (no lower limit when null)
     * @param to the oldest age (no upper limit when null)
     */
    public record Ages(Integer from, Integer to) {

        /** Whether {@code age} lies in the range. */
        public boolean contains(int age) {
            return (from == null || age >= from) && (to == null || age <= to);
        }
    }

    /**
     * A life event a member has had ({@code where.life_events[]}): one of type {@code type} dated at most
     * {@code withinDays} days before the reference date (and before it).
     *
     * @param type a {@code life_events.types} id
     * @param withinDays 1 or more
     */
    public record LifeEventWithin(String type, Integer withinDays) {
    }

    /**
     * The condition of the cohort whose id the customer's record lists first among {@code ids}, or null when it lists
     * none of {@code cohorts} (a customer is generated for at most one cohort).
     */
    public static Where of(List<CohortConfig> cohorts, List<String> ids) {
        for (String id : ids) {
            for (CohortConfig c : cohorts) {
                if (c.id().equals(id)) {
                    return c.where() == null ? Where.any() : c.where();
                }
            }
        }
        return null;
    }
}
