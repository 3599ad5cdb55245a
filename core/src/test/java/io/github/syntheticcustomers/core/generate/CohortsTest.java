package io.github.syntheticcustomers.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cohorts (issue 31 item 1, docs/cohorts.md) over {@code custom-cohorts.yaml}: exact sizes, every member meets its
 * condition, and the dataset's persona, decade, risk-level and per-persona gender counts are those of the same
 * dataset without cohorts; seeds 42, 7 and 1234 at two sizes (42 at 600 and 7 at 1 500 in the main run, the others
 * in the long tests).
 */
class CohortsTest {

    static final GeneratorConfig CONFIG = TestResources.config("custom-cohorts.yaml");
    static final GeneratorConfig PLAIN = ConfigLoader.defaults();

    /**
     * The customers of {@link #CONFIG} by (seed, count), generated once per class: three tests read seed 42's 600
     * and seed 7's 1 500 customers, and the records are immutable.
     */
    private static final Map<String, List<CustomerProfile>> GENERATED = new HashMap<>();

    /** Lets the records go once the class is done: the test JVM runs other classes after this one. */
    @AfterAll
    static void release() {
        synchronized (CohortsTest.class) {
            GENERATED.clear();
        }
    }

    private static synchronized List<CustomerProfile> customers(long seed, int count) {
        return GENERATED.computeIfAbsent(seed + "/" + count,
                k -> List.copyOf(SyntheticDataset.of(CONFIG, seed, count).customers()));
    }

    @ParameterizedTest
    @CsvSource({"42, 600", "7, 1500"})
    void cohortsHaveTheirExactSizesAndEveryMemberMeetsItsCondition(long seed, int count) {
        assertExactSizes(seed, count);
    }

    @Tag("long") // other seeds and sizes: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @CsvSource({"7, 600", "1234, 600", "42, 2000"})
    void cohortsHaveTheirExactSizesForOtherSeedsAndSizes(long seed, int count) {
        assertExactSizes(seed, count);
    }

    private static void assertExactSizes(long seed, int count) {
        List<CustomerProfile> cs = customers(seed, count);
        long share = Math.round(count * 0.03); // 3 % of the dataset (largest remainder of 3 and 97 percent)
        Map<String, Long> expected = Map.of("undiagnosed_hypertension", 40L, "avoiding_smokers", 25L,
                "known_diabetes", share);
        CohortMembers members = CohortMembers.read(CONFIG, cs, null);
        assertEquals(new TreeMap<>(expected), members.sizes());
        assertEquals(List.of(), members.failures());
    }

    /** Every check passes, the cohorts check among them, for each lane's fixture of cohorts. */
    @ParameterizedTest
    @CsvSource({"custom-cohorts.yaml, 1234, 600", "custom-cohorts-m.yaml, 7, 2000",
        "custom-cohorts-l.yaml, 1234, 1000"})
    void aDatasetWithCohortsPassesEveryQualityCheck(String fixture, long seed, int count) {
        assertEveryQualityCheckPasses(fixture, seed, count);
    }

    /** The first fixture at a larger size, in the long-tests profile (CONTRIBUTING, "Where the long tests run"). */
    @Tag("long")
    @ParameterizedTest
    @CsvSource("custom-cohorts.yaml, 42, 2000")
    void aDatasetWithCohortsPassesEveryQualityCheckAtALargerSize(String fixture, long seed, int count) {
        assertEveryQualityCheckPasses(fixture, seed, count);
    }

    private static void assertEveryQualityCheckPasses(String fixture, long seed, int count) {
        GeneratorConfig config = TestResources.config(fixture);
        QualityReport report = QualityChecks.run(LoadedDataset.generate(new DatasetGenerator(config, seed, count)),
                config);
        assertTrue(report.passed(), report.failureMessage());
        assertTrue(report.check("cohorts").summary().startsWith("All " + config.cohorts().size() + " cohorts have"),
                report.check("cohorts").summary());
    }

    /**
     * No retry: a member's age is the first and only draw of its stream, uniform over the ages its cell allows, so the
     * generator cannot have drawn, looked and drawn again (the same holds of every conditioned stage by its design,
     * docs/cohorts.md "How a member is drawn").
     */
    @ParameterizedTest
    @CsvSource({"42, 600", "7, 1500"})
    void aMembersAgeIsOneDrawWithinTheAgesItsCellAllows(long seed, int count) {
        Allocation allocation = new Allocation(CONFIG, count, seed);
        CohortAllocation cohorts = new CohortAllocation(CONFIG, allocation, new RiskModel(CONFIG.risk(),
                CONFIG.epidemiology(), CONFIG.riskLevelIds(), CONFIG.measurements().bandedFactors()));
        List<CustomerProfile> cs = customers(seed, count);
        int members = 0;
        for (int i = 0; i < count; i++) {
            CohortAllocation.Member member = cohorts.member(i);
            assertEquals(member == null ? List.of() : List.of(member.cohort().id()), cs.get(i).cohorts());
            if (member != null) {
                int[] ages = cohorts.ages(member.index(), member.cell());
                int once = ages[0] + Rng.of(seed, i, "age").nextInt(ages[1] - ages[0] + 1);
                assertEquals(once, cs.get(i).demographics().age(), cs.get(i).id());
                members++;
            }
        }
        assertEquals(65 + Math.round(count * 0.03), members);
    }

    @ParameterizedTest
    @CsvSource({"42, 600", "7, 1500"})
    void theDatasetsCountsStayThoseWithoutCohorts(long seed, int count) {
        List<CustomerProfile> with = customers(seed, count);
        List<CustomerProfile> without = SyntheticDataset.of(PLAIN, seed, count).customers();
        for (Function<CustomerProfile, String> key : List.<Function<CustomerProfile, String>>of(
                CustomerProfile::personaType, CustomerProfile::riskLevel,
                c -> c.personaType() + " " + c.demographics().gender(),
                c -> c.personaType() + " " + c.demographics().age() / 10)) {
            assertEquals(tally(without, key), tally(with, key));
        }
    }

    private static Map<String, Long> tally(List<CustomerProfile> cs, Function<CustomerProfile, String> key) {
        Map<String, Long> out = new TreeMap<>();
        cs.forEach(c -> out.merge(key.apply(c), 1L, Long::sum));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cohorts: [ { id: many, count: 200, where: { personas: [health_aware_avoider] } } ]"
                + "|cohorts.0: 'many' needs 200 customers, but only 180 of the dataset's 600 can meet its condition (personas health_aware_avoider)",
        "cohorts: [ { id: young, count: 5, where: { personas: [structured_system_seeker], age: { from: 25, to: 28 } } } ]"
                + "|no persona the cohort allows has customers of this age",
        "cohorts: [ { id: both, count: 5, where: { factors: [current_smoker], without_factors: [current_smoker] } } ]"
                + "|names a factor the cohort requires"})
    void anUnsatisfiableCohortIsRefusedWithItsReason(String yaml, String reason) {
        ConfigException e = assertThrows(ConfigException.class, () -> SyntheticDataset.of(
                ConfigLoader.load("cohort.yaml", yaml), 42, 600).customers());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
