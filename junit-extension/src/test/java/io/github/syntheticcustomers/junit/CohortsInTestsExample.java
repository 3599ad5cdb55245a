package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
class CohortsInTestsExample {

    @Test
    void everyUndiagnosedHypertensiveIsInMiddleAge(
            @Cohort("undiagnosed_hypertension") List<CustomerProfile> members) {
        assertEquals(40, members.size());
        for (CustomerProfile c : members) {
            int age = c.demographics().age();
            assertTrue(age >= 40 && age <= 60, c.id());
        }
    }

    @Test
    void theFirstModerateRiskMember(
            @Cohort("undiagnosed_hypertension") @RiskLevel("moderate") CustomerProfile first,
            @Cohort("avoiding_smokers") List<TestScenario> scenarios) {
        assertEquals("moderate", first.riskLevel());
        assertEquals(25, scenarios.size());
    }

    @ParameterizedTest
    @CohortSource("avoiding_smokers")
    void everySmokingAvoiderIsAWoman(CustomerProfile member) {
        assertEquals("female", member.demographics().gender());
    }

    @Test
    void theCohortsHaveTheirSizesAndConditions(SyntheticDataset dataset) {
        DistributionAssertions.assertThat(dataset)
                .hasCohortSizes()
                .hasCohortSize("known_diabetes", 18)
                .hasCohortMembersMeetingTheirConditions();
    }

    @Test
    void theJavaApiSelectsACohort() {
        SyntheticDataset dataset = SyntheticDataset.of(
                ConfigLoader.load(Path.of("src/test/resources/cohorts.yaml")), 42, 600);
        List<String> ids = dataset.cohortIds();          // in configuration order
        Map<String, Long> sizes = dataset.cohortSizes(); // the exact size of each
        List<CustomerProfile> smokers = dataset.cohort("avoiding_smokers");
        assertEquals(List.of("undiagnosed_hypertension", "avoiding_smokers", "known_diabetes"), ids);
        assertEquals(25L, sizes.get("avoiding_smokers"));
        assertEquals(25, smokers.size());
    }
}
