package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.Measurement;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A product's own emotional vocabulary, phase checks and scenario start steps are configuration: journeys use
 * only the declared states, the engagement engine scaffolds by the declared class, the quality checks measure
 * what each phase declares, and a scenario type starts where it says. Over several seeds.
 */
class EmotionalVocabularyTest {

    /** Five states of a prevention programme, two phases with their own checks, a type that skips onboarding. */
    static final String PROGRAMME = ConfiguredFrameworkTest.PROGRAMME
            .replace("      - id: onboarding\n", "      - id: onboarding\n"
                    + "        checks: [ { metric: completion_rate, at_least: 0 } ]\n")
            .replace("            actions: [watched_welcome_clip, read_programme_rules]\n",
                    "            actions: [watched_welcome_clip, read_programme_rules]\n"
                    + "            actions_by_state: { worried: [called_helpline_at_welcome] }\n"
                    + "            actions_by_persona: { healthcare_professional: [skipped_welcome_clip] }\n")
            .replace("      - id: practice\n", "      - id: practice\n"
                    + "        checks: [ { metric: distressed_share, at_most: 100 }, { metric: stability, at_least: 0 } ]\n") + """
              emotional_states:
                replace:
                  - { id: curious, class: positive, valence: 0.5, from_traits: [ { weight: 0.3 } ] }
                  - { id: embarrassed, class: self_conscious, valence: -0.5,
                      from_traits: [ { weight: 0.4, times: [health_anxiety] } ] }
                  - { id: confused, class: uncertain, valence: -0.5,
                      from_traits: [ { weight: 0.3, times_one_minus: [health_awareness] } ] }
                  - { id: worried, class: distressed, valence: -1.0, from_traits: [ { weight: 0.1 } ] }
                  - { id: proud, class: accomplished, valence: 1.0, motivating: true,
                      from_traits: [ { weight: 0.2, times: [action_tendency] } ] }
              transitions:
                curious: { curious: 2, proud: 1, confused: 1, embarrassed: 1 }
                embarrassed: { embarrassed: 2, curious: 1, worried: 1 }
                confused: { confused: 2, curious: 1, worried: 1 }
                worried: { worried: 2, confused: 1, proud: 1 }
                proud: { proud: 3, curious: 1 }
              trait_step_bias:
                - { step: reflection, state: embarrassed, weight: 0.5, times: [health_anxiety] }
              state_actions:
                curious: [opened_recipe]
                embarrassed: [hid_weight_entry]
                confused: [opened_faq]
                worried: [called_coach]
                proud: [shared_badge]
              personas:
                health_aware_avoider: { initial: { worried: 1, embarrassed: 1 } }
            scenarios:
              types:
                returning_user: { start: first_session, weight: 5 }
            """;

