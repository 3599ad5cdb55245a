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
import java.util.List;

/**
 * Chooses a customer's scenario type from their data (configuration {@code scenarios}): which types are
 * eligible follows from the screening history, platform engagement, life events and risk level; one
 * eligible type is drawn by the configured weights. When no type with a weight is eligible, any type with
 * a weight is drawn. Immutable.
 */
final class ScenarioTypeSelector {

    /** Sessions in the last 90 days at or below which a customer is new to the platform. */
    static final int NEW_USER_SESSIONS = 2;

    private final ScenarioConfig scenarios;
    private final LocalDate reference;
    private final String lowestRisk;
    private final double[] weights;

    ScenarioTypeSelector(GeneratorConfig config) {
        this.scenarios = config.scenarios();
        this.reference = config.referenceDate();
        this.lowestRisk = config.riskLevelIds().get(0);
        this.weights = new double[ScenarioTypes.ALL.size()];
        for (int i = 0; i < weights.length; i++) {
            ScenarioConfig.ScenarioType t = scenarios.types().get(ScenarioTypes.ALL.get(i));
            weights[i] = t == null ? 0 : t.weight();
        }
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

    /** Eligibility per type, in {@link ScenarioTypes#ALL} order. */
    boolean[] eligible(CustomerProfile c) {
        ScreeningHistory sh = c.healthProfile().screeningHistory();
        Engagement e = c.engagement();
        boolean newToPlatform = e.sessionsLast90Days() <= NEW_USER_SESSIONS;
        long inactiveDays = ChronoUnit.DAYS.between(e.lastActive(), reference);
        boolean inactive = inactiveDays > scenarios.inactiveAfterDays();
        boolean screeningLapsed = sh.hasHistory() && sh.lastScreening() != null
                && ChronoUnit.DAYS.between(sh.lastScreening(), reference) > scenarios.lapsedAfterDays();
        boolean healthScare = c.lifeEvents().stream().anyMatch(ev -> ev.type().equals("health_scare"));
        return new boolean[] {
            !sh.hasHistory() || newToPlatform,
            sh.hasHistory() && !newToPlatform && !inactive && !screeningLapsed,
            sh.hasHistory() && (inactive || screeningLapsed),
            recentLifeEvent(c),
            !c.riskLevel().equals(lowestRisk) || healthScare,
        };
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
        List<String> types = ScenarioTypes.ALL;
        return types.get(rng.weightedIndex(total > 0 ? w : weights));
    }
}
