package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.AgeRange;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    @Test
    void defaultsWith500AreExactlyTheSpecsCounts() {
        DatasetGenerator generator = new DatasetGenerator(DEFAULTS, 42, 500);
        List<CustomerProfile> all = all(generator);
        assertEquals(Map.of("health_aware_avoider", 150L, "structured_system_seeker", 125L,
                "balanced_life_integrator", 100L, "healthcare_professional", 75L, "overlooked_risk_group", 50L),
                all.stream().collect(Collectors.groupingBy(CustomerProfile::personaType, Collectors.counting())));
        assertEquals(Map.of(20, 70L, 30, 250L, 40, 165L, 50, 15L), decades(all));
        assertEquals(Map.of("low", 355L, "moderate", 145L),
                all.stream().collect(Collectors.groupingBy(CustomerProfile::riskLevel, Collectors.counting())));
        assertArrayEquals(new long[] {150, 125, 100, 75, 50}, generator.allocation().personaCounts());
        assertArrayEquals(new long[] {70, 250, 165, 15}, generator.allocation().decadeCounts());
        assertArrayEquals(new long[] {355, 145}, generator.allocation().riskCounts());
        assertAgesWithinRanges(DEFAULTS, all);
    }

    @Test
    void aDifferentSeedGivesDifferentPeopleButTheSameCounts() {
        List<CustomerProfile> a = all(new DatasetGenerator(DEFAULTS, 42, 500));
        List<CustomerProfile> b = all(new DatasetGenerator(DEFAULTS, 7, 500));
        assertNotEquals(a, b);
        assertNotEquals(a.stream().map(CustomerProfile::personaType).toList(),
                b.stream().map(CustomerProfile::personaType).toList(), "record order must depend on the seed");
        assertEquals(decades(a), decades(b));
    }

    @Test
    void recordOrderDoesNotGroupPersonas() {
        List<CustomerProfile> all = all(new DatasetGenerator(DEFAULTS, 42, 500));
        int runs = 1;
        for (int i = 1; i < all.size(); i++) {
            if (!all.get(i).personaType().equals(all.get(i - 1).personaType())) {
                runs++;
            }
        }
        // a grouped order has 5 runs; a random order of these counts has about 390
        assertTrue(runs > 300, "persona runs: " + runs);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99})
    void otherCountsAreExactLargestRemainderQuotas(long count) {
        assertOtherCountsAreExactLargestRemainderQuotas(count);
    }

    @Tag("long") // the large count: the long-tests profile runs it (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = 10_000)
    void otherCountsAreExactLargestRemainderQuotasForTenThousand(long count) {
        assertOtherCountsAreExactLargestRemainderQuotas(count);
    }

    private void assertOtherCountsAreExactLargestRemainderQuotas(long count) {
        DatasetGenerator generator = new DatasetGenerator(DEFAULTS, 3, count);
        long[] personas = Apportion.largestRemainder(count, new double[] {30, 25, 20, 15, 10});
        long[] decades = Apportion.largestRemainder(count, new double[] {14, 50, 33, 3});
        long[] risk = Apportion.largestRemainder(count, new double[] {71, 29});
        List<CustomerProfile> all = all(generator);
        List<String> ids = DEFAULTS.personaIds();
        for (int p = 0; p < ids.size(); p++) {
            String id = ids.get(p);
            assertEquals(personas[p], all.stream().filter(c -> c.personaType().equals(id)).count(), id);
        }
        int[] starts = {20, 30, 40, 50};
        for (int d = 0; d < starts.length; d++) {
            int start = starts[d];
            assertEquals(decades[d], all.stream().filter(c -> c.demographics().age() / 10 * 10 == start).count(),
                    "decade " + start);
        }
        assertEquals(risk[1], all.stream().filter(c -> c.riskLevel().equals("moderate")).count());
        assertEquals(count, all.stream().map(CustomerProfile::id).distinct().count());
        assertAgesWithinRanges(DEFAULTS, all);
    }

    @Test
    void quotasForSmallCountsFollowLargestRemainder() {
        assertArrayEquals(new long[] {2, 2, 1, 1, 1}, Apportion.largestRemainder(7, new double[] {30, 25, 20, 15, 10}));
        assertArrayEquals(new long[] {1, 0, 0, 0, 0}, Apportion.largestRemainder(1, new double[] {30, 25, 20, 15, 10}));
        assertArrayEquals(new long[] {29, 25, 20, 15, 10}, Apportion.largestRemainder(99, new double[] {30, 25, 20, 15, 10}));
        assertArrayEquals(new long[] {3, 2}, Apportion.largestRemainder(5, new double[] {1, 1}, new long[] {3, 10}));
        assertArrayEquals(new long[] {1, 4}, Apportion.largestRemainder(5, new double[] {3, 1}, new long[] {1, 10}));
    }

    @Test
    void aSixthPersonaGetsItsShareAndAgesWithinItsRange() {
        GeneratorConfig config = io.github.syntheticcustomers.core.config.SixthPersona.config();
        List<CustomerProfile> all = all(new DatasetGenerator(config, 42, 1000));
        assertEquals(50, all.stream().filter(c -> c.personaType().equals("caregiver")).count());
        assertEquals(250, all.stream().filter(c -> c.personaType().equals("health_aware_avoider")).count());
        assertEquals(Map.of(20, 140L, 30, 500L, 40, 330L, 50, 30L), decades(all));
        assertAgesWithinRanges(config, all);
        CustomerProfile caregiver = all.stream().filter(c -> c.personaType().equals("caregiver")).findFirst().orElseThrow();
        assertTrue(List.of("Office Administrator", "Sales Associate", "Technician", "Customer Service Representative",
                "Teacher", "Consultant").contains(caregiver.demographics().occupation()), "generic occupation fallback");
    }

    @Test
    void highRiskPersonasGetMoreModerateRisk() {
        List<CustomerProfile> all = all(new DatasetGenerator(DEFAULTS, 42, 500));
        assertTrue(moderateShare(all, "overlooked_risk_group") > moderateShare(all, "structured_system_seeker") + 0.15);
        assertTrue(moderateShare(all, "healthcare_professional") < moderateShare(all, "health_aware_avoider"));
    }

    private static double moderateShare(List<CustomerProfile> all, String persona) {
        List<CustomerProfile> of = all.stream().filter(c -> c.personaType().equals(persona)).toList();
        return of.stream().filter(c -> c.riskLevel().equals("moderate")).count() / (double) of.size();
    }

    static List<CustomerProfile> all(DatasetGenerator generator) {
        List<CustomerProfile> all = new ArrayList<>();
        for (long i = 0; i < generator.count(); i++) {
            all.add(generator.customer(i));
        }
        return all;
    }

    static Map<Integer, Long> decades(List<CustomerProfile> all) {
        return all.stream().collect(Collectors.groupingBy(c -> c.demographics().age() / 10 * 10, TreeMap::new,
                Collectors.counting()));
    }

    private static void assertAgesWithinRanges(GeneratorConfig config, List<CustomerProfile> all) {
        for (CustomerProfile c : all) {
            AgeRange range = config.personas().get(c.personaType()).age();
            int age = c.demographics().age();
            assertTrue(age >= range.min() && age <= range.max(), c.id() + " " + c.personaType() + " aged " + age);
        }
    }
}
