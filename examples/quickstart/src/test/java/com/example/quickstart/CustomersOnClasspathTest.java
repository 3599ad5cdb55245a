package com.example.quickstart;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the dataset the plugin generated from the test classpath, as any test of yours can.
 */
class CustomersOnClasspathTest {

    static List<CustomerProfile> customers;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CustomersOnClasspathTest.class.getResourceAsStream("/customers.json")) {
            assertNotNull(in, "customers.json is on the test classpath");
            customers = DatasetReader.readAll(in, "customers.json", CustomerProfile.class);
        }
    }

    @Test
    void personasHaveTheirExactShares() {
        Map<String, Long> personas = customers.stream()
                .collect(groupingBy(CustomerProfile::personaType, TreeMap::new, counting()));
        assertEquals(Map.of("health_aware_avoider", 150L, "structured_system_seeker", 125L,
                "balanced_life_integrator", 100L, "healthcare_professional", 75L, "overlooked_risk_group", 50L),
                personas);
    }

    @Test
    void riskLevelsHaveTheirExactShares() {
        Map<String, Long> risk = customers.stream()
                .collect(groupingBy(CustomerProfile::riskLevel, TreeMap::new, counting()));
        assertEquals(Map.of("low", 355L, "moderate", 145L), risk);
    }

    @Test
    void contactDetailsCannotReachAnyone() {
        for (CustomerProfile c : customers) {
            String email = c.demographics().email();
            assertTrue(email.endsWith("@example.com") || email.endsWith("@example.org") || email.endsWith(".test"),
                    email);
            assertTrue(c.demographics().phone().matches(".*555-01\\d\\d"), c.demographics().phone());
        }
    }
}
