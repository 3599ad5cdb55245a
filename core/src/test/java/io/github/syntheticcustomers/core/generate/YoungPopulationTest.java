package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A young population with the product's own risk levels and age decades ({@code custom-young.yaml}): shares that
 * sum to 100 replace the default ones whole (no default {@code moderate} level, no default decade), the defaults keyed
 * by a dropped level go with it, and 18- and 19-year-olds have no diagnosis of adult life dated before their 18th
 * birthday's year.
 */
class YoungPopulationTest {

    private static final GeneratorConfig YOUNG = load("custom-young.yaml");

    @Test
    void ownLevelsAndDecadesReplaceTheDefaultsWhole() {
        assertEquals(List.of("low", "elevated"), List.copyOf(YOUNG.riskLevels().keySet()));
        assertEquals(Set.of("low", "elevated"), YOUNG.risk().levelFloors().keySet());
        assertEquals(Set.of("low"), YOUNG.journey().completion().riskLevels().keySet());
        assertEquals(Map.of("10", 30.0, "20", 70.0), YOUNG.ageDecades());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = 42)
    void youngAdultsAreAllocatedExactlyAndPassEveryCheck(long seed) {
        assertYoungAdultsAreAllocatedExactlyAndPassEveryCheck(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1234})
    void youngAdultsAreAllocatedExactlyAndPassEveryCheckForOtherSeeds(long seed) {
        assertYoungAdultsAreAllocatedExactlyAndPassEveryCheck(seed);
    }

    private void assertYoungAdultsAreAllocatedExactlyAndPassEveryCheck(long seed) {
        DatasetGenerator generator = new DatasetGenerator(YOUNG, seed, 1000);
        LoadedDataset dataset = LoadedDataset.generate(generator);
        Map<String, Integer> levels = new TreeMap<>();
        int teens = 0;
        for (CustomerProfile c : dataset.customers()) {
            levels.merge(c.riskLevel(), 1, Integer::sum);
            int age = c.demographics().age();
            assertTrue(age >= 18 && age <= 29, c.id() + " aged " + age);
            teens += age < 20 ? 1 : 0;
            int adult = c.demographics().dateOfBirth().getYear() + 18;
            for (Condition d : c.healthProfile().conditions()) {
                // a condition of adult life (asthma, depression and anxiety may begin in childhood) from the year of
                // the 18th birthday, never later than the last year before the reference date
                assertTrue(d.diagnosedYear() < YOUNG.referenceDate().getYear(), c.id() + " " + d);
                if (!Set.of("Asthma", "Depression", "Anxiety disorder").contains(d.name())) {
                    assertFalse(d.diagnosedYear() < adult, c.id() + " " + d);
                }
            }
        }
        assertEquals(Map.of("elevated", 400, "low", 600), levels);
        assertEquals(300, teens);
        for (CheckResult r : QualityChecks.run(dataset, YOUNG).checks()) {
            assertTrue(r.status() != CheckStatus.FAIL, r.toString());
        }
    }

    private static GeneratorConfig load(String resource) {
        return TestResources.config(resource);
    }
}
