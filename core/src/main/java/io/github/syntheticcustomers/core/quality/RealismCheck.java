package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.SocialConfig;
import io.github.syntheticcustomers.core.generate.FirstNameFrequencies;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Demographics;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Realism: the shapes a tester looks at one record at a time, compared with the published tables the configuration
 * cites (docs/data-sources.md), over customers of sex female or male (the tables are by sex):
 * <ul>
 * <li>marital status by age band and sex ({@code social.marital_status}; partnered counts as never married);</li>
 * <li>ever had a child by age band and sex ({@code social.children.ever_had}: a life event of the type derived from {@code first_birth});</li>
 * <li>educational attainment ({@code social.education}, each level's share against the table's rows of the
 *     customers' own age bands and sexes);</li>
 * <li>first names: the share carrying one of the 100 most common names of their birth decade and sex against the
 *     table's own share ({@code identity.first_names}), and no name the table lists for the other sex only;</li>
 * <li>the density of every measured value on either side of each of its cut-offs ({@code measurements}): the latest
 *     values in the window just below and just above the cut (a fifth of the value's population spread each side,
 *     at least one rounding step) hold counts within a ratio of {@code quality.max_cut_density_ratio}, widened by
 *     three standard errors of the share above the cut for sampling ({@link #cutDensity}), so a threshold is not a
 *     hole or a wall in the data;</li>
 * <li>the mean household size, listed against {@code social.household.reference_mean} but not judged: that figure
 *     is mixed over the default ages only.</li>
 * </ul>
 * A share is judged within {@code quality.realism_tolerance} points plus three binomial standard errors, over cells
 * of at least {@value QualityCheck#MIN_SAMPLE} customers; a cut-off when its two windows hold at least
 * {@code 2 x} {@value QualityCheck#MIN_SAMPLE} values. Smaller cells are listed without bounds; a dataset with none
 * large enough is skipped as too small.
 */
final class RealismCheck implements QualityCheck {

    /** How many of a cohort's most common first names count as common. */
    static final int COMMON_NAMES = 100;
    /** The life event that says a customer has had a child. */
    private static final List<String> SEXES = List.of(EpidemiologyConfig.GENDER_FEMALE,
            EpidemiologyConfig.GENDER_MALE);

    @Override
    public String name() {
        return "realism";
    }

    @Override
    public String title() {
        return "Realism against published tables";
    }

    @Override
    public String description() {
        return "Record-level shapes follow the tables the configuration cites: marital status and ever having had a "
                + "child by age band and sex, educational attainment, first names as common as in their birth "
                + "cohort and never of the other sex, and a continuous density of every measurement across its "
                + "cut-offs. Shares lie within quality.realism_tolerance points plus three standard errors; the "
                + "counts just below and just above a cut-off within a ratio of quality.max_cut_density_ratio.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Tally tally = new Tally(config);
        return new Pass.OfCustomers() {
            @Override
            void customer(CustomerProfile c) {
                if (Calibrated.includes(c)) {
                    tally.add(c);
                }
            }

            @Override
            public CheckResult finish() {
                return tally.judge(RealismCheck.this);
            }
        };
    }

    /** One measured value's cut-off: the counts of latest values just below and just above it. */
    private record Cut(String code, double at, double window, long[] counts) {
    }

    /** Counts and sums over the customers, bounded by the configuration's tables. */
    private static final class Tally {
        private final GeneratorConfig config;
        private final SocialConfig social;
        private final FirstNameFrequencies names;
        /** [sex][band] customers, and [sex][band][status] of them. */
        private final long[][] maritalCustomers;
        private final long[][][] marital;
        private final long[][] childCustomers;
        /** The life-event type that records the first birth ({@code derived: { from: first_birth }}), or null. */
        private final String firstChild;
        private final long[][] children;
        private final double[] educationExpected;
        private final long[] education;
        private long educationCustomers;
        private long nameCustomers;
        private long commonNames;
        private double commonExpected;
        private long otherSexNames;
        private final List<String> otherSexExamples = new ArrayList<>();
        private final List<Set<String>> sexNames = new ArrayList<>();
        private long households;
        private long householdPersons;
        private final List<Cut> cuts = new ArrayList<>();

        Tally(GeneratorConfig config) {
            this.config = config;
            this.social = config.social();
            this.names = FirstNameFrequencies.of(config);
            LifeEventsConfig.Type first = config.lifeEvents().derivedFrom("first_birth");
            this.firstChild = first == null ? null : first.id();
            SocialConfig.AgeDistribution m = social.maritalStatus();
            maritalCustomers = new long[2][m.ageBands().size()];
            marital = new long[2][m.ageBands().size()][m.values().size()];
            SocialConfig.AgeShares ever = social.children().everHad();
            childCustomers = new long[2][ever.ageBands().size()];
            children = new long[2][ever.ageBands().size()];
            educationExpected = new double[social.education().values().size()];
            education = new long[social.education().values().size()];
            for (String sex : SEXES) {
                sexNames.add(names.names(sex));
            }
            MeasurementsConfig mc = config.measurements();
            List<MeasurementsConfig.Value> values = new ArrayList<>();
            values.add(mc.bmi());
            values.addAll(mc.values());
            for (MeasurementsConfig.Value v : values) {
                for (MeasurementsConfig.Cut cut : v.cuts()) {
                    cuts.add(new Cut(v.code(), cut.at(), window(v), new long[2]));
                }
            }
        }

        /** A fifth of the value's mean population spread, rounded to its decimals, at least one rounding step. */
        private static double window(MeasurementsConfig.Value v) {
            double sum = 0;
            int n = 0;
            for (List<MeasurementsConfig.Normal> bySex : List.of(v.population().female(), v.population().male())) {
                for (MeasurementsConfig.Normal normal : bySex) {
                    sum += normal.sd();
                    n++;
                }
            }
            double step = Math.pow(10, -v.decimals());
            return Math.max(step, Math.round(0.2 * sum / n / step) * step);
        }

        void add(CustomerProfile c) {
            Demographics d = c.demographics();
            households++;
            householdPersons += d.householdSize();
            for (Cut cut : cuts) {
                Observation o = c.healthProfile().measurement(cut.code());
                if (o == null) {
                    continue;
                }
                // rounded values: compare in whole rounding steps so 5.6 is below 5.7 and 5.7 is not
                if (o.value() < cut.at() - 1e-9 && o.value() >= cut.at() - cut.window() - 1e-9) {
                    cut.counts()[0]++;
                } else if (o.value() >= cut.at() - 1e-9 && o.value() < cut.at() + cut.window() - 1e-9) {
                    cut.counts()[1]++;
                }
            }
            int sex = SEXES.indexOf(d.gender());
            if (sex < 0) {
                return;
            }
            int age = d.age();
            SocialConfig.AgeDistribution m = social.maritalStatus();
            int band = SocialConfig.band(m.ageBands(), age);
            maritalCustomers[sex][band]++;
            String status = SocialConfig.PARTNERED.equals(d.maritalStatus()) ? SocialConfig.MARITAL_VALUES.get(0)
                    : d.maritalStatus();
            int s = m.values().indexOf(status);
            if (s >= 0) {
                marital[sex][band][s]++;
            }
            SocialConfig.AgeShares ever = social.children().everHad();
            int childBand = SocialConfig.band(ever.ageBands(), age);
            // without a type that records the first birth the share is not observable: no customers tallied
            childCustomers[sex][childBand] += firstChild == null ? 0 : 1;
            for (LifeEvent e : c.lifeEvents()) {
                if (e.type().equals(firstChild)) {
                    children[sex][childBand]++;
                    break;
                }
            }
            SocialConfig.AgeDistribution edu = social.education();
            List<Double> row = (sex == 0 ? edu.female() : edu.male()).get(SocialConfig.band(edu.ageBands(), age));
            educationCustomers++;
            for (int i = 0; i < educationExpected.length; i++) {
                educationExpected[i] += row.get(i) / 100;
            }
            int level = edu.values().indexOf(d.education());
            if (level >= 0) {
                education[level]++;
            }
            int year = d.dateOfBirth().getYear();
            nameCustomers++;
            commonNames += names.isAmongMostCommon(d.gender(), year, d.firstName(), COMMON_NAMES) ? 1 : 0;
            commonExpected += names.mostCommonShare(d.gender(), year, COMMON_NAMES);
            if (!sexNames.get(sex).contains(d.firstName()) && sexNames.get(1 - sex).contains(d.firstName())) {
                otherSexNames++;
                if (otherSexExamples.size() < CheckResult.MAX_EXAMPLES) {
                    otherSexExamples.add(c.id() + ": " + d.gender() + " named " + d.firstName()
                            + ", a name the first-name table lists for the other sex only");
                }
            }
        }

        CheckResult judge(QualityCheck check) {
            double tolerance = config.quality().realismTolerance() / 100;
            List<Measurement> out = new ArrayList<>();
            List<String> examples = new ArrayList<>();
            int judged = 0;
            SocialConfig.AgeDistribution m = social.maritalStatus();
            for (int sex = 0; sex < 2; sex++) {
                for (int band = 0; band < m.ageBands().size(); band++) {
                    long n = maritalCustomers[sex][band];
                    if (n == 0) {
                        continue;
                    }
                    List<Double> row = (sex == 0 ? m.female() : m.male()).get(band);
                    for (int s = 0; s < m.values().size(); s++) {
                        judged += share(out, examples, "marital_status." + m.values().get(s) + "." + SEXES.get(sex)
                                + "." + label(m.ageBands(), band), marital[sex][band][s], n, row.get(s) / 100,
                                tolerance);
                    }
                }
            }
            SocialConfig.AgeShares ever = social.children().everHad();
            for (int sex = 0; sex < 2; sex++) {
                for (int band = 0; band < ever.ageBands().size(); band++) {
                    long n = childCustomers[sex][band];
                    if (n == 0) {
                        continue;
                    }
                    List<Double> shares = sex == 0 ? ever.female() : ever.male();
                    double expected = shares == null || shares.isEmpty() ? ever.all().get(band) : shares.get(band);
                    judged += share(out, examples, "ever_had_child." + SEXES.get(sex) + "."
                            + label(ever.ageBands(), band), children[sex][band], n, expected, tolerance);
                }
            }
            if (educationCustomers > 0) {
                for (int i = 0; i < education.length; i++) {
                    judged += share(out, examples, "education." + social.education().values().get(i), education[i],
                            educationCustomers, educationExpected[i] / educationCustomers, tolerance);
                }
            }
            if (nameCustomers > 0) {
                judged += share(out, examples, "first_names.among_" + COMMON_NAMES + "_most_common", commonNames,
                        nameCustomers, commonExpected / nameCustomers, tolerance);
                out.add(Measurement.of("first_names.of_the_other_sex_only", otherSexNames, 0.0, null, 0.0, "count"));
                examples.addAll(otherSexExamples);
            }
            double ratio = config.quality().maxCutDensityRatio();
            for (Cut cut : cuts) {
                long below = cut.counts()[0];
                long above = cut.counts()[1];
                String subject = "density_at_cut." + cut.code() + "." + Measurement.text(cut.at());
                double value = below == 0 ? (above == 0 ? 1 : Double.POSITIVE_INFINITY) : (double) above / below;
                if (below + above < 2L * MIN_SAMPLE) {
                    out.add(Measurement.of(subject, finite(value), 1.0, null, null, "ratio"));
                    continue;
                }
                judged++;
                Measurement mm = cutDensity(subject, below, above, ratio);
                out.add(mm);
                if (!mm.passed()) {
                    examples.add(cut.code() + " around " + Measurement.text(cut.at()) + ": " + below
                            + " latest values in the " + Measurement.text(cut.window()) + " below it, " + above
                            + " in the " + Measurement.text(cut.window()) + " from it on (a hole or a wall at the"
                            + " threshold)");
                }
            }
            SocialConfig.Reference reference = social.household().referenceMean();
            if (households > 0) {
                out.add(Measurement.of("household_size.mean", (double) householdPersons / households,
                        reference == null ? null : reference.value(), null, null, "persons"));
            }
            if (judged == 0) {
                return CheckResult.tooFew(check, "no table cell has " + MIN_SAMPLE + " customers and no cut-off "
                        + 2 * MIN_SAMPLE + " values near it; the shapes are listed, not judged.", out, examples);
            }
            long failed = out.stream().filter(x -> !x.passed()).count();
            String summary = failed == 0 ? judged + " shapes judged against their tables, all within tolerance."
                    : failed + " of " + judged + " shapes judged against their tables are outside their tolerance.";
            return CheckResult.judged(check, summary + Calibrated.note(config), out, examples);
        }

        /** One share against its table figure: judged (1) when over enough customers, else listed (0). */
        private static int share(List<Measurement> out, List<String> examples, String subject, long count, long n,
                double expected, double tolerance) {
            double observed = (double) count / n;
            if (n < MIN_SAMPLE) {
                out.add(Measurement.of(subject, 100 * observed, 100 * expected, null, null, "%"));
                return 0;
            }
            double allowed = tolerance + 3 * Math.sqrt(expected * (1 - expected) / n);
            Measurement m = Measurement.of(subject, 100 * observed, 100 * expected,
                    100 * Math.max(0, expected - allowed), 100 * Math.min(1, expected + allowed), "%");
            out.add(m);
            if (!m.passed() && examples.size() < CheckResult.MAX_EXAMPLES) {
                examples.add(subject + ": " + count + " of " + n + " customers (" + Measurement.text(m.value())
                        + " %), the table gives " + Measurement.text(m.expected()) + " %");
            }
            return 1;
        }

        private static double finite(double v) {
            return Double.isInfinite(v) ? 1e6 : v;
        }

        private static String label(List<Integer> starts, int band) {
            return band + 1 < starts.size() ? starts.get(band) + "-" + (starts.get(band + 1) - 1)
                    : starts.get(band) + "+";
        }
    }

    /**
     * The ratio of the latest values just above a cut-off to those just below it, judged within {@code ratio} either
     * way, widened for sampling. The share above the cut-off, {@code above / (below + above)}, strays from the band the
     * ratio allows by sampling alone: the band is widened by three standard errors of a share (at its widest, a share
     * of one half), as the table shapes are, so a dataset of a thousand customers is not failed for noise while a hole
     * or a wall (no values on one side) fails at every size; large datasets keep {@code [1 / ratio, ratio]}.
     */
    static Measurement cutDensity(String subject, long below, long above, double ratio) {
        double value = below == 0 ? (above == 0 ? 1 : 1e6) : (double) above / below;
        double slack = 3 * 0.5 / Math.sqrt(below + above);
        double lowShare = 1 / (1 + ratio) - slack;
        double highShare = ratio / (1 + ratio) + slack;
        Double min = lowShare <= 0 ? null : lowShare / (1 - lowShare);
        Double max = highShare >= 1 ? null : highShare / (1 - highShare);
        return Measurement.of(subject, value, 1.0, min, max, "ratio");
    }
}
