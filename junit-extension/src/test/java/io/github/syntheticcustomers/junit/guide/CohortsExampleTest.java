package io.github.syntheticcustomers.junit.guide;

// snippet-start cohorts
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.junit.Cohort;
import io.github.syntheticcustomers.junit.CohortSource;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
class CohortsExampleTest {

    @Test
    void findsEveryUndiagnosedHypertensive(@Cohort("undiagnosed_hypertension") List<CustomerProfile> members) {
        assertEquals(40, members.size());
        for (CustomerProfile c : members) {
            assertTrue(c.healthProfile().conditions().stream()                        // not diagnosed ...
                    .noneMatch(condition -> condition.name().equals("Hypertension")), c.id());
            assertTrue(c.healthProfile().measurement("systolic_bp").value() >= 130   // ... but measured high
                    || c.healthProfile().measurement("diastolic_bp").value() >= 80, c.id());
        }
    }

    @ParameterizedTest
    @CohortSource("avoiding_smokers")
    void everyMemberIsASmokingWoman(CustomerProfile member) {
        assertEquals("female", member.demographics().gender());
        assertEquals("current", member.healthProfile().lifestyle().smoking());
    }

    @Test
    void readsHbA1cExactlyAtTheDiabetesCutOff(SyntheticDataset dataset) {
        CustomerProfile atCutOff = dataset.boundaryCase("hba1c_6_5_at");
        CustomerProfile justBelow = dataset.boundaryCase("hba1c_6_5_below");
        assertEquals(6.5, atCutOff.healthProfile().measurement("hba1c").value());
        assertEquals(6.4, justBelow.healthProfile().measurement("hba1c").value());
    }
}
// snippet-end cohorts
