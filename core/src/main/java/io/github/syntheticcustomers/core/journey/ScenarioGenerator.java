package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.PlatformCourse;
import io.github.syntheticcustomers.core.timeline.PlatformModel;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds test scenario {@code i} (guide: formats-and-schemas.md) for customer {@code i}: a scenario type
 * chosen from the customer's history and life events, the customer's own values as the {@code user} block, and a
 * journey placed on the customer's sessions. A pure function of (seed, configuration, i, customer i). Immutable and
 * thread-safe.
 */
public final class ScenarioGenerator {

    private final long seed;
    private final ScenarioTypeSelector types;
    private final JourneyGenerator journeys;
    private final PlatformModel platforms;
    private final Map<String, ZoneId> zones;
    /** The cohorts, whose conditions a member's scenario type and platform course follow. */
    private final List<CohortConfig> cohorts;

    public ScenarioGenerator(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.cohorts = config.cohorts();
        this.types = new ScenarioTypeSelector(config);
        this.journeys = new JourneyGenerator(config, seed);
        this.platforms = new PlatformModel(config, seed);
        this.zones = Region.zonesByName(config.regions());
    }

    /** The scenario of dataset index {@code index}, whose customer is {@code customer}. */
    public TestScenario scenario(long index, CustomerProfile customer) {
        ZoneId zone = zones.getOrDefault(customer.demographics().state(), ZoneOffset.UTC);
        return placed(index, customer, platforms.course(index, customer.traits(), zone,
                customer.demographics().dateOfBirth(), where(customer).engagement())).scenario();
    }

    /**
     * The scenario of dataset index {@code index} and its journey as it lies on the timeline, for a customer whose
     * platform course is already known.
     */
    public ScenarioOnTimeline placed(long index, CustomerProfile customer, PlatformCourse platform) {
        String type = scenarioType(index, customer);
        ScenarioUser user = new ScenarioUser(customer.demographics().fullName(), customer.demographics().age(),
                customer.personaType(), customer.riskLevel(), customer.healthProfile().screeningHistory());
        PlacedJourney journey = journeys.journey(index, customer, platform, type, types.recentLifeEvent(customer));
        TestScenario scenario = new TestScenario(scenarioId(index), customer.id(), type, user, journey.status(),
                journey.prior().size(), journey.steps());
        return new ScenarioOnTimeline(scenario, journey);
    }

    /**
     * A scenario with the placement of its journey.
     *
     * @param scenario the scenario
     * @param journey where its steps (and the steps completed before it) lie on the timeline
     */
    public record ScenarioOnTimeline(TestScenario scenario, PlacedJourney journey) {
    }

    /**
     * Only the scenario type of index {@code index} (cheaper than the whole scenario): for a member of a cohort that
     * names scenario types, drawn among those it is eligible for (docs/cohorts.md).
     */
    public String scenarioType(long index, CustomerProfile customer) {
        return types.select(customer, Rng.of(seed, index, "scenario-type"), where(customer).scenarioTypes());
    }

    /** The condition of the cohort the customer was generated for, or none. */
    private CohortConfig.Where where(CustomerProfile customer) {
        CohortConfig.Where w = customer.cohorts().isEmpty() ? null : CohortConfig.of(cohorts, customer.cohorts());
        return w == null ? CohortConfig.Where.any() : w;
    }

    /** {@code scn-000001} for index 0: 1-based, at least six digits. */
    public static String scenarioId(long index) {
        return String.format(Locale.ROOT, "scn-%06d", index + 1);
    }
}
