package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.CohortConditions;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent checks that customers follow the configuration's persona, age-decade and risk-level
 * distributions.
 *
 * <pre>{@code
 * DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();            // exact counts
 * DistributionAssertions.assertThat(loaded, config).withinPercentagePoints(2.0)
 *         .hasPersonaDistribution().hasRiskDistribution();                             // tolerance
 * DistributionAssertions.assertThat(dataset).hasReferencePrevalence().isCoherent();  // health world
 * }</pre>
 *
 * <p><b>Exact mode</b> (the default) expects exactly the counts the generator allocates for this many
 * customers (largest remainder over the configured shares), which a generated dataset always has.
 * <b>Tolerance mode</b> ({@link #withinPercentagePoints(double)}) accepts every category whose share is
 * within the given percentage points of the configured share, for datasets a test filtered, sampled or
 * loaded. A failure is an opentest4j {@link AssertionFailedError} whose message lists every category with
 * its expected and actual count and share, and whose expected/actual values are those listings, so IDEs
 * show them side by side.
 *
 * <p><b>Quality checks</b>: {@link #assertQualityChecksPass(SyntheticDataset)} runs every quality check of
 * the plugin's {@code check} goal, with the thresholds of the configuration's {@code quality} section,
 * and fails with the same listing of failed checks, measured values and thresholds.
 */
public final class DistributionAssertions {

    private final List<CustomerProfile> customers;
    private final GeneratorConfig config;
    private final double tolerance;
    /** The dataset's seed, for failure messages; null for customers given as a list. */
    private final Long seed;

    private DistributionAssertions(List<CustomerProfile> customers, GeneratorConfig config, double tolerance,
            Long seed) {
        this.customers = List.copyOf(Objects.requireNonNull(customers, "customers"));
        this.config = Objects.requireNonNull(config, "config");
        this.tolerance = tolerance;
        this.seed = seed;
    }

    /** Checks a dataset's customers against its own configuration. */
    public static DistributionAssertions assertThat(SyntheticDataset dataset) {
        return new DistributionAssertions(dataset.customers(), dataset.config(), -1, dataset.seed());
    }

    /** Checks any customers (filtered, loaded from files) against {@code config}. */
    public static DistributionAssertions assertThat(List<CustomerProfile> customers, GeneratorConfig config) {
        return new DistributionAssertions(customers, config, -1, null);
    }

    /** Exact counts (the default mode). */
    public DistributionAssertions exactly() {
        return new DistributionAssertions(customers, config, -1, seed);
    }

    /** Tolerance mode: every category's share within {@code percentagePoints} of the configured share. */
    public DistributionAssertions withinPercentagePoints(double percentagePoints) {
        if (!(percentagePoints >= 0) || Double.isInfinite(percentagePoints)) {
            throw new IllegalArgumentException("percentagePoints must be a finite number >= 0 but was: "
                    + percentagePoints);
        }
        return new DistributionAssertions(customers, config, percentagePoints, seed);
    }

    /** Persona shares of {@code personas.<id>.share}. */
    public DistributionAssertions hasPersonaDistribution() {
        Map<String, Double> shares = new LinkedHashMap<>();
        config.personas().forEach((id, persona) -> shares.put(id, persona.share()));
        return check("persona", shares, CustomerProfile::personaType);
    }

    /** Age-decade shares of {@code age_decades}; a customer outside every decade counts as {@code other}. */
    public DistributionAssertions hasAgeDecadeDistribution() {
        return check("age decade", config.ageDecades(), c -> Integer.toString(c.demographics().age() / 10 * 10));
    }

    /** Risk-level shares of {@code risk_levels}. */
    public DistributionAssertions hasRiskDistribution() {
        return check("risk level", config.riskLevels(), CustomerProfile::riskLevel);
    }

    /** All three distributions. */
    public DistributionAssertions hasConfiguredDistributions() {
        return hasPersonaDistribution().hasAgeDecadeDistribution().hasRiskDistribution();
    }

    /**
     * Prevalence per age band follows the configuration's {@code epidemiology} reference table times the personas'
     * multipliers: the {@code epidemiology} quality check, within {@code epidemiology.tolerance} points plus three
     * standard errors (the mode of this object does not apply).
     *
     * @throws AssertionFailedError listing every rate and band off the table, with observed and expected rates
     */
    public DistributionAssertions hasReferencePrevalence() {
        return passes("epidemiology");
    }

    /**
     * Every fact about each customer agrees with the others: the {@code coherence} quality check's customer
     * rules (dates, ages, life events, occupation, measurements), with {@code quality.max_coherence_violations}.
     *
     * @throws AssertionFailedError listing each rule's violation count and up to ten offending customers
     */
    public DistributionAssertions isCoherent() {
        return passes("coherence");
    }

    /**
     * Every cohort of the configuration ({@code cohorts[]}, docs/cohorts-in-tests.md) has exactly the members its
     * count or share asks for in a dataset of this many customers ({@link CohortSizes}, the sizes the generator
     * places); the mode of this object does not apply. Passes when the configuration declares no cohorts.
     *
     * @throws AssertionFailedError listing every cohort with its expected and actual count, naming the seed and how
     *     to reproduce the dataset's cohort
     */
    public DistributionAssertions hasCohortSizes() {
        Map<String, Long> sizes = CohortSizes.of(config, customers.size());
        Map<String, Long> actual = members();
        StringBuilder table = new StringBuilder();
        StringBuilder expectedText = new StringBuilder();
        StringBuilder actualText = new StringBuilder();
        String first = null;
        int width = Math.max(6, sizes.keySet().stream().mapToInt(String::length).max().orElse(6));
        table.append(String.format(Locale.ROOT, "  %-" + width + "s  %-8s  %-8s%n", "cohort", "expected", "actual"));
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            long got = actual.getOrDefault(e.getKey(), 0L);
            boolean ok = got == e.getValue();
            first = first == null && !ok ? e.getKey() : first;
            table.append(String.format(Locale.ROOT, "  %-" + width + "s  %-8d  %-8d%s%n", e.getKey(), e.getValue(),
                    got, ok ? "" : "  <-- differs"));
            expectedText.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            actualText.append(e.getKey()).append(": ").append(got).append('\n');
        }
        if (first != null) {
            throw new AssertionFailedError(String.format(Locale.ROOT,
                    "cohort sizes of %d customers%s do not match the configuration:%n%s%s", customers.size(),
                    seedText(), table, reproduce(first)), expectedText.toString(), actualText.toString());
        }
        return this;
    }

    /**
     * Cohort {@code id} has exactly {@code expected} members among these customers.
     *
     * @throws IllegalArgumentException when the configuration declares no cohort {@code id}, listing those it does
     * @throws AssertionFailedError naming the cohort, the count, the seed and how to reproduce it
     */
    public DistributionAssertions hasCohortSize(String id, long expected) {
        CohortConfig cohort = cohort(id);
        long got = members().getOrDefault(id, 0L);
        if (got != expected) {
            throw new AssertionFailedError("cohort " + id + " (" + cohort.displayName() + ") has " + got
                    + " members among " + customers.size() + " customers" + seedText() + ", expected " + expected
                    + reproduce(id), expected, got);
        }
        return this;
    }

    /**
     * Every customer generated for a cohort meets the cohort's condition, as its record reads
     * ({@link CohortConditions}), and lists only cohorts the configuration declares.
     *
     * @throws AssertionFailedError naming each offending customer (up to ten), its cohort and what it does not
     *     meet, with the seed
     */
    public DistributionAssertions hasCohortMembersMeetingTheirConditions() {
        List<String> failures = new ArrayList<>();
        long offending = 0;
        for (CustomerProfile c : customers) {
            for (String id : c.cohorts()) {
                CohortConfig cohort = config.cohorts().stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElse(null);
                List<String> unmet = cohort == null ? List.of("the configuration declares no cohort " + id)
                        : CohortConditions.unmet(cohort.where() == null ? CohortConfig.Where.any() : cohort.where(),
                                c, config);
                if (!unmet.isEmpty()) {
                    offending++;
                    if (failures.size() < 10) {
                        failures.add(c.id() + " in cohort " + id + ": " + String.join("; ", unmet));
                    }
                }
            }
        }
        if (offending > 0) {
            throw new AssertionFailedError(offending + " cohort member(s) of " + customers.size() + " customers"
                    + seedText() + " do not meet their cohort's condition:\n  " + String.join("\n  ", failures)
                    + reproduce(failures.get(0).substring(failures.get(0).indexOf(" in cohort ") + 11,
                            failures.get(0).indexOf(':'))));
        }
        return this;
    }

    private Map<String, Long> members() {
        Map<String, Long> actual = new LinkedHashMap<>();
        for (CustomerProfile c : customers) {
            c.cohorts().forEach(id -> actual.merge(id, 1L, Long::sum));
        }
        return actual;
    }

    private CohortConfig cohort(String id) {
        List<String> known = config.cohorts().stream().map(CohortConfig::id).toList();
        return config.cohorts().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(SyntheticDataset.unknownCohort(id, known)));
    }

    /** E.g. {@code " (seed 42)"}, or nothing for customers given as a list. */
    private String seedText() {
        return seed == null ? "" : " (seed " + seed + ")";
    }

    /** How to look at the cohort again: the dataset's members, by seed and count. */
    private String reproduce(String id) {
        return seed == null ? "" : "; reproduce: SyntheticDataset.of(config, " + seed + ", " + customers.size()
                + ").cohort(\"" + id + "\")";
    }

    private DistributionAssertions passes(String check) {
        CheckResult result = QualityChecks.run(check, LoadedDataset.of(customers), config);
        if (result.status() == CheckStatus.FAIL) {
            StringBuilder sb = new StringBuilder(check).append(" of ").append(customers.size())
                    .append(" customers: ").append(result.summary());
            for (Measurement m : result.failedMeasurements()) {
                sb.append("\n  ").append(m.describe());
            }
            for (String e : result.examples()) {
                sb.append("\n  e.g. ").append(e);
            }
            throw new AssertionFailedError(sb.toString());
        }
        return this;
    }

    private DistributionAssertions check(String dimension, Map<String, Double> configured,
            Function<CustomerProfile, String> category) {
        int n = customers.size();
        List<String> categories = new ArrayList<>(configured.keySet());
        Map<String, Long> actual = new LinkedHashMap<>();
        categories.forEach(c -> actual.put(c, 0L));
        for (CustomerProfile customer : customers) {
            String key = category.apply(customer);
            actual.merge(actual.containsKey(key) ? key : OTHER, 1L, Long::sum);
        }
        if (actual.containsKey(OTHER)) {
            categories.add(OTHER);
        }
        double[] weights = configured.values().stream().mapToDouble(Double::doubleValue).toArray();
        long[] allocated = n == 0 ? new long[weights.length] : Apportion.largestRemainder(n, weights);
        double total = configured.values().stream().mapToDouble(Double::doubleValue).sum();

        StringBuilder table = new StringBuilder();
        StringBuilder expectedText = new StringBuilder();
        StringBuilder actualText = new StringBuilder();
        boolean failed = false;
        int width = Math.max(8, categories.stream().mapToInt(String::length).max().orElse(8));
        table.append(String.format(Locale.ROOT, "  %-" + width + "s  %-18s  %-18s%n", "category", "expected", "actual"));
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            double expectedShare = i < weights.length ? 100.0 * weights[i] / total : 0.0;
            long expectedCount = i < allocated.length ? allocated[i] : 0L;
            long actualCount = actual.get(c);
            double actualShare = n == 0 ? 0.0 : 100.0 * actualCount / n;
            boolean ok = tolerance < 0 ? expectedCount == actualCount
                    : Math.abs(actualShare - expectedShare) <= tolerance + 1e-9;
            failed |= !ok;
            String expected = cell(expectedCount, expectedShare);
            String got = cell(actualCount, actualShare);
            table.append(String.format(Locale.ROOT, "  %-" + width + "s  %-18s  %-18s%s%n", c, expected, got,
                    ok ? "" : "  <-- differs"));
            expectedText.append(c).append(": ").append(expected).append('\n');
            actualText.append(c).append(": ").append(got).append('\n');
        }
        if (failed) {
            String mode = tolerance < 0 ? "exact counts"
                    : String.format(Locale.ROOT, "shares within %.2f percentage points", tolerance);
            throw new AssertionFailedError(String.format(Locale.ROOT,
                    "%s distribution of %d customers does not match the configuration (%s):%n%s", dimension, n, mode,
                    table), expectedText.toString(), actualText.toString());
        }
        return this;
    }

    private static String cell(long count, double share) {
        return String.format(Locale.ROOT, "%d (%.2f%%)", count, share);
    }

    /**
     * Runs every quality check on {@code dataset} (customers and scenarios, with its own configuration's
     * thresholds), exactly as the plugin's {@code check} goal does on the files.
     *
     * @return the report, for further assertions on single checks
     * @throws AssertionFailedError when a check fails; its message is the {@code check} goal's:
     *     every failed check with each measured value and its threshold
     */
    public static QualityReport assertQualityChecksPass(SyntheticDataset dataset) {
        return assertQualityChecksPass(LoadedDataset.of(dataset.customers(), dataset.scenarios()), dataset.config());
    }

    /**
     * Runs every quality check on a dataset loaded from files ({@link LoadedDataset#read}, e.g. a
     * checked-in fixture, which the integrity check then compares with its manifest) or built in memory,
     * with the thresholds of {@code config}.
     *
     * @return the report, for further assertions on single checks
     * @throws AssertionFailedError when a check fails, with the {@code check} goal's message
     */
    public static QualityReport assertQualityChecksPass(LoadedDataset dataset, GeneratorConfig config) {
        QualityReport report = QualityChecks.run(Objects.requireNonNull(dataset, "dataset"),
                Objects.requireNonNull(config, "config"));
        if (!report.passed()) {
            throw new AssertionFailedError("Synthetic customers fail the quality checks: " + report.failureMessage());
        }
        return report;
    }

    private static final String OTHER = "other";
}
