package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code risk} section: factors, points and bands are configuration; errors are located and exact. */
class RiskConfigTest {

    /** A product that screens for glaucoma: one factor more, hypertension weighs more, two explicit bands. */
    static final String GLAUCOMA = """
            risk:
              level_floors: { low: 0, moderate: 40 }
              factors:
                replace:
                  - { id: hypertension, kind: condition, label: Hypertension, points: 20, prevalence: 0.10 }
                  - { id: family_glaucoma, kind: family_history, label: Glaucoma, points: 9, prevalence: 0.12 }
                  - { id: current_smoker, kind: lifestyle, label: current smoker, points: 12, prevalence: 0.11,
                      group: smoking, lifestyle: { field: smoking, value: current } }
                  - { id: obesity, kind: lifestyle, label: obesity, points: 10, prevalence: 0.18,
                      lifestyle: { field: bmi, min: 30.0, max: 39.9 } }
            """;

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026})
    void configuredFactorsPointsAndBandsMakeTheScore(long seed) {
        GeneratorConfig config = ConfigLoader.load("glaucoma.yaml", GLAUCOMA);
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 300);
        boolean sawGlaucoma = false;
        for (CustomerProfile c : dataset.customers()) {
            int age = c.demographics().age();
            int points = age >= 50 ? 8 : age >= 40 ? 5 : age >= 30 ? 2 : 0;
            points += Math.min(12, 3 * barriers(c));
            List<String> conditions = c.healthProfile().conditions().stream().map(x -> x.name()).toList();
            assertTrue(List.of("Hypertension").containsAll(conditions), c.id() + " " + conditions);
            points += conditions.contains("Hypertension") ? 20 : 0;
            boolean glaucoma = c.healthProfile().familyHistory().stream().anyMatch(f -> f.condition().equals("Glaucoma"));
            assertEquals(c.healthProfile().familyHistory().size(), glaucoma ? 1 : 0, c.id());
            sawGlaucoma |= glaucoma;
            points += glaucoma ? 9 : 0;
            points += c.healthProfile().lifestyle().smoking().equals("current") ? 12 : 0;
            assertTrue(!c.healthProfile().lifestyle().smoking().equals("former"), "no factor sets former any more");
            points += c.healthProfile().lifestyle().bmi() >= 30 ? 10 : 0;
            assertEquals(Math.min(100, points), c.riskScore(), c.id());
            assertEquals(c.riskScore() >= 40 ? "moderate" : "low", c.riskLevel(), c.id() + " score " + c.riskScore());
        }
        assertTrue(sawGlaucoma, "the new factor occurs");
    }

    private static int barriers(CustomerProfile c) {
        var s = c.sdoh();
        int n = 0;
        n += s.housing().equals("stable") ? 0 : 1;
        n += s.foodSecurity().equals("secure") ? 0 : 1;
        n += s.transportation().equals("reliable") ? 0 : 1;
        n += s.financialStrain().equals("low") ? 0 : 1;
        n += s.socialSupport().equals("strong") ? 0 : 1;
        n += s.accessToCare().equals("good") ? 0 : 1;
        return n + (s.insurance().equals("uninsured") ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            risk: { factors: { replace: [] } }                                                                         | risk.factors: has no factors (was: []; allowed: at least one factor { id, kind, label, points, prevalence })
            risk: { factors: { replace: [ { id: a, kind: gene, label: A, points: 1, prevalence: 0.1 } ] } }             | risk.factors.0.kind: unknown risk factor kind 'gene' (was: gene; allowed: condition, family_history, lifestyle)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, prevalence: 0.1 }, { id: a, kind: condition, label: B, points: 1, prevalence: 0.1 } ] } } | risk.factors.1.id: risk factor 'a' is declared twice (was: a; allowed: each factor once)
            risk: { factors: { replace: [ { id: a, kind: lifestyle, label: A, points: 1, prevalence: 0.1, lifestyle: { field: hobbies, value: golf } } ] } } | risk.factors.0.lifestyle.field: unknown lifestyle field 'hobbies' (was: hobbies; allowed: smoking, alcohol, physical_activity, diet, sleep_hours, stress_level, bmi)
            risk: { factors: { replace: [ { id: a, kind: lifestyle, label: A, points: 1, prevalence: 0.1, lifestyle: { field: bmi, value: high } } ] } } | risk.factors.0.lifestyle.value: 'bmi' takes a range, not a value (was: high; allowed: min and max: a number 10–80 with one decimal)
            risk: { factors: { replace: [ { id: a, kind: lifestyle, label: A, points: 1, prevalence: 0.1 } ] } }        | risk.factors.0.lifestyle: is required (allowed: { field, value } or { field, min, max })
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, prevalence: 1.5 } ] } }        | risk.factors.0.prevalence: out of range (was: 1.5; allowed: a probability 0.0–1.0)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, prevalence: 0.1, link: { trait: luck, base: 1, per_unit: 0 } } ] } } | risk.factors.0.link.trait: unknown trait 'luck' (was: luck; allowed: health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers)
            risk: { factors: { replace: [ { id: a, kind: lifestyle, label: A, points: 1, prevalence: 0.1, lifestyle: { field: diet, value: poor } }, { id: b, kind: lifestyle, label: B, points: 1, prevalence: 0.1, lifestyle: { field: diet, value: fair } } ] } } | risk.factors.1.group: factor 'b' sets lifestyle field 'diet' like factor 'a' but not in its group (allowed: group: a group both share)
            risk: { level_floors: { low: 0, high: 50 } }                                                    | risk.level_floors.high: unknown risk level 'high' (was: high; allowed: low, moderate)
            risk: { level_floors: { low: 10, moderate: 50 } }                                               | risk.level_floors.low: the lowest level must start at 0 (was: 10; allowed: 0)
            risk: { age_points: [ { from_age: 40, points: 5 }, { from_age: 30, points: 2 } ] }              | risk.age_points.1.from_age: is not above the previous entry's (was: 30; allowed: ages in ascending order, above 40)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, reference: gout } ] } }          | risk.factors.0.reference: unknown reference rate 'gout' (was: gout; allowed: hypertension, diabetes, prediabetes, high_cholesterol, obesity, overweight, current_smoking, physical_inactivity, depression, anxiety, asthma, short_sleep)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, prevalence: 0.1, reference: asthma } ] } } | risk.factors.0.prevalence: is given with a reference rate (was: 0.1; allowed: either prevalence or reference, not both)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1 } ] } }                          | risk.factors.0.prevalence: is required (allowed: a probability 0.0–1.0, or a reference: <epidemiology rate>)
            risk: { factors: { replace: [ { id: a, kind: condition, label: A, points: 1, reference: hypertension } ] } }  | risk.factors.0.reference: rate 'hypertension' has a diagnosed share but factor 'a' is not a condition a measurement reveals (was: hypertension; allowed: a condition named by a measurements.values[].cuts, or a rate without diagnosed)
            risk: { latent_correlation: 0.99 }                                                               | risk.latent_correlation: out of range (was: 0.99; allowed: a correlation 0.0–0.95)
            epidemiology: { rates: { asthma: { male: [0.1] } } }                                             | epidemiology.rates.asthma.male: has 1 rates for 3 age bands (was: [0.1]; allowed: one probability 0.0–1.0 per age band)
            epidemiology: { rates: { gout: { label: Gout, source: "a survey", all: [0.1, 0.2, 0.3], female: [0.1, 0.2, 0.3] } } } | epidemiology.rates.gout.all: is given with rates by sex (was: [0.1, 0.2, 0.3]; allowed: either all, or female and male)
            epidemiology: { rates: { gout: { label: Gout, all: [0.1, 0.2, 0.3] } } }                         | epidemiology.rates.gout.source: is required (allowed: a non-blank text)
            epidemiology: { age_bands: [20, 40] }                                                            | epidemiology.age_bands: does not cover adults from 18 (was: [20, 40]; allowed: a first band starting at 18 or below)
            narrative: { family_history_concern: "Runs in the family" }                                  | narrative.family_history_concern: does not name the condition (was: Runs in the family; allowed: a phrase with {condition}, e.g. A family history of {condition})
            narrative: { generic: { goals: [ { text: Lose weight, when: { has: obesity } }, Sleep more ] } } | narrative.generic.goals: has 1 phrases true of any customer (allowed: at least 2 phrases without when)
            personas: { overlooked_risk_group: { narrative: { goals: [ { text: Manage gout, when: { has: gout } } ] } } } | personas.overlooked_risk_group.narrative.goals.0.when.has: unknown risk factor or kind 'gout' (was: gout; allowed: condition, family_history, lifestyle, hypertension, type_2_diabetes, prediabetes, high_cholesterol, sleep_apnea, asthma, depression, anxiety_disorder, hypothyroidism, family_heart_disease, family_diabetes, family_breast_cancer, family_colorectal_cancer, family_stroke, current_smoker, former_smoker, obesity, overweight, heavy_drinking, sedentary, poor_diet, short_sleep, high_stress)
            measurements: { values: [ { code: ldl, label: LDL, unit: mg/dL, decimals: 0, transform: 0, source: NHANES, limits: { min: 200, low: 100, high: 300, max: 400 } } ] } | measurements.values.0.limits: is not ascending (was: 200.0, 100.0, 300.0, 400.0; allowed: min < low < high < max)
            measurements: { values: [ { code: ldl, label: LDL, unit: mg/dL, decimals: 0, transform: 0, source: NHANES, limits: { min: 20, low: 40, high: 300, max: 400 }, population: { female: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ], male: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ] }, cuts: [ { factor: gout, at: 160 } ] } ] } | measurements.values.0.cuts.0.factor: unknown risk factor 'gout' (was: gout; allowed: hypertension, type_2_diabetes, prediabetes, high_cholesterol, sleep_apnea, asthma, depression, anxiety_disorder, hypothyroidism, family_heart_disease, family_diabetes, family_breast_cancer, family_colorectal_cancer, family_stroke, current_smoker, former_smoker, obesity, overweight, heavy_drinking, sedentary, poor_diet, short_sleep, high_stress)
            measurements: { values: [ { code: ldl, label: LDL, unit: mg/dL, decimals: 0, transform: 0, source: NHANES, limits: { min: 20, low: 40, high: 300, max: 400 }, population: { female: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ], male: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ] }, cuts: [ { factor: high_cholesterol, at: 350 } ] } ] } | measurements.values.0.cuts.0.at: lies outside the soft limits (was: 350.0; allowed: a number between limits.low (40.0) and limits.high (300.0))
            measurements: { values: [ { code: ldl, label: LDL, unit: mg/dL, decimals: 0, transform: 0, source: NHANES, limits: { min: 20, low: 40, high: 300, max: 400 }, population: { female: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ], male: [ { mean: 100, sd: 30 }, { mean: 100, sd: 30 }, { mean: 100, sd: 30 } ] }, cuts: [ { factor: high_cholesterol, at: 160 }, { factor: hypertension, at: 190 } ] } ] } | measurements.values.0.cuts: cuts two factors that are not ordered members of one group (was: high_cholesterol, hypertension; allowed: two factors of one group, the higher cut's factor listed first in risk.factors (its liability band is the higher one))
            risk: { factors: { replace: [ { id: a, kind: lifestyle, label: A, points: 1, prevalence: 0.1, lifestyle: { field: diet, value: poor }, childhood: { share: 0.5, from_age: 3, source: s } } ] } } | risk.factors.0.childhood: is only for conditions (was: lifestyle; allowed: kind: condition)
            risk: { relatives: { mother: -1 } }                                                              | risk.relatives.mother: out of range (was: -1.0; allowed: a weight 0–1000)
            """)
    void riskErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
        assertTrue(e.getMessage().startsWith("mine.yaml:1:"), "located in the user's file: " + e.getMessage());
    }
}
