package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CohortConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cohorts conditioned on measured values and on the product's own attributes (issue 31 item 1, docs/cohorts.md,
 * "Measurements and attributes") over {@code custom-cohorts-m.yaml}: exact sizes, and every member's latest value and
 * attributes within its condition, read back from the record; seeds 42, 7 and 1234 at two sizes.
 */
class CohortMeasurementsTest {

    static final GeneratorConfig CONFIG = TestResources.config("custom-cohorts-m.yaml");

    @ParameterizedTest
    @CsvSource({"42, 600", "7, 600", "1234, 600", "42, 2000", "7, 2000", "1234, 2000"})
    void everyMemberMeetsItsRangesAndTheSizesAreExact(long seed, int count) {
        List<CustomerProfile> cs = SyntheticDataset.of(CONFIG, seed, count).customers();
        Map<String, Long> expected = new TreeMap<>();
        CONFIG.cohorts().forEach(c -> expected.put(c.id(), c.count()));
        Map<String, Long> actual = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (CustomerProfile c : cs) {
            for (String id : c.cohorts()) {
                actual.merge(id, 1L, Long::sum);
                CohortConfig cohort = CONFIG.cohorts().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow();
                List<String> unmet = CohortConditions.unmet(cohort.where(), c, CONFIG);
                if (!unmet.isEmpty()) {
                    failures.add(c.id() + " in " + id + ": " + unmet);
                }
            }
        }
        assertEquals(expected, actual);
        assertEquals(List.of(), failures);
    }
}
