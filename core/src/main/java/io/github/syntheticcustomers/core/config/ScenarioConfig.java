package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Immutable;
import java.util.Map;

/**
 * The {@code scenarios} section: which scenario type each customer's test scenario gets. A type is
 * eligible from the customer's screening history, engagement and life events (see
 * {@code journey.ScenarioTypes}); among the eligible types one is drawn with probability proportional to
 * {@code weight}. A weight of 0 disables a type.
 *
 * @param types the scenario types by id
 * @param recentLifeEventDays a life event this many days before the reference date or less is recent
 * @param lapsedAfterDays a last screening or last activity longer ago than this makes a customer lapsed
 * @param inactiveAfterDays no platform activity for longer than this also makes a customer lapsed
 */
public record ScenarioConfig(
        Map<String, ScenarioType> types,
        Integer recentLifeEventDays,
        Integer lapsedAfterDays,
        Integer inactiveAfterDays) {

    public ScenarioConfig {
        types = Immutable.map(types);
    }

    /**
     * @param weight relative weight among the eligible types, ≥ 0
     * @param completionBias added to every completion probability of journeys of this type
     * @param initial weights added to the persona's (normalised) first emotional state
     */
    public record ScenarioType(Double weight, Double completionBias, Map<String, Double> initial) {

        public ScenarioType {
            initial = Immutable.map(initial);
        }
    }
}
