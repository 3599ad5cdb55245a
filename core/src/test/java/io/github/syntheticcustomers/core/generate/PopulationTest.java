package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.DemographicsConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A team's own population (docs/demographics.md): gender shares per dataset and per persona, allocated exactly; a
 * persona's own region weights, allocated exactly with phone numbers still unique; accounts only from
 * {@code timeline.account.min_age}. The female-only product of {@code custom-people.yaml} (young customers from 18,
 * one persona in three states) generates and passes every quality check.
 */
class PopulationTest {

    private static final GeneratorConfig PEOPLE = load("custom-people.yaml");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = 42)
    void aFemaleOnlyProductHasOnlyWomenInItsOwnStatesAndPassesEveryCheck(long seed) {
        assertAFemaleOnlyProductHasOnlyWomenInItsOwnStatesAndPassesEveryCheck(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1234})
    void aFemaleOnlyProductHasOnlyWomenInItsOwnStatesAndPassesEveryCheckForOtherSeeds(long seed) {
        assertAFemaleOnlyProductHasOnlyWomenInItsOwnStatesAndPassesEveryCheck(seed);
    }

    private void assertAFemaleOnlyProductHasOnlyWomenInItsOwnStatesAndPassesEveryCheck(long seed) {
        DatasetGenerator generator = new DatasetGenerator(PEOPLE, seed, 1000);
        LoadedDataset dataset = LoadedDataset.generate(generator);
        Map<String, Long> youngStates = new TreeMap<>();
        Set<String> phones = new HashSet<>();
        for (CustomerProfile c : dataset.customers()) {
            assertEquals("female", c.demographics().gender(), c.id());
            assertTrue(phones.add(c.demographics().phone()), c.id() + " shares " + c.demographics().phone());
            if (c.personaType().equals("young_mother")) {
                youngStates.merge(c.demographics().state(), 1L, Long::sum);
            }
            // accounts from the 18th birthday, also for the 18-year-olds the persona starts at
            LocalDate adult = c.demographics().dateOfBirth().plusYears(18);
            assertFalse(c.engagement().accountCreated().isBefore(adult), c.id());
        }
        // 600 young mothers over Texas 3 : Ohio 2 : Florida 1, exactly
        assertEquals(Map.of("Florida", 100L, "Ohio", 200L, "Texas", 300L), youngStates);
        assertTrue(dataset.customers().stream().anyMatch(c -> c.demographics().age() == 18), "an 18-year-old");
        for (CheckResult r : QualityChecks.run(dataset, PEOPLE).checks()) {
            assertEquals(CheckStatus.PASS, r.status(), r.toString());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = 42)
    void eachPersonaHasExactlyItsShareOfEachGender(long seed) {
        assertEachPersonaHasExactlyItsShareOfEachGender(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1234})
    void eachPersonaHasExactlyItsShareOfEachGenderForOtherSeeds(long seed) {
        assertEachPersonaHasExactlyItsShareOfEachGender(seed);
    }

    private void assertEachPersonaHasExactlyItsShareOfEachGender(long seed) {
        GeneratorConfig config = ConfigLoader.load("mine.yaml", """
                personas:
                  healthcare_professional: { demographics: { gender: { female: 80, male: 20 } } }
                """);
        DatasetGenerator generator = new DatasetGenerator(config, seed, 997);
        List<CustomerProfile> customers = LoadedDataset.generate(generator).customers();
        long[] personaCounts = generator.allocation().personaCounts();
        List<String> ids = config.personaIds();
        for (int p = 0; p < ids.size(); p++) {
            String id = ids.get(p);
            Map<String, Double> shares = DemographicsConfig.genderShares(config, config.personas().get(id));
            long[] expected = Apportion.largestRemainder(personaCounts[p],
                    shares.values().stream().mapToDouble(Double::doubleValue).toArray());
            Map<String, Long> actual = customers.stream().filter(c -> c.personaType().equals(id))
                    .collect(Collectors.groupingBy(c -> c.demographics().gender(), TreeMap::new, Collectors.counting()));
            int g = 0;
            for (String gender : shares.keySet()) {
                assertEquals(expected[g++], actual.getOrDefault(gender, 0L), id + " " + gender);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            demographics: { gender: { female: 60, male: 30 } }                         | demographics.gender | gender shares sum to 90.0%, 10.0 short of 100%
            demographics: { gender: { female: 50, men: 50 } }                          | demographics.gender.men | unknown gender (was: men; allowed: female, male, non_binary)
            demographics: { gender: { female: 100 }, regions: { Texas: 1 } }          | demographics.regions | is a persona's setting
            personas: { healthcare_professional: { demographics: { regions: { Atlantis: 1 } } } } | personas.healthcare_professional.demographics.regions.Atlantis | unknown region (was: Atlantis; allowed: a name of regions, e.g. Alabama)
            personas: { healthcare_professional: { demographics: { regions: { Texas: 0 } } } }    | personas.healthcare_professional.demographics.regions | gives no region a weight
            personas: { healthcare_professional: { age: { min: 16, max: 40 } } }       | personas.healthcare_professional.age.min | is below timeline.account.min_age 18: every customer has a platform account, opened from that age (was: 16; allowed: at least 18)
            timeline: { account: { min_age: 17 } }                                    | timeline.account.min_age | out of range
            """)
    void badDemographicsAreNamedWithWhatIsAllowed(String yaml, String property, String problem) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        assertTrue(e.getMessage().contains(property + ": " + problem), e.getMessage());
    }

    private static GeneratorConfig load(String resource) {
        return TestResources.config(resource);
    }
}
