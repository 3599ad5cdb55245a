package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Load-time warnings (issue 30, item 7): what a configuration declares but can never happen, found statically. */
class ConfigWarningsTest {

    private static List<String> warnings(String name, String yaml) {
        return ConfigLoader.loadWithWarnings(name, yaml).warnings().stream().map(ConfigWarning::toString).toList();
    }

    @Test
    void theDefaultsHaveNoWarnings() {
        assertEquals(List.of(), ConfigLoader.loadWithWarnings((java.nio.file.Path) null).warnings());
        assertEquals(List.of(), warnings("empty.yaml", "reference_date: \"2026-01-01\"\n"),
                "the defaults, parsed as a file is");
        assertEquals(List.of("custom-config.yaml:17:11: journey.phases.3.steps.1: step 'check_back' has no content:"
                + " its engagement steps get the generic texts"), warnings("custom-config.yaml",
                ListMergeTest.customConfig()), "the added step, placed after follow_up, has no texts of its own");
    }

    @Test
    void aScenarioTypeNoAgeCanReachIsWarnedAbout() {
        assertEquals(List.of("old.yaml:3:27: scenarios.types.retiree.eligible: no customer can be eligible: the rule"
                + " needs an age of at least 130, and the personas' ages are 25–50"), warnings("old.yaml", """
                scenarios:
                  types:
                    retiree: { weight: 1, eligible: { all: [ { number: { of: age, at_least: 130 } } ] } }
                """));
    }

    @Test
    void aFloorThatAgeAndBarrierPointsReachIsWarnedAbout() {
        // customers in their 50s have 8 age points, and anyone up to 12 barrier points: 20 reaches a floor of 15
        assertEquals(List.of("floor.yaml:2:27: risk.level_floors.moderate: customers may score 20 without any drawn"
                + " risk factor (structured_system_seeker at 50: 8 age points, up to 12 social-barrier points), at or"
                + " above this floor 15: one allocated risk level 'low' then scores above its band and the risk_levels"
                + " check reports overlapping levels; a floor above 20 avoids it"), warnings("floor.yaml", """
                risk:
                  level_floors: { low: 0, moderate: 15 }
                """));
        assertEquals(List.of(), warnings("floor.yaml", """
                risk:
                  level_floors: { low: 0, moderate: 21 }
                """));
    }

    @Test
    void aStepWithoutContentIsWarnedAbout() {
        assertEquals(List.of("bare.yaml:5:11: journey.phases.3.steps.4: step 'check_back' has no content: its"
                + " engagement steps get the generic texts"), warnings("bare.yaml", """
                journey:
                  phases:
                    - id: continuity
                      steps:
                        - { id: check_back, actions: [answered_check_back] }
                """));
    }

    static String customErrors() {
        return TestResources.text("custom-errors.yaml");
    }

    @Test
    void whatCanNeverHappenIsWarnedAboutWithItsPlace() {
        assertEquals(List.of(
                "custom-errors.yaml:11:56: scenarios.types.prenatal_support.eligible: no customer can be eligible: life"
                        + " event 'pregnancy' (female; ages 18–45) can happen to none of the customers the rule admits",
                "custom-errors.yaml:15:7: scenarios.types.senior_professionals.eligible: no customer can be eligible:"
                        + " no persona's customers meet its persona, age, gender and life-event conditions together",
                "custom-errors.yaml:20:54: engagement.texts.personal.1.when: the line is never shown: life event"
                        + " 'pregnancy' (female; ages 18–45) can happen to none of the customers the rule admits",
                "custom-errors.yaml:21:9: engagement.texts.personal.2: the line is never shown: line 0 comes first,"
                        + " holds for every customer and shows on each of its steps",
                "custom-errors.yaml:22:37: engagement.texts.personal.3.steps: the line is never shown: it names no"
                        + " step",
                "custom-errors.yaml:27:52: personas.healthcare_professional.narrative.quotes.0.when: the phrase is"
                        + " never used: no customer of the persona meets its persona, age, gender and life-event"
                        + " conditions together"), warnings("custom-errors.yaml", customErrors()));
    }

    @Test
    void aRuleThatMayHoldIsNotWarnedAbout() {
        // the same rules where some customer can satisfy them: women can be pregnant, a professional can be 45
        assertEquals(List.of(), warnings("fine.yaml", """
                life_events:
                  types:
                    - { id: pregnancy, description: Became pregnant, impact: mixed, sex: [female], max_age: 45,
                        rates: { "18": 0.05 } }
                scenarios:
                  types:
                    prenatal_support: { weight: 1, completion_bias: 0, eligible: { life_event: pregnancy } }
                    senior_professionals:
                      weight: 1
                      completion_bias: 0
                      eligible: { all: [ { persona: [healthcare_professional] }, { number: { of: age, at_least: 45 } },
                                         { not: { life_event: pregnancy } },
                                         { any: [ { life_event: pregnancy }, { is: inactive } ] } ] }
                """));
    }

    /** What the warnings say never happens does not happen in the data, at several seeds. */
    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void whatIsWarnedAboutNeverHappens(long seed) {
        GeneratorConfig config = ConfigLoader.load("custom-errors.yaml", customErrors());
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 800);
        int followUps = 0;
        for (TestScenario s : dataset.scenarios()) {
            assertFalse(List.of("prenatal_support", "senior_professionals").contains(s.scenarioType()), s.scenarioType());
        }
        for (EngagementStep step : dataset.engagementSteps()) {
            String personal = step.valueComponents().personal();
            if (personal != null) {
                assertFalse(personal.contains("Congratulations on the pregnancy") || personal.contains("Time for your"
                        + " follow-up") || personal.contains("Nothing to show."), personal);
                followUps += personal.equals("Your follow-up is booked.") ? 1 : 0;
            }
        }
        assertTrue(followUps > 0, "the line that comes first is shown");
        System.out.println("seed " + seed + ": " + dataset.engagementSteps().size() + " engagement steps, "
                + followUps + " showing personal line 0, none showing the lines warned about");
        for (CustomerProfile c : dataset.customers()) {
            assertTrue(c.lifeEvents().stream().noneMatch(e -> e.type().equals("pregnancy")), c.id());
            assertFalse(String.valueOf(c.narrative()).contains("I see this at work every day."), c.id());
        }
    }
}
