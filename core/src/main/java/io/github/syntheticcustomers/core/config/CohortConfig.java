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
     * @param scenarioTypes scenario types ({@code scenarios.types}) one of which the member's scenario has
     * @param lifeEvents life events the member has had, each of its type within its days before the reference date
     * @param engagement the engagement states ({@link EngagementState}) the member may be in
     */
    public record Where(List<String> personas, Ages age, List<String> gender, List<String> riskLevels,
            List<String> factors, List<String> withoutFactors, List<String> diagnosed, List<String> undiagnosed,
            List<String> scenarioTypes, List<LifeEventWithin> lifeEvents, List<String> engagement) {

        public Where {
            personas = orEmpty(personas);
            gender = orEmpty(gender);
            riskLevels = orEmpty(riskLevels);
            factors = orEmpty(factors);
            withoutFactors = orEmpty(withoutFactors);
            diagnosed = orEmpty(diagnosed);
            undiagnosed = orEmpty(undiagnosed);
            scenarioTypes = orEmpty(scenarioTypes);
            lifeEvents = lifeEvents == null ? List.of() : Immutable.list(lifeEvents);
            engagement = orEmpty(engagement);
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
            return new Where(null, null, null, null, null, null, null, null, null, null, null);
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
