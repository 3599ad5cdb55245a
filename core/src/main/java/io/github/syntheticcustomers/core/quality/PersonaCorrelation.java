package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;


/** Rank correlation, across personas, of a configured trait with a measure of their scenarios. */
final class PersonaCorrelation {

    /** Personas with fewer scenarios are left out: their measures are too noisy to rank. */
    static final int MIN_SCENARIOS = QualityCheck.MIN_SAMPLE;
    /**
     * Fewest steps a persona's share rests on to be ranked: a share over fewer has a standard error near three points
     * or more, as large as the gaps between personas the correlation ranks (one step per journey needs ten times the
     * journeys a journey of ten steps does).
     */
    static final int MIN_OBSERVATIONS = 300;

    private PersonaCorrelation() {
    }

    /** A measure per persona, summed one scenario at a time, and its rank correlation with a trait. */
    static final class Tally {
        private final Map<String, Ratio> measures = new HashMap<>(); // looked up only; read in configured order
        private final Map<String, Long> scenarios = new HashMap<>();

        /** Adds one scenario of {@code persona}: {@code contribution} adds its part to the persona's measure. */
        void add(String persona, Consumer<Ratio> contribution) {
            scenarios.merge(String.valueOf(persona), 1L, Long::sum);
            contribution.accept(measures.computeIfAbsent(String.valueOf(persona), k -> new Ratio()));
        }

        /**
         * Spearman's rho of {@code trait} and each persona's measure ({@code value} of its ratio) over personas with
         * at least {@link #MIN_SCENARIOS} scenarios and {@link #MIN_OBSERVATIONS} steps measured; NaN when fewer than
         * three personas qualify.
         */
        double rho(GeneratorConfig config, Function<Traits, Double> trait, ToDoubleFunction<Ratio> value) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
                long n = scenarios.getOrDefault(p.getKey(), 0L);
                Ratio measure = measures.get(p.getKey());
                double y = n < MIN_SCENARIOS || measure.whole() < MIN_OBSERVATIONS ? Double.NaN
                        : value.applyAsDouble(measure);
                if (!Double.isNaN(y)) {
                    xs.add(trait.apply(p.getValue().traits()));
                    ys.add(y);
                }
            }
            if (xs.size() < 3) {
                return Double.NaN;
            }
            return Stats.spearman(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
