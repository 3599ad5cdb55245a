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

    private final ScenarioConfig scenarios;
    private final LocalDate reference;
    private final String lowestRisk;
    private final List<String> types;
    private final List<ScenarioConfig.Eligibility> eligibility;
    private final double[] weights;

    ScenarioTypeSelector(GeneratorConfig config) {
        this.scenarios = config.scenarios();
        this.reference = config.referenceDate();
        this.lowestRisk = config.riskLevelIds().get(0);
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
        LocalDate since = reference.minusDays(scenarios.recentLifeEventDays());
        for (LifeEvent e : c.lifeEvents()) {
            if (!e.date().isBefore(since)) {
                return true;
            }
        }
        return false;
    }

    /** Eligibility per type, in configuration order. */
    boolean[] eligible(CustomerProfile c) {
        Facts facts = facts(c);
        boolean[] out = new boolean[types.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = holds(eligibility.get(i), facts, c);
        }
        return out;
    }

    /** The named conditions of one customer, each computed once. */
    private record Facts(boolean hasHistory, boolean newToPlatform, boolean inactive, boolean screeningLapsed,
            boolean recentLifeEvent, boolean riskAboveLowest) {
    }

    private Facts facts(CustomerProfile c) {
        ScreeningHistory sh = c.healthProfile().screeningHistory();
        Engagement e = c.engagement();
        boolean newToPlatform = e.sessionsLast90Days() <= scenarios.newUserMaxSessions();
        long inactiveDays = ChronoUnit.DAYS.between(e.lastActive(), reference);
        boolean inactive = inactiveDays > scenarios.inactiveAfterDays();
        boolean screeningLapsed = sh.hasHistory() && sh.lastScreening() != null
                && ChronoUnit.DAYS.between(sh.lastScreening(), reference) > scenarios.lapsedAfterDays();
        return new Facts(sh.hasHistory(), newToPlatform, inactive, screeningLapsed, recentLifeEvent(c),
                !c.riskLevel().equals(lowestRisk));
    }

    /** Evaluates a (validated) eligibility rule. */
    private static boolean holds(ScenarioConfig.Eligibility rule, Facts f, CustomerProfile c) {
        if (rule.is() != null) {
            return switch (rule.is()) {
                case "has_screening_history" -> f.hasHistory();
                case "new_to_platform" -> f.newToPlatform();
                case "inactive" -> f.inactive();
                case "screening_lapsed" -> f.screeningLapsed();
                case "recent_life_event" -> f.recentLifeEvent();
                case "risk_above_lowest" -> f.riskAboveLowest();
                default -> throw new IllegalStateException("unvalidated condition " + rule.is());
            };
        }
        if (rule.lifeEvent() != null) {
            return c.lifeEvents().stream().anyMatch(ev -> ev.type().equals(rule.lifeEvent()));
        }
        if (rule.all() != null) {
            return rule.all().stream().allMatch(r -> holds(r, f, c));
        }
        if (rule.any() != null) {
            return rule.any().stream().anyMatch(r -> holds(r, f, c));
        }
        return !holds(rule.not(), f, c);
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
