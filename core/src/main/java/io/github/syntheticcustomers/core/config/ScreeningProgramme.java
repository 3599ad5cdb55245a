package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * One screening programme of {@code timeline.screening.programmes} (docs/timeline-model.md, "Screening programmes"):
 * who it applies to, how often, and which measurement codes a kept visit of it records. The ages, intervals and risk
 * factors are data (the USPSTF recommendation named in {@code source}); the generator only applies them.
 *
 * @param label a readable name
 * @param source the recommendation the rules transcribe (body, title, year)
 * @param sexes the sexes it applies to ({@code female}, {@code male}); null or empty: everyone
 * @param measures the measurement codes ({@code measurements.values}) a kept visit of it records
 * @param uptake the share of customers in care who follow it, before the traits' adherence
 * @param schedules when it applies and at which interval: the shortest interval of the schedules that apply
 */
public record ScreeningProgramme(String label, String source, List<String> sexes, List<String> measures,
        Double uptake, List<Schedule> schedules) {

    public ScreeningProgramme {
        sexes = Immutable.list(sexes);
        measures = Immutable.list(measures);
        schedules = Immutable.list(schedules);
    }

    /**
     * One age range of a programme, at an interval in whole years (or one of several tests, each at its own).
     *
     * @param ages the ages (whole years at the visit, inclusive) it applies at
     * @param factors risk factor ids ({@code risk.factors}) one of which the customer must have; null or empty: none
     * @param intervalYears the interval, when the schedule has no {@code tests}
     * @param tests alternative tests by id, each with its interval and the weight of its choice
     */
    public record Schedule(IntRange ages, List<String> factors, Integer intervalYears, Map<String, Test> tests) {

        public Schedule {
            factors = Immutable.list(factors);
            tests = Immutable.map(tests);
        }
    }

    /**
     * @param intervalYears the test's interval
     * @param weight the weight of the test among the schedule's tests
     */
    public record Test(Integer intervalYears, Double weight) {
    }
}
