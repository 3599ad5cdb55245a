package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.HealthProfile;
import io.github.syntheticcustomers.core.quality.HealthCases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DistributionAssertionsTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final SyntheticDataset DATASET = SyntheticDataset.of(DEFAULTS, 42, 500);

    @Test
    void aGeneratedDatasetHasExactlyTheConfiguredDistributions() {
        DistributionAssertions.assertThat(DATASET).hasConfiguredDistributions();
        DistributionAssertions.assertThat(SyntheticDataset.of(DEFAULTS, 5, 37)).hasConfiguredDistributions();
    }

    @Test
    void referencePrevalenceAndCoherenceHoldForAGeneratedDatasetAndFailForAFilteredOne() {
        DistributionAssertions.assertThat(DATASET).hasReferencePrevalence().isCoherent();
        // a test that keeps only customers without measured or diagnosed hypertension no longer has the population's
        RiskConfig.Factor hypertension = DEFAULTS.risk().factors().get(0);
        List<CustomerProfile> filtered = DATASET.customers().stream()
                .filter(c -> !HealthCases.isCase(hypertension, c, DEFAULTS)).toList();
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(filtered, DEFAULTS).hasReferencePrevalence());
        String message = error.getMessage();
        assertTrue(message.startsWith("epidemiology of " + filtered.size() + " customers: "), message);
        assertTrue(message.contains("\n  hypertension.18-39 = 0% (expected "), message);
        assertTrue(message.contains("\n  e.g. Hypertension at 18-39: 0 % of "), message);
    }

    @Test
    void aContradictoryCustomerFailsIsCoherentWithTheRuleAndTheCustomer() {
        CustomerProfile c = DATASET.customers().get(3);
        HealthProfile h = c.healthProfile();
        HealthProfile future = new HealthProfile(List.of(new Condition("Asthma", 2030, true)), h.familyHistory(),
                h.lifestyle(), h.screeningHistory(), h.measurements());
        List<CustomerProfile> customers = new ArrayList<>(DATASET.customers());
        customers.set(3, new CustomerProfile(c.id(), c.personaType(), c.riskLevel(), c.riskScore(), c.traits(),
                c.demographics(), future, c.lifeEvents(), c.engagement(), c.narrative(), c.sdoh()));
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(customers, DEFAULTS).isCoherent());
        assertEquals("coherence of 500 customers: 1 coherence violation(s) in 500 customers.\n"
                + "  dated_before_reference = 1 violations (allowed <= 0 violations)\n"
                + "  e.g. dated_before_reference: " + c.id() + ": Asthma diagnosed in 2030, after the reference date "
                + DEFAULTS.referenceDate(), error.getMessage());
    }

    @Test
    void exactModeListsEveryCategoryWithExpectedAndActualCountAndShare() {
        List<CustomerProfile> customers = new ArrayList<>(DATASET.customers());
        customers.removeIf(c -> c.id().equals(firstOf("overlooked_risk_group").id()));
        customers.add(firstOf("health_aware_avoider"));

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(customers, DEFAULTS).hasPersonaDistribution());
        assertEquals("""
                persona distribution of 500 customers does not match the configuration (exact counts):
                  category                  expected            actual           \s
                  health_aware_avoider      150 (30.00%)        151 (30.20%)        <-- differs
                  structured_system_seeker  125 (25.00%)        125 (25.00%)     \s
                  balanced_life_integrator  100 (20.00%)        100 (20.00%)     \s
                  healthcare_professional   75 (15.00%)         75 (15.00%)      \s
                  overlooked_risk_group     50 (10.00%)         49 (9.80%)          <-- differs
                """, error.getMessage().replace(System.lineSeparator(), "\n"));
        assertEquals("""
                health_aware_avoider: 150 (30.00%)
                structured_system_seeker: 125 (25.00%)
                balanced_life_integrator: 100 (20.00%)
                healthcare_professional: 75 (15.00%)
                overlooked_risk_group: 50 (10.00%)
                """, error.getExpected().getStringRepresentation());
        assertEquals("""
                health_aware_avoider: 151 (30.20%)
                structured_system_seeker: 125 (25.00%)
                balanced_life_integrator: 100 (20.00%)
                healthcare_professional: 75 (15.00%)
                overlooked_risk_group: 49 (9.80%)
                """, error.getActual().getStringRepresentation());
    }

    @Test
    void toleranceModeAcceptsSharesWithinThePercentagePoints() {
        List<CustomerProfile> customers = new ArrayList<>(DATASET.customers());
        customers.removeIf(c -> c.id().equals(firstOf("overlooked_risk_group").id()));
        customers.add(firstOf("health_aware_avoider"));
        DistributionAssertions.assertThat(customers, DEFAULTS).withinPercentagePoints(0.2).hasPersonaDistribution()
                .hasRiskDistribution().hasAgeDecadeDistribution();

        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(customers, DEFAULTS).withinPercentagePoints(0.1)
                        .hasPersonaDistribution());
        assertEquals("persona distribution of 500 customers does not match the configuration (shares within 0.10"
                + " percentage points):", error.getMessage().lines().findFirst().orElseThrow());
        assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(customers, DEFAULTS).exactly().hasPersonaDistribution());
    }

    @Test
    void aFilteredDatasetFailsTheRiskDistributionAndShowsBothLevels() {
        List<CustomerProfile> low = DATASET.customers(c -> c.riskLevel().equals("low"));
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(low, DEFAULTS).withinPercentagePoints(5).hasRiskDistribution());
        assertEquals("low: 252 (71.00%)\nmoderate: 103 (29.00%)\n", error.getExpected().getStringRepresentation());
        assertEquals("low: 355 (100.00%)\nmoderate: 0 (0.00%)\n", error.getActual().getStringRepresentation());
    }

    @Test
    void countsAgesByDecade() {
        GeneratorConfig config = DEFAULTS;
        List<CustomerProfile> customers = DATASET.customers();
        DistributionAssertions.assertThat(customers, config).hasAgeDecadeDistribution();
        assertEquals(List.of(70L, 250L, 165L, 15L), List.of(
                count(customers, 20), count(customers, 30), count(customers, 40), count(customers, 50)),
                "guide: guarantees.md: decades 70/250/165/15 of 500");
    }

    @Test
    void rejectsANegativeTolerance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionAssertions.assertThat(DATASET).withinPercentagePoints(-1));
        assertEquals("percentagePoints must be a finite number >= 0 but was: -1.0", e.getMessage());
    }

    private static long count(List<CustomerProfile> customers, int decade) {
        return customers.stream().filter(c -> c.demographics().age() / 10 * 10 == decade).count();
    }

    private static CustomerProfile firstOf(String persona) {
        return DATASET.customers(c -> c.personaType().equals(persona)).get(0);
    }
}
