package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The journey and scenario models are driven by the configuration file, and bad values are located. */
class JourneyConfigTest {

    private static final JourneyFramework DEFAULT_FRAMEWORK =
            JourneyFramework.of(io.github.syntheticcustomers.core.config.ConfigLoader.defaults());

    private final List<TestScenario> defaults = Scenarios.defaults();

    @Test
    void raisingATransitionWeightShiftsTheEmittedTransitionsThatWay() {
        // the default curious row (used by every persona without its own curious row)
        GeneratorConfig more = Scenarios.config("journey: { transitions: { curious: { anxious: 1.5 } } }");
        List<TestScenario> changed = Scenarios.of(more, Scenarios.SEED, Scenarios.COUNT);
        List<TestScenario> seekersBefore = Scenarios.ofPersona(defaults, "structured_system_seeker");
        List<TestScenario> seekersAfter = Scenarios.ofPersona(changed, "structured_system_seeker");
        double before = Scenarios.transitionShare(seekersBefore, "curious", "anxious");
        double after = Scenarios.transitionShare(seekersAfter, "curious", "anxious");
        assertTrue(after > before + 0.25, "curious -> anxious " + before + " -> " + after);

        // a persona's own row: healthcare professionals' curious row, lowered to zero for confident
        GeneratorConfig less = Scenarios.config(
                "journey: { personas: { healthcare_professional: { transitions: { curious: { confident: 0 } } } } }");
        List<TestScenario> pros = Scenarios.ofPersona(Scenarios.of(less, Scenarios.SEED, Scenarios.COUNT),
                "healthcare_professional");
        assertTrue(Scenarios.transitionShare(Scenarios.ofPersona(defaults, "healthcare_professional"), "curious",
                "confident") > 0.1);
        assertEquals(0.0, Scenarios.transitionShare(pros, "curious", "confident"));
    }

    @Test
    void initialWeightsAndStepBiasesMoveTheirDistributions() {
        GeneratorConfig config = Scenarios.config("""
                journey:
                  personas:
                    health_aware_avoider:
                      initial: { anxious: 5.0 }
                      step_bias: { risk_assessment: { overwhelmed: 0.0 } }
                """);
        List<TestScenario> before = Scenarios.ofPersona(defaults, "health_aware_avoider");
        List<TestScenario> after = Scenarios.ofPersona(Scenarios.of(config, Scenarios.SEED, Scenarios.COUNT),
                "health_aware_avoider");
        double anxiousBefore = Scenarios.firstEmotion(before, "anxious"::equals);
        double anxiousAfter = Scenarios.firstEmotion(after, "anxious"::equals);
        assertTrue(anxiousAfter > anxiousBefore + 0.2, "first anxious " + anxiousBefore + " -> " + anxiousAfter);
        double overwhelmedBefore = Scenarios.stateAtStep(before, "risk_assessment", "overwhelmed");
        double overwhelmedAfter = Scenarios.stateAtStep(after, "risk_assessment", "overwhelmed");
        assertTrue(overwhelmedAfter < overwhelmedBefore, "overwhelmed " + overwhelmedBefore + " -> " + overwhelmedAfter);
    }

    @Test
    void completionCriteriaComeFromTheConfiguration() {
        GeneratorConfig noAbandon = Scenarios.config("journey: { completion: { abandon_share: 0.0 } }");
        List<TestScenario> none = Scenarios.of(noAbandon, Scenarios.SEED, 200);
        assertEquals(0, Scenarios.statusCount(none, CompletionStatus.ABANDONED));
        // without abandoning, a journey runs to the end unless the sessions up to the reference date end first
        assertTrue(none.stream().allMatch(s -> s.journeyStatus().equals(JourneyStatus.IN_PROGRESS)
                || s.journey().size() == DEFAULT_FRAMEWORK.steps().size() - Scenarios.start(noAbandon, s)));

        List<TestScenario> easier = Scenarios.of(Scenarios.config("journey: { completion: { base: 0.75 } }"),
                Scenarios.SEED, Scenarios.COUNT);
        assertTrue(Scenarios.engagementCompletion(easier) > Scenarios.engagementCompletion(defaults) + 0.1);

        List<TestScenario> noSkips = Scenarios.of(
                Scenarios.config("journey: { completion: { skippable_steps: [] } }"), Scenarios.SEED, 200);
        assertEquals(0, Scenarios.statusCount(noSkips, CompletionStatus.SKIPPED));
    }

