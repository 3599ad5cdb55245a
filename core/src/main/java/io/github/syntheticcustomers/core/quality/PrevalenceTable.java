package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Prevalence per reference rate and age band: the population's rate, the rate the customers' own traits imply,
 * and the rate the files show. For each customer, the reference figure is the rate for their age band and gender
 * and the expected one is their factor probability ({@link RiskConfig#probabilities}: the reference times the
 * persona's multipliers); a case is counted by {@link HealthCases}. One pass, constant memory per row.
 */
public final class PrevalenceTable {

    private PrevalenceTable() {
    }

    /**
     * One row.
     *
     * @param rate the {@code epidemiology.rates} id
     * @param label its label
     * @param band the age band, e.g. {@code 18-39}
     * @param customers customers in the band
     * @param reference the population rate for these customers' genders, 0–1
     * @param expected the rate their traits imply (reference × multipliers), 0–1
     * @param observed the share of them the files show as cases, 0–1
     */
    public record Row(String rate, String label, String band, long customers, double reference, double expected,
            double observed) {
    }

    /** The rows for every rate a risk factor references, in table order, then by band. */
    public static List<Row> of(List<CustomerProfile> customers, GeneratorConfig config) {
        Tally tally = new Tally(config);
        customers.forEach(tally::add);
        return tally.rows();
    }

    /** The table built one customer at a time: constant memory per row. */
    public static final class Tally {
        private final GeneratorConfig config;
        private final EpidemiologyConfig e;
        private final List<RiskConfig.Factor> factors;
        /** The lower members of value-cut ordered pairs ({@link MeasurementsConfig#bandedFactors}). */
        private final java.util.Set<String> banded;
        private final List<String> ids = new ArrayList<>();
        private final List<EpidemiologyConfig.Rate> rates = new ArrayList<>();
        private final List<int[]> referencing = new ArrayList<>();
        private final long[] n;
        private final double[][] reference;
        private final double[][] expected;
        private final long[][] cases;

        /** An empty table for {@code config}'s referenced rates. */
        public Tally(GeneratorConfig config) {
            this.config = config;
            this.e = config.epidemiology();
            this.factors = config.risk().factors();
            this.banded = config.measurements().bandedFactors();
            int bands = e.ageBands().size();
            // the referenced rates, in table order, each with the factors that reference it
            for (Map.Entry<String, EpidemiologyConfig.Rate> rate : e.rates().entrySet()) {
                int[] of = IntStream.range(0, factors.size())
                        .filter(i -> rate.getKey().equals(factors.get(i).reference())).toArray();
                if (of.length > 0) {
                    ids.add(rate.getKey());
                    rates.add(rate.getValue());
                    referencing.add(of);
                }
            }
            int r = ids.size();
            n = new long[bands];
            reference = new double[r][bands];
            expected = new double[r][bands];
            cases = new long[r][bands];
        }

        /** Counts one customer: its probabilities are computed once, for every rate. */
        public void add(CustomerProfile c) {
            int age = c.demographics().age();
            String gender = c.demographics().gender();
            int band = e.band(age);
            double[] p = config.risk().probabilities(e, c.traits(), age, gender, banded);
            n[band]++;
            for (int k = 0; k < ids.size(); k++) {
                reference[k][band] += rates.get(k).of(band, gender);
                boolean isCase = false;
                for (int i : referencing.get(k)) {
                    expected[k][band] += p[i];
                    isCase |= HealthCases.isCase(factors.get(i), c, config);
                }
                cases[k][band] += isCase ? 1 : 0;
            }
        }

        /** The rows so far, in table order, then by band. */
        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                for (int b = 0; b < n.length; b++) {
                    double count = Math.max(1, n[b]);
                    rows.add(new Row(ids.get(k), rates.get(k).label(), e.bandLabel(b), n[b], reference[k][b] / count,
                            expected[k][b] / count, cases[k][b] / count));
                }
            }
            return rows;
        }
    }
}
