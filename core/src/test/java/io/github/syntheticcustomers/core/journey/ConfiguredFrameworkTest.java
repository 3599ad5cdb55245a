package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A product's own journey is a YAML-only change: phases, steps and their actions come from
 * {@code journey.phases}, and journeys, quality checks and the analysis follow them. Over several seeds.
 */
class ConfiguredFrameworkTest {

    /** A different product: two phases, five steps of its own. */
    static final String PROGRAMME = """
            journey:
              phases:
                replace:
                  - id: onboarding
                    steps:
                      - id: welcome
                        actions: [watched_welcome_clip, read_programme_rules]
                        content:
                          title: Welcome to the programme
                          minutes: 3
                          benefit: you know in three minutes how the programme works
                          evidence: structured lifestyle programmes halve progression to diabetes
                          essential: Sixteen weeks, one coach, small steps.
                          extended: Each week has one goal; missing a week is fine.
                          comprehensive: The curriculum follows the national diabetes prevention programme.
                          context: This is the first of five steps.
                      - id: set_goals
                        actions: [chose_weight_goal, chose_activity_goal]
                  - id: practice
                    steps:
                      - id: first_session
                        actions: [logged_first_meal, joined_group_call]
                      - id: reflection
                        actions: [wrote_reflection, rated_week]
                      - id: check_in
                        actions: [weighed_in, messaged_coach]
              completion:
                skippable_steps: [reflection]
                phases: { onboarding: 0.05 }
            """;

