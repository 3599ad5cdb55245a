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
        return select(c, rng, List.of());
    }

    /**
     * The scenario type of {@code c} among {@code allowed} (a cohort's {@code scenario_types}; empty: every type): one
     * drawn by weight among the allowed types {@code c} is eligible for. A cohort's condition makes one of its types
     * certain (config validation), so a member is eligible for one; should none be, the allowed types are drawn by
     * weight, as an ordinary customer eligible for none draws among all types.
     */
    String select(CustomerProfile c, Rng rng, List<String> allowed) {
        boolean[] eligible = eligible(c);
        double[] w = new double[weights.length];
        double[] fallback = allowed.isEmpty() ? weights : new double[weights.length];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            boolean admitted = allowed.isEmpty() || allowed.contains(types.get(i));
            w[i] = eligible[i] && admitted ? weights[i] : 0;
            total += w[i];
            if (!allowed.isEmpty()) {
                fallback[i] = admitted ? weights[i] : 0;
            }
        }
        return types.get(rng.weightedIndex(total > 0 ? w : fallback));
    }
}
