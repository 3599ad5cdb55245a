package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.CohortConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset's cohort members as the cohort tests read them: each cohort's size, and every member that lists more than
 * one cohort or misses its cohort's condition as its record (and scenario, when given) reads.
 *
 * @param sizes the members per cohort id, sorted by id
 * @param failures one line per member that misses its condition, naming the customer, cohort and what is unmet
 */
record CohortMembers(Map<String, Long> sizes, List<String> failures) {

    /** The members of {@code customers} (with their {@code scenarios}, index for index, or null) under {@code config}. */
    static CohortMembers read(GeneratorConfig config, List<CustomerProfile> customers, List<TestScenario> scenarios) {
        Map<String, Long> sizes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            CustomerProfile c = customers.get(i);
            if (c.cohorts().size() > 1) {
                failures.add(c.id() + " lists " + c.cohorts() + ": a customer is generated for one cohort at most");
            }
            for (String id : c.cohorts()) {
                sizes.merge(id, 1L, Long::sum);
                CohortConfig cohort = config.cohorts().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> new AssertionError(c.id() + " lists an undeclared cohort " + id));
                if (scenarios != null && !scenarios.get(i).customerId().equals(c.id())) {
                    failures.add(c.id() + " has scenario " + i + " of " + scenarios.get(i).customerId());
                }
                List<String> unmet = CohortConditions.unmet(cohort.where(), c,
                        scenarios == null ? null : List.of(scenarios.get(i)), config);
                if (!unmet.isEmpty()) {
                    failures.add(c.id() + " in " + id + ": " + unmet);
                }
            }
        }
        return new CohortMembers(sizes, failures);
    }
}
