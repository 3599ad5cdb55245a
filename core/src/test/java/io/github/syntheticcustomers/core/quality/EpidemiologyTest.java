package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prevalence follows the reference table times the personas' multipliers, over many customers and several seeds (one
 * in the main run, the others in the long tests);
 * the epidemiology check passes on the defaults and fails when a rate or a multiplier is broken; undiagnosed
 * conditions show in their measurement; risk is a gradient.
 */
class EpidemiologyTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();
    private static final int COUNT = 20_000;

    /**
     * The generated customers by (seed, count) of the defaults, generated once per class: several tests judge the
     * same 20 000 customers of seed 42, and the records are immutable.
     */
    private static final Map<String, List<CustomerProfile>> GENERATED = new HashMap<>();

    /** Lets the records go once the class is done: the test JVM runs other classes after this one. */
    @AfterAll
    static void release() {
        synchronized (EpidemiologyTest.class) {
            GENERATED.clear();
        }
    }

    private static synchronized List<CustomerProfile> customers(GeneratorConfig config, long seed, int count) {
        if (config != CONFIG) {
            return generate(config, seed, count);
        }
        return GENERATED.computeIfAbsent(seed + "/" + count, k -> generate(config, seed, count));
    }

    private static List<CustomerProfile> generate(GeneratorConfig config, long seed, int count) {
        DatasetGenerator generator = new DatasetGenerator(config, seed, count);
        List<CustomerProfile> out = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            out.add(generator.customer(i));
        }
        return List.copyOf(out);
    }

    private static CheckResult epidemiology(List<CustomerProfile> customers, GeneratorConfig config) {
        return new EpidemiologyCheck().run(LoadedDataset.of(customers, List.of()), config);
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void everyRateFollowsReferenceTimesMultipliersWithinTwoPoints(long seed) {
        assertEveryRateFollowsReferenceTimesMultipliers(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {7, 20261201})
    void everyRateFollowsReferenceTimesMultipliersWithinTwoPointsForOtherSeeds(long seed) {
        assertEveryRateFollowsReferenceTimesMultipliers(seed);
    }

    private static void assertEveryRateFollowsReferenceTimesMultipliers(long seed) {
        List<CustomerProfile> customers = customers(CONFIG, seed, COUNT);
        CheckResult result = epidemiology(customers, CONFIG);
        assertEquals(CheckStatus.PASS, result.status(), result.failedMeasurements().toString());
        for (PrevalenceTable.Row row : PrevalenceTable.of(customers, CONFIG)) {
            if (row.customers() >= 1000) {
                assertEquals(row.expected(), row.observed(), 0.02, row.toString());
            }
        }
    }

    @Test
    void prevalenceRisesWithAgeWhereThePopulationsDoes() {
        Map<String, double[]> byRate = new TreeMap<>();
        for (PrevalenceTable.Row row : PrevalenceTable.of(customers(CONFIG, 42, COUNT), CONFIG)) {
            double[] bands = byRate.computeIfAbsent(row.rate(), k -> new double[2]);
            if (row.band().equals("18-39")) {
                bands[0] = row.observed();
            } else if (row.band().equals("40-59")) {
                bands[1] = row.observed();
            }
        }
        for (String rising : List.of("hypertension", "diabetes", "prediabetes", "high_cholesterol", "obesity",
                "current_smoking", "physical_inactivity")) {
            double[] b = byRate.get(rising);
            assertTrue(b[1] > b[0] + 0.01, rising + ": " + b[0] + " at 18-39, " + b[1] + " at 40-59");
        }
        // about a third of adults 18-39 are obese and one in five has hypertension (NCHS Data Briefs 508, 511)
        assertEquals(0.32, byRate.get("obesity")[0], 0.04);
        assertEquals(0.20, byRate.get("hypertension")[0], 0.04);
    }

    @Test
    void theCheckFailsWhenARateIsBroken(@TempDir Path dir) throws IOException {
        List<CustomerProfile> customers = customers(CONFIG, 42, 5000);
        assertEquals(CheckStatus.PASS, epidemiology(customers, CONFIG).status());
        // the same customers judged against a table that claims hypertension is rare among men
        Path broken = Files.writeString(dir.resolve("broken-rate.yaml"), """
                epidemiology:
                  rates:
                    hypertension:
                      male: [0.02, 0.02, 0.02]
                """);
        CheckResult result = epidemiology(customers, ConfigLoader.load(broken));
        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals(List.of("hypertension.18-39", "hypertension.40-59"),
                result.failedMeasurements().stream().map(Measurement::subject).toList());
    }

    @Test
    void theCheckFailsWhenAMultiplierIsBroken(@TempDir Path dir) throws IOException {
        List<CustomerProfile> customers = customers(CONFIG, 42, 5000);
        // smokers expected three times as often in aware personas as the generator drew them
        Path broken = Files.writeString(dir.resolve("broken-multiplier.yaml"), """
                risk:
                  factors:
                """ + factorsWithSmokingLink("{ trait: health_awareness, base: 1.5, per_unit: 3.0 }"));
        CheckResult result = epidemiology(customers, ConfigLoader.load(broken));
        assertEquals(CheckStatus.FAIL, result.status());
        assertTrue(result.failedMeasurements().stream().allMatch(m -> m.subject().startsWith("current_smoking.")),
                result.failedMeasurements().toString());
    }

    /** The default factors as YAML list items, with another trait link for current smoking. */
    private static String factorsWithSmokingLink(String link) {
        StringBuilder yaml = new StringBuilder();
        for (RiskConfig.Factor f : CONFIG.risk().factors()) {
            yaml.append("    - { id: ").append(f.id()).append(", kind: ").append(f.kind())
                    .append(", label: \"").append(f.label()).append("\", points: ").append(f.points());
            yaml.append(f.reference() != null ? ", reference: " + f.reference() : ", prevalence: " + f.prevalence());
            if (f.group() != null) {
                yaml.append(", group: ").append(f.group());
            }
            RiskConfig.Link l = f.id().equals("current_smoker") ? null : f.link();
            if (f.id().equals("current_smoker")) {
                yaml.append(", link: ").append(link);
            } else if (l != null) {
                yaml.append(", link: { trait: ").append(l.trait()).append(", base: ").append(l.base())
                        .append(", per_unit: ").append(l.perUnit()).append(" }");
            }
            RiskConfig.LifestyleValue v = f.lifestyle();
            if (v != null) {
                yaml.append(", lifestyle: { field: ").append(v.field())
                        .append(v.value() != null ? ", value: " + v.value() : ", min: " + v.min() + ", max: " + v.max())
                        .append(" }");
            }
            yaml.append(" }\n");
        }
        return yaml.toString();
    }

    @Test
    void undiagnosedConditionsShowInTheirMeasurement() {
        RiskConfig.Factor hypertension = CONFIG.risk().factors().stream()
                .filter(f -> f.id().equals("hypertension")).findFirst().orElseThrow();
        long cases = 0;
        long undiagnosed = 0;
        for (CustomerProfile c : customers(CONFIG, 42, COUNT)) {
            if (!HealthCases.isCase(hypertension, c, CONFIG)) {
                continue;
            }
            cases++;
            if (!HealthCases.diagnosed(hypertension, c)) {
                undiagnosed++;
                Observation systolic = c.healthProfile().measurement("systolic_bp");
                Observation diastolic = c.healthProfile().measurement("diastolic_bp");
                // hypertension is systolic >= 130 or diastolic >= 80: isolated elevations count
                assertTrue(systolic.value() >= 130 || diastolic.value() >= 80, c.id() + ": " + systolic + diastolic);
            }
        }
        // awareness is 27 % at 18-39 and 57 % at 40-59 (NCHS Data Brief 511): most young cases are undiagnosed
        double share = (double) undiagnosed / cases;
        assertTrue(share > 0.45 && share < 0.75, "undiagnosed share " + share + " of " + cases);
    }

    @Test
    void riskIsAGradientNotTwoKindsOfPeople() {
        Map<String, long[]> casesByLevel = new TreeMap<>(); // level -> {customers, cases, customers without any}
        for (CustomerProfile c : customers(CONFIG, 42, COUNT)) {
            long n = CONFIG.risk().factors().stream().filter(f -> HealthCases.isCase(f, c, CONFIG)).count();
            long[] acc = casesByLevel.computeIfAbsent(c.riskLevel(), k -> new long[3]);
            acc[0]++;
            acc[1] += n;
            acc[2] += n == 0 ? 1 : 0;
        }
        long[] low = casesByLevel.get("low");
        long[] moderate = casesByLevel.get("moderate");
        double lowMean = (double) low[1] / low[0];
        double moderateMean = (double) moderate[1] / moderate[0];
        assertTrue(moderateMean > lowMean + 1, lowMean + " vs " + moderateMean);
        // low risk is not "clean": most low-risk customers show at least one factor (about 62 % with the defaults)
        assertTrue((double) low[2] / low[0] < 0.45, "low-risk customers without any factor: " + low[2] + "/" + low[0]);
    }
}
