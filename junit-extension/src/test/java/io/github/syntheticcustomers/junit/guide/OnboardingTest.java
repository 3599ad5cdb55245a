package io.github.syntheticcustomers.junit.guide;

// snippet-start onboarding
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.CustomerSource;
import io.github.syntheticcustomers.junit.DistributionAssertions;
import io.github.syntheticcustomers.junit.Persona;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@SyntheticCustomers(seed = 42, count = 500)
class OnboardingTest {

    @Test
    void everyCustomerHasAScenario(List<CustomerProfile> customers, List<TestScenario> scenarios) {
        assertEquals(500, customers.size());
        for (int i = 0; i < customers.size(); i++) {
            assertEquals(customers.get(i).id(), scenarios.get(i).customerId());   // scenario i is customer i's
        }
    }

    @Test
    void injectsAProfessional(@Persona("healthcare_professional") CustomerProfile customer) {
        assertEquals("healthcare_professional", customer.personaType());
    }

    @ParameterizedTest
    @CustomerSource(riskLevel = "moderate", limit = 20)
    void moderateRiskScoresAtLeastFifty(CustomerProfile customer) {
        assertEquals("moderate", customer.riskLevel());
        assertTrue(customer.riskScore() >= 50, customer.id());
    }

    @Test
    void datasetFollowsTheConfiguration(SyntheticDataset dataset) {
        DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();
    }
}
// snippet-end onboarding
