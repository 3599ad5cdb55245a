package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.junit.DistributionAssertions;
import io.github.syntheticcustomers.junit.Persona;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No seed or count here: the extension takes the plugin's dataset (seed and count from the POM). */
@SyntheticCustomers
class CustomersTest {

    @Test
    void theCustomersFollowTheConfiguredMix(SyntheticDataset dataset, List<CustomerProfile> customers) {
        assertEquals(dataset.count(), customers.size());
        DistributionAssertions.assertThat(dataset).hasConfiguredDistributions();
    }

    @Test
    void cliniciansAreAdultsWithSafeContactDetails(
            @Persona("healthcare_professional") List<CustomerProfile> clinicians) {
        assertFalse(clinicians.isEmpty());
        for (CustomerProfile c : clinicians) {
            assertTrue(c.demographics().age() >= 18, c.id());
            assertTrue(c.demographics().email().matches(".+@(example\\.(com|org)|(.+\\.)?test)"), c.id());
        }
    }
}
