package com.example.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.junit.CustomerSource;
import io.github.syntheticcustomers.junit.DistributionAssertions;
import io.github.syntheticcustomers.junit.Persona;
import io.github.syntheticcustomers.junit.RiskLevel;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The planner against a realistic population instead of three hand-written members. */
@SyntheticCustomers(seed = 42)
class OnboardingPlannerTest {

    private final OnboardingPlanner planner = new OnboardingPlanner();

    private List<String> plan(CustomerProfile c) {
        return planner.firstSteps(c.demographics().age(), c.personaType().equals("healthcare_professional"),
                c.riskLevel());
    }

    @Test
    void everyCustomerGetsAtLeastOneStep(List<CustomerProfile> customers) {
        assertEquals(300, customers.size());
        customers.forEach(c -> assertFalse(plan(c).isEmpty(), c.id()));
    }

    @Test
    void cliniciansSkipTheTour(@Persona("healthcare_professional") List<CustomerProfile> clinicians) {
        assertFalse(clinicians.isEmpty());
        clinicians.forEach(c -> assertFalse(plan(c).contains("welcome-tour"), c.id()));
    }

    @Test
    void aModerateRiskAvoiderHearsAboutRiskFirst(
            @Persona("health_aware_avoider") @RiskLevel("moderate") CustomerProfile avoider) {
        assertEquals("explain-risk-gently", plan(avoider).get(0));
    }

    @ParameterizedTest
    @CustomerSource(riskLevel = "moderate", limit = 25)
    void everyModerateRiskCustomerIsOfferedAScreening(CustomerProfile customer) {
        assertTrue(plan(customer).contains("book-screening"), customer.id());
    }

    @Test
    void theTestPopulationLooksLikeTheRealOne(SyntheticDataset dataset) {
        DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();
    }

    @Nested
    @SyntheticCustomers(seed = 7, count = 50)
    class AnotherCohort {
        @Test
        void lowRiskCustomersStartWithReminders(@RiskLevel("low") List<CustomerProfile> low) {
            low.forEach(c -> assertTrue(plan(c).contains("set-reminders"), c.id()));
            DistributionAssertions.assertThat(low, SyntheticDatasetConfig.DEFAULTS).withinPercentagePoints(6)
                    .hasPersonaDistribution();
        }
    }
}
