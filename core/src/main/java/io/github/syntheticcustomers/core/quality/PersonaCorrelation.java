package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Rank correlation, across personas, of a configured trait with a measure of their scenarios. */
final class PersonaCorrelation {

    /** Personas with fewer scenarios are left out: their measures are too noisy to rank. */
    static final int MIN_SCENARIOS = 10;

    private PersonaCorrelation() {
    }

    /** Spearman's rho of {@code trait} and {@code measure} over personas with enough scenarios; NaN if < 3. */
    static double of(GeneratorConfig config, List<TestScenario> scenarios, Function<Traits, Double> trait,
            ToDoubleFunction<List<TestScenario>> measure) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            List<TestScenario> of = scenarios.stream()
                    .filter(s -> s.user() != null && p.getKey().equals(s.user().personaType())).toList();
            double y = of.size() < MIN_SCENARIOS ? Double.NaN : measure.applyAsDouble(of);
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
