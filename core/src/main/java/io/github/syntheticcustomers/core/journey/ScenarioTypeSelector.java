package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Engagement;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.ScreeningHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a customer's scenario type from their data (configuration {@code scenarios}): which types are
 * eligible follows from the screening history, platform engagement, life events and risk level; one
 * eligible type is drawn by the configured weights. When no type with a weight is eligible, any type with
 * a weight is drawn. Immutable.
 */
final class ScenarioTypeSelector {

    private final CustomerPredicates predicates;
    private final List<String> types;
    private final List<ScenarioConfig.Eligibility> eligibility;
    private final double[] weights;

    ScenarioTypeSelector(GeneratorConfig config) {
        ScenarioConfig scenarios = config.scenarios();
        this.predicates = new CustomerPredicates(config);
        this.types = List.copyOf(scenarios.types().keySet());
        List<ScenarioConfig.Eligibility> rules = new ArrayList<>();
        this.weights = new double[types.size()];
        for (int i = 0; i < weights.length; i++) {
            ScenarioConfig.ScenarioType t = scenarios.types().get(types.get(i));
            weights[i] = t.weight();
            rules.add(t.eligible());
        }
        this.eligibility = List.copyOf(rules);
    }

    /** The scenario type ids, in configuration order. */
    List<String> types() {
        return types;
    }

    /** Whether the customer had a life event within {@code scenarios.recent_life_event_days}. */
    boolean recentLifeEvent(CustomerProfile c) {
        return predicates.recentLifeEvent(c);
    }

    /** Eligibility per type, in configuration order. */
    boolean[] eligible(CustomerProfile c) {
        CustomerPredicates.Facts facts = predicates.facts(c);
        boolean[] out = new boolean[types.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = CustomerPredicates.holds(eligibility.get(i), facts);
        }
        return out;
    }

    /** The scenario type of {@code c}. */
    String select(CustomerProfile c, Rng rng) {
        boolean[] eligible = eligible(c);
        double[] w = new double[weights.length];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = eligible[i] ? weights[i] : 0;
            total += w[i];
        }
        return types.get(rng.weightedIndex(total > 0 ? w : weights));
    }
}