    @Test
    void scenarioWeightsChangeTheMix() {
        List<TestScenario> noLifeTransition = Scenarios.of(Scenarios.config(
                "scenarios: { types: { life_transition: { weight: 0 } } }"), Scenarios.SEED, Scenarios.COUNT);
        Map<String, Long> mix = new TreeMap<>();
        noLifeTransition.forEach(s -> mix.merge(s.scenarioType(), 1L, Long::sum));
        long before = defaults.stream().filter(s -> s.scenarioType().equals("life_transition")).count();
        long after = mix.getOrDefault("life_transition", 0L);
        // a recent life event (within recent_life_event_days) is what makes a customer eligible: about 7 %
        assertTrue(before > 25 && after < before / 5, "life_transition " + before + " -> " + after + " " + mix);
    }

    @Test
    void stepTimesComeFromTheConfiguration() {
        GeneratorConfig config = Scenarios.config("""
                timeline:
                  journey:
                    gap_seconds: { min: 7, max: 7 }
                    new_session_per_phase: false
                    quicker_share: 0.0
                    sigma: 0.0
                    skipped_seconds: { min: 11, max: 11 }
                """);
        List<TestScenario> scenarios = Scenarios.of(config, Scenarios.SEED, 50);
        long sameSession = 0;
        for (TestScenario s : scenarios) {
            for (int i = 0; i < s.journey().size(); i++) {
                JourneyStep step = s.journey().get(i);
                if (step.completionStatus().equals(CompletionStatus.COMPLETED)) {
                    // sigma 0, nobody quicker: exactly the announced minutes
                    int minutes = DEFAULT_FRAMEWORK.steps().stream().filter(f -> f.id().equals(step.step()))
                            .findFirst().orElseThrow().content().minutes();
                    assertEquals(60 * minutes, step.timeOnStepSeconds(), s.scenarioId() + " " + step.step());
                } else if (step.completionStatus().equals(CompletionStatus.SKIPPED)) {
                    assertEquals(11, step.timeOnStepSeconds(), s.scenarioId());
                }
                if (i > 0) {
                    JourneyStep prev = s.journey().get(i - 1);
                    java.time.Instant afterPrevious = prev.timestamp().plusSeconds(prev.timeOnStepSeconds() + 7L);
                    assertFalse(step.timestamp().isBefore(afterPrevious), s.scenarioId());
                    sameSession += step.timestamp().equals(afterPrevious) ? 1 : 0;
                }
            }
        }
        assertTrue(sameSession > 100, "steps follow one another within a session: " + sameSession);
    }

    @Test
    void aSixthPersonaWithoutJourneyParametersGetsJourneysDerivedFromItsTraits() {
        GeneratorConfig config = Scenarios.config("""
                personas:
                  health_aware_avoider: { share: 20 }
                  caregiver:
                    name: Family Caregivers
                    share: 10
                    age: { min: 35, max: 50 }
                    style: practical, holistic
                    traits: { health_awareness: 0.6, action_tendency: 0.5, health_anxiety: 0.85, system_engagement: 0.4,
                              organization: 0.3, risk_propensity: 0.5, social_barriers: 0.4 }
                """);
        List<TestScenario> caregivers = Scenarios.ofPersona(Scenarios.of(config, Scenarios.SEED, Scenarios.COUNT),
                "caregiver");
        assertEquals(50, caregivers.size());
        for (TestScenario s : caregivers) {
            int from = Scenarios.start(config, s);
            for (int i = 0; i < s.journey().size(); i++) {
                assertEquals(DEFAULT_FRAMEWORK.steps().get(from + i).id(), s.journey().get(i).step());
            }
        }
        // very anxious traits: anxious is a common first state, and they are prone to overwhelm at the risk assessment
        assertTrue(Scenarios.firstEmotion(caregivers, "anxious"::equals) > 0.15);
        assertTrue(Scenarios.stateAtStep(caregivers, "risk_assessment", "overwhelmed")
                > Scenarios.stateAtStep(Scenarios.ofPersona(defaults, "structured_system_seeker"), "risk_assessment",
                        "overwhelmed"));
    }