    @org.junit.jupiter.api.Test
    void engagementStepsOfTheProgrammePassTheEngagementCheck() {
        GeneratorConfig config = ConfigLoader.load("programme.yaml", PROGRAMME);
        io.github.syntheticcustomers.core.quality.LoadedDataset d = io.github.syntheticcustomers.core.quality
                .LoadedDataset.generate(new io.github.syntheticcustomers.core.generate.DatasetGenerator(config, 7, 300));
        io.github.syntheticcustomers.core.quality.CheckResult r = io.github.syntheticcustomers.core.quality
                .QualityChecks.run("engagement", d, config);
        assertEquals(io.github.syntheticcustomers.core.quality.CheckStatus.PASS, r.status(),
                r.failedMeasurements() + " " + r.examples());
        // "step n of N" counts the programme's five steps, and no default personal line leaks into it
        assertTrue(d.engagementSteps().stream().noneMatch(s -> s.valueComponents().preview().contains("of 16")));
        assertTrue(d.engagementSteps().stream().allMatch(s -> s.valueComponents().personal() == null));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void journeysFollowTheConfiguredFrameworkAndUseItsVocabulary(long seed) {
        GeneratorConfig config = ConfigLoader.load("programme.yaml", PROGRAMME);
        JourneyFramework framework = JourneyFramework.of(config);
        assertEquals(List.of("onboarding", "practice"), framework.phases());
        assertEquals(List.of("welcome", "set_goals", "first_session", "reflection", "check_in"), framework.stepIds());
        Set<String> vocabulary = new HashSet<>();
        framework.steps().forEach(s -> vocabulary.addAll(s.actions()));
        config.journey().stateActions().values().forEach(vocabulary::addAll);
        vocabulary.addAll(config.journey().statusActions().values());
        config.personas().values().forEach(p -> vocabulary.addAll(p.actions() == null ? List.of() : p.actions()));
        config.journey().traitActions().rules().forEach(r -> vocabulary.add(r.action()));
        vocabulary.add(config.journey().traitActions().otherwise());
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 80);
        boolean sawStepAction = false;
        for (TestScenario s : dataset.scenarios()) {
            int last = -1;
            for (JourneyStep step : s.journey()) {
                int position = framework.position(step.step());
                assertTrue(position > last, s.scenarioId() + ": " + step.step() + " in framework order");
                assertEquals(framework.phaseOf(step.step()), step.phase());
                last = position;
                for (String action : step.actions()) {
                    assertTrue(vocabulary.contains(action), action);
                    sawStepAction |= framework.steps().get(position).actions().contains(action);
                }
            }
        }
        assertTrue(sawStepAction, "the configured step actions are used");
        assertTrue(dataset.scenarios().stream().anyMatch(s -> s.journey().size() == 5), "some journeys finish");

        QualityReport quality = QualityChecks.run(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        CheckResult completion = quality.checks().stream().filter(c -> c.name().equals("journey_completion"))
                .findFirst().orElseThrow();
        assertEquals(0.0, completion.measurements().get(0).value(), "no progression violation: " + completion);
        Analysis analysis = Analysis.of(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        assertEquals(List.of("onboarding", "practice"),
                analysis.phaseFlow().stream().map(Analysis.PhaseFlow::phase).toList());
        assertTrue(dataset.engagementSteps().stream().filter(e -> e.journeyStep().equals("welcome"))
                .allMatch(e -> e.phase().equals("onboarding") && e.content().contains("Sixteen weeks, one coach")),
                "a configured step's engagement content is its own");
        assertTrue(dataset.engagementSteps().stream().filter(e -> e.journeyStep().equals("set_goals"))
                .allMatch(e -> e.content().startsWith("Set goals")), "a step without content gets generic texts");
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 42})
    void aSixthScenarioTypeIsConfigurationAndItsRuleHolds(long seed) {
        GeneratorConfig config = ConfigLoader.load("vip.yaml", """
                scenarios:
                  types:
                    vip_user:
                      weight: 50
                      completion_bias: 0.05
                      eligible: { all: [ { is: has_screening_history }, { is: risk_above_lowest },
                                         { not: { is: inactive } } ] }
                """);
        assertEquals(List.of("first_time_user", "returning_user", "lapsed_user", "life_transition", "risk_follow_up",
                "vip_user"), List.copyOf(config.scenarios().types().keySet()));
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 200);
        List<TestScenario> vip = dataset.scenarios().stream().filter(s -> s.scenarioType().equals("vip_user")).toList();
        assertTrue(vip.size() > 10, "a heavy weight makes the new type common: " + vip.size());
        for (TestScenario s : vip) {
            var customer = dataset.customers().stream().filter(c -> c.id().equals(s.customerId())).findFirst()
                    .orElseThrow();
            assertTrue(customer.healthProfile().screeningHistory().hasHistory(), s.scenarioId());
            assertTrue(!customer.riskLevel().equals("low"), s.scenarioId());
        }
        QualityReport quality = QualityChecks.run(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        assertTrue(quality.checks().stream().filter(c -> c.name().equals("scenario_consistency"))
                .allMatch(c -> c.measurements().stream().allMatch(m -> m.passed())), "the new type is a known type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            journey: { phases: { replace: [] } }                                                                    | journey.phases: has no phases (was: []; allowed: at least one phase { id, steps })
            journey: { phases: { replace: [ { id: a, steps: [] } ] } }                                              | journey.phases.0.steps: phase 'a' has no steps (was: []; allowed: at least one step { id, actions })
            journey: { phases: { replace: [ { id: a, steps: [ { id: s, actions: [x] } ] }, { id: a, steps: [ { id: t, actions: [y] } ] } ] } } | journey.phases.1.id: phase id 'a' is used twice (was: a; allowed: phase ids used once each)
            journey: { phases: { replace: [ { id: a, steps: [ { id: s, actions: [x] } ] }, { id: b, steps: [ { id: s, actions: [y] } ] } ] } } | journey.phases.1.steps.0.id: step id 's' is used twice (also in phase 'a') (was: s; allowed: step ids used once each in the whole framework)
            journey: { phases: { replace: [ { id: A-1, steps: [ { id: s, actions: [x] } ] } ] } }                   | journey.phases.0.id: is not an identifier (was: A-1; allowed: a phase id such as awareness (lower-case letters, digits and _, starting with a letter, at most 64))
            journey: { phases: { replace: [ { id: a, steps: [ { id: s, actions: [] } ] } ] } }                      | journey.phases.0.steps.0.actions: has no actions (was: []; allowed: at least one action id such as opened_welcome_page)
            journey: { phases: { replace: [ { id: a, steps: [ { id: s, actions: [x, x] } ] } ] } }                  | journey.phases.0.steps.0.actions.1: action 'x' is listed twice (was: x; allowed: each action once)
            journey: { phases: { replace: [ { id: a, steps: [ { id: s } ] } ] } }                                    | journey.phases.0.steps.0.actions: is required (allowed: a list of action ids such as opened_welcome_page)
            journey: { state_actions: { bored: [yawned] } }                                            | journey.state_actions.bored: unknown emotional state 'bored' (was: bored; allowed: curious, anxious, hopeful, confident, motivated, overwhelmed, indifferent, distracted, relieved, frustrated)
            journey: { status_actions: { completed: done } }                                           | journey.status_actions.completed: unknown completion status 'completed' (was: completed; allowed: partial, skipped, abandoned)
            journey: { completion: { skippable_steps: [no_such_step] } }                               | journey.completion.skippable_steps.0: unknown step 'no_such_step' (was: no_such_step; allowed: initial_discovery, emotional_state_validation, concern_curiosity_assessment, marketing_content_alignment, risk_assessment, narrative_capture, life_events_timeline, progressive_engagement, prevention_plan, support_plan, action_planning, motivation_assessment, follow_up, risk_awareness_maintenance, barrier_identification, stability_monitoring)
            journey: { completion: { phases: { nowhere: 0.1 } } }                                      | journey.completion.phases.nowhere: unknown phase 'nowhere' (was: nowhere; allowed: awareness, engagement, action, continuity)
            journey: { phases: { replace: [ { id: a, steps: [ { id: s, actions: [x], content: { title: T } } ] } ] } } | journey.phases.0.steps.0.content.benefit: is required (allowed: a text)
            journey: { trait_actions: { rules: [ { trait: luck, at_least: 0.5, action: x } ] } }              | journey.trait_actions.rules.0.trait: unknown trait 'luck' (was: luck; allowed: health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers)
            scenarios: { types: { vip: { weight: 1, eligible: { is: rich } } } }                        | scenarios.types.vip.eligible.is: unknown condition 'rich' (was: rich; allowed: has_screening_history, new_to_platform, inactive, screening_lapsed, recent_life_event, risk_above_lowest, onboarding_completed, screening_due, undiagnosed_finding, account_opening_day)
            scenarios: { types: { vip: { weight: 1, eligible: { all: [] } } } }                         | scenarios.types.vip.eligible.all: is empty (was: []; allowed: at least one rule)
            scenarios: { types: { vip: { weight: 1, eligible: { is: inactive, life_event: move } } } }  | scenarios.types.vip.eligible: combines 2 forms (allowed: one of { is: <condition> }, { life_event: <type>, within_days, count }, { persona: [...] }, { barrier: <social determinant> }, { has: <risk factor or kind> }, { measured: <risk factor> }, { account_age_days: { at_least, at_most } }, { number: { of, at_least, at_most } }, { field: { of, in: [...] } }, { occupation_group: <group> }, { earlier_action: [...] }, { attribute: { of, <the test of its type> } }, { all: [...] }, { any: [...] }, { not: {...} })
            journey: { emotional_states: { replace: [] } } | journey.emotional_states: has no states (was: []; allowed: at least one state { id, class, valence })
            journey: { emotional_states: { replace: [ { id: calm, class: positive, valence: 1 }, { id: calm, class: positive, valence: 1 } ] } } | journey.emotional_states.1.id: emotional state 'calm' is declared twice (was: calm; allowed: each state declared once)
            journey: { emotional_states: { replace: [ { id: calm, valence: 1 } ] } } | journey.emotional_states.0.class: is required (allowed: distressed, self_conscious, discouraged, uncertain, disengaged, positive, accomplished)
            journey: { emotional_states: { replace: [ { id: calm, class: happy, valence: 1 } ] } } | journey.emotional_states.0.class: unknown emotional class 'happy' (was: happy; allowed: distressed, self_conscious, discouraged, uncertain, disengaged, positive, accomplished)
            journey: { emotional_states: { replace: [ { id: calm, class: positive, valence: 3 } ] } } | journey.emotional_states.0.valence: out of range (was: 3.0; allowed: a number -1.0–1.0)
            journey: { emotional_states: { replace: [ { id: calm, class: positive, valence: 1, from_traits: [ { weight: 1, times: [luck] } ] } ] } } | journey.emotional_states.0.from_traits.0.times.0: unknown trait 'luck' (was: luck; allowed: health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers)
            journey: { emotional_states: { replace: [ { id: calm, class: positive, valence: 1 } ] } } | journey.state_actions.calm: is required: every emotional state needs its actions (allowed: a list of action ids)
            journey: { emotional_states: { replace: [ { id: calm, class: positive, valence: 1 } ] }, state_actions: { calm: [breathed] } } | journey.transitions.calm: is required: every emotional state needs its row (allowed: a mapping of next state to weight over calm)
            journey: { transitions: { curious: { calm: 1 } } } | journey.transitions.curious.calm: unknown emotional state 'calm' (was: calm; allowed: curious, anxious, hopeful, confident, motivated, overwhelmed, indifferent, distracted, relieved, frustrated)
            journey: { completion: { emotions: { calm: 0.1 } } } | journey.completion.emotions.calm: unknown emotional state 'calm' (was: calm; allowed: curious, anxious, hopeful, confident, motivated, overwhelmed, indifferent, distracted, relieved, frustrated)
            journey: { trait_step_bias: [ { step: follow_up, state: calm, weight: 0.1 } ] } | journey.trait_step_bias.0.state: unknown emotional state 'calm' (was: calm; allowed: curious, anxious, hopeful, confident, motivated, overwhelmed, indifferent, distracted, relieved, frustrated)
            journey: { phases: { replace: [ { id: a, checks: [ { metric: joy, at_least: 1 } ], steps: [ { id: s, actions: [x] } ] } ] } } | journey.phases.0.checks.0.metric: unknown phase metric 'joy' (was: joy; allowed: valence_change, completion_rate, motivation_share, distressed_share, stability)
            journey: { phases: { replace: [ { id: a, checks: [ { metric: stability } ], steps: [ { id: s, actions: [x] } ] } ] } } | journey.phases.0.checks.0: has no bound (allowed: at_least and/or at_most: a percentage 0–100)
            journey: { phases: { replace: [ { id: a, checks: [ { metric: valence_change, at_least: 1, at_most: 0 } ], steps: [ { id: s, actions: [x] } ] } ] } } | journey.phases.0.checks.0: at_least is greater than at_most (was: 1.0 > 0.0; allowed: at_least <= at_most)
            scenarios: { types: { returning_user: { start: nowhere } } } | scenarios.types.returning_user.start: unknown start step 'nowhere' (was: nowhere; allowed: initial_discovery, emotional_state_validation, concern_curiosity_assessment, marketing_content_alignment, risk_assessment, narrative_capture, life_events_timeline, progressive_engagement, prevention_plan, support_plan, action_planning, motivation_assessment, follow_up, risk_awareness_maintenance, barrier_identification, stability_monitoring)
            journey: { action_requirements: { asked_for_a_ride: { barrier: weather } } }                   | journey.action_requirements.asked_for_a_ride.barrier: unknown social determinant 'weather' (was: weather; allowed: housing, food_security, transportation, financial_strain, social_support, access_to_care, insurance)
            journey: { action_requirements: { Asked: { is: inactive } } }                                  | journey.action_requirements.Asked: is not an identifier (was: Asked; allowed: an action id such as requested_transport_help (lower-case letters, digits and _, starting with a letter, at most 64))
            regions: [ { name: Atlantis, population: 10, time_zone: Atlantic/Atlantis } ]                 | regions.0.time_zone: is not a time zone (was: Atlantic/Atlantis; allowed: an IANA time zone such as America/Chicago)
            regions: [ { name: Ohio, population: 0, time_zone: America/New_York } ]                       | regions.0.population: out of range (was: 0; allowed: a whole number 1–2000000000)
            occupations: { Astronaut: { education: [phd], min_age: 25, income: [over_150k] } }           | occupations.Astronaut.education.0: unknown education level 'phd' (was: phd; allowed: high_school, some_college, bachelors, masters, doctorate)
            personas: { healthcare_professional: { actions: [Read-Papers] } }                          | personas.healthcare_professional.actions.0: is not an identifier (was: Read-Papers; allowed: an action id such as opened_welcome_page (lower-case letters, digits and _, starting with a letter, at most 64))
            """)
    void frameworkErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
        assertTrue(e.getMessage().startsWith("mine.yaml:1:"), "located in the user's file: " + e.getMessage());
    }
}
