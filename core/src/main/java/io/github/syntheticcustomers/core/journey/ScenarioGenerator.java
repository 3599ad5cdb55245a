package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.model.JourneyStep;
import java.util.List;
import java.util.Locale;

/**
 * Builds test scenario {@code i} (README: Output format; Journeys and scenarios) for customer {@code i}: a scenario type chosen from the
 * customer's history and life events, the customer's own values as the {@code user} block, and a journey.
 * A pure function of (seed, configuration, i, customer i). Immutable and thread-safe.
 */
public final class ScenarioGenerator {

    private final long seed;
    private final ScenarioTypeSelector types;
    private final JourneyGenerator journeys;

    public ScenarioGenerator(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.types = new ScenarioTypeSelector(config);
        this.journeys = new JourneyGenerator(config, seed);
    }

    /** The scenario of dataset index {@code index}, whose customer is {@code customer}. */
    public TestScenario scenario(long index, CustomerProfile customer) {
        String type = scenarioType(index, customer);
        ScenarioUser user = new ScenarioUser(customer.demographics().fullName(), customer.demographics().age(),
                customer.personaType(), customer.riskLevel(), customer.healthProfile().screeningHistory());
        List<JourneyStep> journey = journeys.journey(index, customer, type, types.recentLifeEvent(customer));
        String status = CompletionStatus.ABANDONED.equals(journey.get(journey.size() - 1).completionStatus())
                ? JourneyStatus.ABANDONED : JourneyStatus.FINISHED;
        return new TestScenario(scenarioId(index), customer.id(), type, user, status, journey);
    }

    /** Only the scenario type of index {@code index} (cheaper than the whole scenario). */
    public String scenarioType(long index, CustomerProfile customer) {
        return types.select(customer, Rng.of(seed, index, "scenario-type"));
    }

    /** {@code scn-000001} for index 0: 1-based, at least six digits. */
    public static String scenarioId(long index) {
        return String.format(Locale.ROOT, "scn-%06d", index + 1);
    }
}
