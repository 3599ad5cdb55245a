package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code life_events} section and the rules that name its types, personas and measurement codes: every id a rule
 * names must be declared, and each mistake is reported with its property, value and the allowed values.
 */
class LifeEventsConfigTest {

    private static final String SEED_TYPES = "graduated, marriage, divorce, separation, first_child, bereavement,"
            + " new_job, moved_city, promotion, job_loss, health_scare, caregiving_started, bought_home, turned_30,"
            + " started_business";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            scenarios: { types: { vip: { weight: 1, eligible: { life_event: pregnancy } } } }                         | scenarios.types.vip.eligible.life_event: unknown life event type 'pregnancy' (was: pregnancy; allowed: SEED)
            scenarios: { types: { vip: { weight: 1, eligible: { any: [ { is: inactive }, { life_event: moved } ] } } } } | scenarios.types.vip.eligible.any.1.life_event: unknown life event type 'moved' (was: moved; allowed: SEED)
            scenarios: { types: { vip: { weight: 1, eligible: { persona: [nobody] } } } }                             | scenarios.types.vip.eligible.persona.0: unknown persona 'nobody' (was: nobody; allowed: health_aware_avoider, structured_system_seeker, balanced_life_integrator, healthcare_professional, overlooked_risk_group)
            scenarios: { types: { vip: { weight: 1, eligible: { number: { of: ldl, at_least: 1 } } } } }              | scenarios.types.vip.eligible.number.of: unknown quantity or measurement code 'ldl' (was: ldl; allowed: age, household_size, screening_completion_rate, days_since_last_screening, sessions_last_90_days, engagement_score, account_age_days, journey_position, health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers, body_height, body_weight, bmi, systolic_bp, diastolic_bp, hba1c, total_cholesterol)
            scenarios: { types: { vip: { weight: 1, eligible: { is: inactive, count: { at_least: 1 } } } } }           | scenarios.types.vip.eligible.count: applies only to life_event (allowed: { life_event: <type>, count: { at_least, at_most } })
            scenarios: { types: { vip: { weight: 1, eligible: { life_event: new_job, count: {} } } } }                | scenarios.types.vip.eligible.count: has no bound (allowed: at_least and/or at_most: a number of events)
            scenarios: { types: { vip: { weight: 1, eligible: { occupation_group: pilots } } } }                      | scenarios.types.vip.eligible.occupation_group: unknown occupation group 'pilots' (was: pilots; allowed: shift_work, patient_care)
            life_events: { types: { replace: [ { id: x, description: X, impact: good, rates: { "18": 0.1 } } ] } }              | life_events.types.0.impact: unknown impact 'good' (was: good; allowed: positive, negative, mixed)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed } ] } }                                     | life_events.types.0: says neither how it is drawn nor what it records (allowed: one of rates: { <age>: <rate> }, at_age: <age>, derived: { from } (derived may also have rates))
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, at_age: 30, rates: { "18": 0.1 } } ] } }  | life_events.types.0.at_age: combines at_age with rates (was: 30; allowed: one of rates: { <age>: <rate> }, at_age: <age>, derived: { from } (derived may also have rates))
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, rates: { "11": 0.1 } } ] } }              | life_events.types.0.rates.11: is not an age (was: 11; allowed: the first age of a band, 12–120)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, rates: { "30": 0.1, "20": 0.1 } } ] } }   | life_events.types.0.rates.20: is not above the band before (30) (was: 20; allowed: band ages in ascending order)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, rates: { "18": 9 } } ] } }                | life_events.types.0.rates.18: out of range (was: 9.0; allowed: events per year of exposure 0.0–5.0)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, sex: [woman], rates: { "18": 0.1 } } ] } } | life_events.types.0.sex.0: unknown gender 'woman' (was: woman; allowed: female, male, non_binary)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, min_age: 50, max_age: 40, rates: { "18": 0.1 } } ] } } | life_events.types.0.max_age: is below min_age 50 (was: 40; allowed: an age from min_age to 120)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, personas: { nobody: 2 }, rates: { "18": 0.1 } } ] } } | life_events.types.0.personas.nobody: unknown persona 'nobody' (was: nobody; allowed: health_aware_avoider, structured_system_seeker, balanced_life_integrator, healthcare_professional, overlooked_risk_group)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, rates: { "18": 0.1 } }, { id: x, description: Y, impact: mixed, rates: { "18": 0.1 } } ] } } | life_events.types.1.id: life event type 'x' is declared twice (was: x; allowed: each type once)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, after: y, rates: { "18": 0.1 } }, { id: z, description: Z, impact: mixed, rates: { "18": 0.1 } } ] } } | life_events.types.0.after: unknown life event type 'y' (was: y; allowed: z)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, after: y, rates: { "18": 0.1 } }, { id: y, description: Y, impact: mixed, after: x, rates: { "18": 0.1 } } ] } } | life_events.types.0.after: forms a cycle x after y after x (was: y; allowed: dependencies without a cycle)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, derived: { from: marriage } }, { id: y, description: Y, impact: mixed, derived: { from: marriage } } ] } } | life_events.types.1.derived.from: social-frame fact 'marriage' is recorded by two types (was: marriage; allowed: each fact recorded by at most one type)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, derived: { from: promotion } } ] } }      | life_events.types.0.derived.from: unknown social-frame fact 'promotion' (was: promotion; allowed: graduation, marriage, divorce, separation, widowhood, first_birth, second_birth)
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, chance: 0.5, rates: { "18": 0.1 } } ] } } | life_events.types.0.chance: applies only to at_age (was: 0.5; allowed: { at_age: <age>, chance: <probability> })
            life_events: { types: { replace: [ { id: x, description: X, impact: mixed, at_age: 30, after: y } ] } }              | life_events.types.0.after: applies only to a type drawn at rates (was: y; allowed: { rates: {...}, after: <type> })
            """)
    void lifeEventErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        String expected = message.replace("SEED", SEED_TYPES);
        assertEquals(expected, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
        assertTrue(e.getMessage().startsWith("mine.yaml:1:"), "located in the user's file: " + e.getMessage());
    }

    @Test
    void aNarrativeRuleNamingAnUndeclaredLifeEventIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", """
                narrative:
                  generic:
                    quotes: [ { text: "Expecting!", when: { life_event: pregnancy, within_days: 300 } } ]
                """));
        assertTrue(e.getMessage().contains("narrative.generic.quotes.0.when.life_event: unknown life event type"
                + " 'pregnancy' (was: pregnancy; allowed: " + SEED_TYPES + ")"), e.getMessage());
    }

    @Test
    void replacingTheTypesDropsTheDefaultRulesThatNameRemovedOnes() {
        // the default narrative names turned_30, new_job, first_child ...; risk_follow_up names health_scare
        GeneratorConfig config = ConfigLoader.load("mine.yaml", """
                life_events:
                  types:
                    replace: [ { id: pregnancy, description: Became pregnant, impact: mixed, sex: [female],
                                 max_age: 45, rates: { "18": 0.05 } } ]
                """);
        assertEquals(List.of("pregnancy"), config.lifeEvents().ids());
        assertEquals(1, config.scenarios().types().get("risk_follow_up").eligible().any().size());
    }

    @Test
    void advancedMaternalAgeIsARule() {
        GeneratorConfig config = ConfigLoader.load("mine.yaml", """
                scenarios:
                  types:
                    advanced_maternal_age:
                      weight: 1
                      completion_bias: 0
                      eligible: { all: [ { number: { of: age, at_least: 35 } }, { field: { of: gender, in: [female] } } ] }
                """);
        ScenarioConfig.Eligibility rule = config.scenarios().types().get("advanced_maternal_age").eligible();
        CustomerPredicates predicates = CustomerPredicates.of(config);
        int matched = 0;
        for (long seed : new long[] {42, 7, 1234}) {
            DatasetGenerator generator = new DatasetGenerator(config, seed, 500);
            for (long i = 0; i < 500; i++) {
                CustomerProfile c = generator.customer(i);
                boolean expected = c.demographics().age() >= 35 && c.demographics().gender().equals("female");
                assertEquals(expected, predicates.holds(rule, c), c.id());
                matched += expected ? 1 : 0;
            }
        }
        assertTrue(matched > 300, "matched " + matched);
    }
}