    @Test
    void removingADefaultPersonaLeavesItsJourneyEntryHarmless() {
        GeneratorConfig config = Scenarios.config("""
                personas:
                  overlooked_risk_group: null
                  health_aware_avoider: { share: 40 }
                """);
        List<TestScenario> scenarios = Scenarios.of(config, Scenarios.SEED, 100);
        assertTrue(scenarios.stream().noneMatch(s -> s.user().personaType().equals("overlooked_risk_group")));
    }

    @Test
    void badJourneyValuesAreReportedWithFileLinePropertyAndWhatIsAllowed() {
        assertError("journey:\n  transitions:\n    curious: { joyful: 0.2 }\n", "journey.transitions.curious.joyful",
                3, "allowed: curious, anxious");
        assertError("journey:\n  personas:\n    health_aware_avoider:\n      step_bias:\n        checkout: { anxious: 1 }\n",
                "journey.personas.health_aware_avoider.step_bias.checkout", 5, "allowed: initial_discovery");
        assertError("journey:\n  personas:\n    nobody:\n      completion_bias: 0.1\n", "journey.personas.nobody", 3,
                "allowed: health_aware_avoider");
        assertError("journey:\n  transitions:\n    anxious: { anxious: -1 }\n", "journey.transitions.anxious.anxious", 3,
                "allowed: a weight 0");
        assertError("journey:\n  transitions:\n    anxious: { anxious: 0, overwhelmed: 0, relieved: 0, hopeful: 0,"
                + " curious: 0, frustrated: 0 }\n", "journey.transitions.anxious", 3, "at least one weight above 0");
        assertError("journey:\n  completion:\n    abandon_share: 0.7\n    skip_share: 0.5\n",
                "journey.completion.skip_share", 4, "at most 1.0");
        assertError("journey:\n  completion:\n    skippable_steps: [risk_assessment, paying]\n",
                "journey.completion.skippable_steps.1", 3, "allowed: initial_discovery");
        assertError("timeline:\n  journey:\n    gap_seconds: { min: -1, max: 5 }\n",
                "timeline.journey.gap_seconds.min", 3, "0–3600");
        assertError("timeline:\n  journey:\n    partial: { min: 0.9, max: 0.3 }\n",
                "timeline.journey.partial", 3, "min <= max");
        assertError("timeline:\n  sessions:\n    hours: [1, 2]\n", "timeline.sessions.hours", 3, "24 weights");
        assertError("timeline:\n  notifications:\n    channels: { web: fax }\n",
                "timeline.notifications.channels.web", 3, "one of app, email, sms");
        assertError("timeline:\n  event_types: { session_begun: x }\n", "timeline.event_types.session_begun", 2,
                "life_event, screening_booked");
        assertError("scenarios:\n  types:\n    vip_user: { weight: 1 }\n", "scenarios.types.vip_user.eligible", 3,
                "allowed: one of { is: <condition> }");
        assertError("scenarios:\n  types:\n    first_time_user: { weight: 0 }\n    returning_user: { weight: 0 }\n"
                + "    lapsed_user: { weight: 0 }\n    life_transition: { weight: 0 }\n    risk_follow_up: { weight: 0 }\n",
                "scenarios.types", 2, "at least one scenario type");
        assertError("journey:\n  completion:\n    emotions: { bored: 0.1 }\n", "journey.completion.emotions.bored", 3,
                "allowed: curious");
        assertError("journey:\n  completion:\n    risk_levels: { extreme: 0.1 }\n",
                "journey.completion.risk_levels.extreme", 3, "allowed: low, moderate");
    }

    private static void assertError(String yaml, String property, int line, String allowed) {
        ConfigException e = assertThrows(ConfigException.class, () -> Scenarios.config(yaml), yaml);
        assertEquals(property, e.property(), e.getMessage());
        assertEquals("test.yaml", e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(allowed), e.getMessage());
    }
}