    private static final List<String> STATES = List.of("curious", "embarrassed", "confused", "worried", "proud");

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026})
    void journeysEngagementAndChecksFollowTheDeclaredVocabulary(long seed) {
        GeneratorConfig config = ConfigLoader.load("programme.yaml", PROGRAMME);
        EmotionalStates states = EmotionalStates.of(config);
        assertEquals(STATES, states.ids());
        assertEquals(EmotionClass.SELF_CONSCIOUS, states.classOf("embarrassed"));
        assertEquals(EmotionClass.UNKNOWN, states.classOf("anxious"), "a default state this file replaced");
        assertEquals(List.of("proud"), states.motivatingStates());

        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 150);
        Set<String> seen = new HashSet<>();
        long returning = 0;
        for (TestScenario s : dataset.scenarios()) {
            for (JourneyStep step : s.journey()) {
                assertTrue(STATES.contains(step.emotionalState()), s.scenarioId() + ": " + step.emotionalState());
                seen.add(step.emotionalState());
            }
            if (s.scenarioType().equals("returning_user")) {
                returning++;
                assertEquals("first_session", s.journey().get(0).step(), s.scenarioId() + " starts at its start step");
            } else {
                assertEquals("welcome", s.journey().get(0).step(), s.scenarioId());
            }
        }
        assertEquals(Set.copyOf(STATES), seen, "every declared state occurs");
        assertTrue(returning > 0, "the weighted type occurs");
        assertTrue(dataset.scenarios().stream().filter(s -> s.user().personaType().equals("health_aware_avoider"))
                .filter(s -> !s.scenarioType().equals("returning_user"))
                .noneMatch(s -> List.of("confused", "proud").contains(s.journey().get(0).emotionalState())),
                "a persona's own initial weights over the new vocabulary (plus the default types' curious)");

        // the steps completed on the timeline before a journey (a returning user's first pass) count too
        java.util.Map<String, Integer> completedBefore = new java.util.HashMap<>();
        dataset.scenarios().forEach(s -> completedBefore.put(s.customerId(), s.completedBefore()));
        for (EngagementStep e : dataset.engagementSteps()) {
            int before = completedBefore.getOrDefault(e.customerId(), 0);
            completedBefore.put(e.customerId(), before + (e.completionStatus().equals("completed") ? 1 : 0));
            String expected = switch (e.emotionalState()) {
                case "embarrassed" -> "normalization";
                case "worried" -> "reassurance";
                // nothing to celebrate before the first completed step
                case "proud" -> before == 0 ? "encouragement" : "celebration";
                case "curious" -> "encouragement";
                default -> "guidance";
            };
            // struggling users get the supportive variant of their class's type; the declared class decides
            if (e.interactions().hesitationLoad() < config.engagement().hesitationThreshold()) {
                assertEquals(expected, e.emotionalComponents().type(), e.id() + " " + e.emotionalState());
            }
        }

        QualityReport quality = QualityChecks.run(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config);
        CheckResult emotional = check(quality, "emotional_states");
        assertEquals(0.0, emotional.measurements().get(0).value(), "no unknown state: " + emotional);
        CheckResult phases = check(quality, "journey_phases");
        assertEquals(List.of("onboarding.completion_rate", "practice.distressed_share", "practice.stability",
                "transition.onboarding_to_practice"), phases.measurements().stream().map(Measurement::subject).toList());
        Measurement distressed = phases.measurements().get(1);
        assertEquals(100.0, distressed.max());
        assertTrue(distressed.value() > 0 && distressed.value() < 100, "worried steps are distressed: " + distressed);
        assertEquals(0.0, check(quality, "journey_completion").measurements().get(0).value(),
                "a journey that starts later is still in framework order");
        assertFalse(phases.measurements().stream().anyMatch(m -> m.subject().startsWith("awareness")),
                "the seed's phases are not measured");
    }

    @org.junit.jupiter.api.Test
    void aReplacedVocabularyDropsTheDefaultsWrittenForTheOldOne() {
        GeneratorConfig config = ConfigLoader.load("programme.yaml", PROGRAMME);
        var journey = config.journey();
        assertEquals(Set.copyOf(STATES), journey.transitions().keySet(), "only the file's rows");
        assertEquals(Set.copyOf(STATES), journey.stateActions().keySet());
        assertEquals(null, journey.completion().emotions(), "the default adjustments named the default states");
        assertEquals(List.of("reflection"), journey.completion().skippableSteps(), "the file's own list");
        var avoider = journey.personas().get("health_aware_avoider");
        assertEquals(Map.of("worried", 1.0, "embarrassed", 1.0), avoider.initial(), "the file's own initial only");
        assertEquals(null, avoider.transitions());
        assertEquals(null, avoider.stepBias());
        assertEquals(0.0 - 0.05, avoider.completionBias(), 1e-12, "what is not keyed by state or step stays");
        assertEquals(null, config.scenarios().types().get("first_time_user").initial());
        assertEquals(1, journey.traitStepBias().size(), "the default rules named default steps and states");

        GeneratorConfig defaults = ConfigLoader.load("empty.yaml", "# nothing\n");
        assertEquals(10, defaults.journey().transitions().size(), "without a vocabulary of its own, the defaults stay");
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 42})
    void aStepsOwnActionsByStateAndByPersonaReplaceTheGeneralOnes(long seed) {
        GeneratorConfig config = ConfigLoader.load("programme.yaml", PROGRAMME);
        List<String> professional = config.personas().get("healthcare_professional").actions();
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 300);
        boolean sawState = false;
        boolean sawPersona = false;
        for (TestScenario s : dataset.scenarios()) {
            for (JourneyStep step : s.journey()) {
                boolean welcome = step.step().equals("welcome");
                if (welcome && step.emotionalState().equals("worried")) {
                    assertFalse(step.actions().contains("called_coach"), s.scenarioId() + " " + step.actions());
                }
                if (welcome && s.user().personaType().equals("healthcare_professional")) {
                    assertTrue(step.actions().stream().noneMatch(professional::contains), step.actions().toString());
                }
                if (!welcome) {
                    assertFalse(step.actions().contains("called_helpline_at_welcome"), s.scenarioId());
                    assertFalse(step.actions().contains("skipped_welcome_clip"), s.scenarioId());
                }
                sawState |= step.actions().contains("called_helpline_at_welcome");
                sawPersona |= step.actions().contains("skipped_welcome_clip");
            }
        }
        assertTrue(sawState && sawPersona, "both step-specific vocabularies are used");
    }

    private static CheckResult check(QualityReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
