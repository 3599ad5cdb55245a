package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cohort mistake of a file at once, in file order, with its line, column, property, value and what is allowed
 * (docs/cohorts.md, "Refusals at load"), over {@code custom-cohorts-errors.yaml}.
 */
class CohortValidationTest {

    @Test
    void everyMistakeOfEveryCohortIsReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> TestResources.config("custom-cohorts-errors.yaml"));
        assertEquals(String.join("\n", List.of(
                "12 configuration errors in custom-cohorts-errors.yaml:",
                "  - custom-cohorts-errors.yaml:3:5: cohorts.0.id: invalid id (was: Bad-Id; allowed: lower-case letters, digits and '_', starting with a letter)",
                "  - custom-cohorts-errors.yaml:4:5: cohorts.0.count: out of range (was: 0; allowed: 1 or more)",
                "  - custom-cohorts-errors.yaml:5:5: cohorts.0.where: requires two factors of group 'smoking', which exclude each other (was: current_smoker, former_smoker; allowed: at most one factor per group)",
                "  - custom-cohorts-errors.yaml:6:18: cohorts.0.where.personas.0: unknown persona (was: nobody; allowed: a persona id: health_aware_avoider, structured_system_seeker, balanced_life_integrator, healthcare_professional, overlooked_risk_group)",
                "  - custom-cohorts-errors.yaml:7:16: cohorts.0.where.gender.0: unknown gender (was: robot; allowed: female, male, non_binary)",
                "  - custom-cohorts-errors.yaml:8:21: cohorts.0.where.risk_levels.0: unknown risk level (was: extreme; allowed: low, moderate)",
                "  - custom-cohorts-errors.yaml:9:48: cohorts.0.where.factors.2: unknown risk factor (was: unicorn; allowed: a risk.factors id: anxiety_disorder, asthma, current_smoker, depression, family_breast_cancer, family_colorectal_cancer, family_diabetes, family_heart_disease, family_stroke, former_smoker, heavy_drinking, high_cholesterol, high_stress, hypertension, hypothyroidism, obesity, overweight, poor_diet, prediabetes, sedentary, short_sleep, sleep_apnea, type_2_diabetes)",
                "  - custom-cohorts-errors.yaml:10:25: cohorts.0.where.without_factors.0: names a factor the cohort requires (was: current_smoker; allowed: factors the cohort does not require)",
                "  - custom-cohorts-errors.yaml:11:19: cohorts.0.where.diagnosed.0: is not a condition (kind lifestyle), so it is never diagnosed (was: sedentary; allowed: a risk factor of kind condition)",
                "  - custom-cohorts-errors.yaml:14:5: cohorts.1.share: is set beside count (was: 2.0; allowed: either count or share)",
                "  - custom-cohorts-errors.yaml:16:7: cohorts.1.where.age: from is above to (was: 60–50; allowed: from at most to)",
                "  - custom-cohorts-errors.yaml:18:21: cohorts.1.where.undiagnosed.0: names a condition diagnosed names too (was: hypertension; allowed: a condition in one of diagnosed and undiagnosed)")), e.getMessage());
    }

    @Test
    void aFactorOfPrevalenceZeroCannotBeRequiredNorOneOfPrevalenceOneExcluded() {
        String yaml = """
                risk:
                  factors:
                    - { id: sleep_apnea, prevalence: 0.0 }
                    - { id: hypothyroidism, prevalence: 1.0 }
                cohorts:
                  - { id: apnea, count: 3, where: { factors: [sleep_apnea] } }
                  - { id: thyroid, count: 3, where: { without_factors: [hypothyroidism] } }
                """;
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("prevalence.yaml", yaml));
        assertEquals(String.join("\n", List.of(
                "2 configuration errors in prevalence.yaml:",
                "  - prevalence.yaml:6:47: cohorts.0.where.factors.0: requires a factor no customer has (prevalence 0) (was: "
                        + "sleep_apnea; allowed: a factor with a prevalence above 0)",
                "  - prevalence.yaml:7:57: cohorts.1.where.without_factors.0: excludes a factor every customer has "
                        + "(prevalence 1) (was: hypothyroidism; allowed: a factor with a prevalence below 1)")),
                e.getMessage());
    }
}
