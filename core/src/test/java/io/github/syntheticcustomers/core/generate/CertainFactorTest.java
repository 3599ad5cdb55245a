package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prevalence of 1.0 means every customer and 0.0 none (RiskConfig#probabilities, RiskModel's repair), and a
 * configuration whose certain points leave a risk level no room is refused at load time with the cause.
 */
class CertainFactorTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = 42)
    void prevalenceOneMakesEveryCustomerASmokerAndZeroNone(long seed) throws IOException {
        assertPrevalenceOneMakesEveryCustomerASmokerAndZeroNone(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1234})
    void prevalenceOneMakesEveryCustomerASmokerAndZeroNoneForOtherSeeds(long seed) throws IOException {
        assertPrevalenceOneMakesEveryCustomerASmokerAndZeroNone(seed);
    }

    private void assertPrevalenceOneMakesEveryCustomerASmokerAndZeroNone(long seed) throws IOException {
        String yaml = TestResources.text("custom-smokers.yaml");
        GeneratorConfig config = ConfigLoader.load("custom-smokers.yaml", yaml.replace("prevalence: 0.07",
                "prevalence: 0.0"));
        LoadedDataset dataset = LoadedDataset.generate(new DatasetGenerator(config, seed, 600));
        for (CustomerProfile c : dataset.customers()) {
            assertEquals("current", c.healthProfile().lifestyle().smoking(), c.id());
            // heavy drinking at prevalence 0: never, not even to reach a level
            assertEquals(false, "heavy".equals(c.healthProfile().lifestyle().alcohol()), c.id());
        }
        for (CheckResult r : QualityChecks.run(dataset, config).checks()) {
            assertEquals(false, r.status() == CheckStatus.FAIL, r.toString());
        }
    }

    @Test
    void floorsThatCertainAndAgePointsExceedAreRefusedWithTheCause() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", """
                risk:
                  level_floors: { low: 0, moderate: 10 }
                  factors:
                    replace:
                      - { id: current_smoker, kind: lifestyle, label: current smoker, points: 10, prevalence: 1.0,
                          lifestyle: { field: smoking, value: current } }
                      - { id: heavy_drinking, kind: lifestyle, label: heavy drinking, points: 6, prevalence: 0.07,
                          lifestyle: { field: alcohol, value: heavy } }
                """));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals("risk.level_floors.moderate", e.property());
        assertEquals("leaves no room for risk level 'low': every customer scores at least 10 (health_aware_avoider "
                + "(age 25: 0 age points), prevalence 1.0: current_smoker 10)", e.problem());
    }

}
