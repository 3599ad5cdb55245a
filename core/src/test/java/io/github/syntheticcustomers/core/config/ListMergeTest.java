package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists of records with ids merge by id (issue 30, item 6): a file adds, changes, moves or removes one entry without
 * restating the list; {@code replace: [...]} replaces the list on purpose; removing an id something still refers to is
 * an error naming both.
 */
class ListMergeTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    static String customConfig() {
        return TestResources.text("custom-config.yaml");
    }

    private static List<String> stateIds(GeneratorConfig config) {
        return config.journey().emotionalStates().stream().map(JourneyConfig.EmotionalState::id).toList();
    }

    private static List<String> factorIds(GeneratorConfig config) {
        return config.risk().factors().stream().map(RiskConfig.Factor::id).toList();
    }

    private static List<String> stepIds(GeneratorConfig config, String phase) {
        return config.journey().phases().stream().filter(p -> p.id().equals(phase)).findFirst().orElseThrow().steps()
                .stream().map(JourneyConfig.Step::id).toList();
    }

    @Test
    void entriesAreAddedAndChangedByIdWithoutRestatingTheList() {
        GeneratorConfig config = ConfigLoader.load("custom-config.yaml", customConfig());
        List<String> states = new ArrayList<>(stateIds(DEFAULTS));
        states.add("reassured");
        assertEquals(states, stateIds(config), "one state added at the end, the defaults kept");
        JourneyConfig.EmotionalState curious = config.journey().emotionalStates().get(0);
        assertEquals(0.6, curious.valence(), "the field given changes");
        assertEquals(DEFAULTS.journey().emotionalStates().get(0).emotionClass(), curious.emotionClass(),
                "the fields not given stay");
        assertEquals(DEFAULTS.journey().emotionalStates().get(0).fromTraits(), curious.fromTraits());

        List<String> factors = new ArrayList<>(factorIds(DEFAULTS));
        factors.add("gout");
        assertEquals(factors, factorIds(config));
        RiskConfig.Factor hypertension = config.risk().factors().get(0);
        assertEquals(14, hypertension.points());
        assertEquals(DEFAULTS.risk().factors().get(0).label(), hypertension.label());

        List<String> steps = new ArrayList<>(stepIds(DEFAULTS, "continuity"));
        steps.add(steps.indexOf("follow_up") + 1, "check_back");
        assertEquals(steps, stepIds(config, "continuity"), "the new step placed after the one it names");
        assertEquals(DEFAULTS.journey().phases().size(), config.journey().phases().size());

        assertTrue(config.scenarios().types().keySet().containsAll(DEFAULTS.scenarios().types().keySet()));
        assertTrue(config.scenarios().types().containsKey("reassurance_seeker"));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void theAddedEntriesOccurInTheData(long seed) {
        GeneratorConfig config = ConfigLoader.load("custom-config.yaml", customConfig());
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 600);
        long reassured = 0;
        long checkBack = 0;
        long seekers = 0;
        for (TestScenario s : dataset.scenarios()) {
            for (JourneyStep step : s.journey()) {
                reassured += step.emotionalState().equals("reassured") ? 1 : 0;
                checkBack += step.step().equals("check_back") ? 1 : 0;
            }
            seekers += s.scenarioType().equals("reassurance_seeker") ? 1 : 0;
        }
        long gout = 0;
        for (CustomerProfile c : dataset.customers()) {
            gout += c.healthProfile().conditions().stream()
                    .filter(x -> x.name().equals("gout") || x.name().equals("Gout")).count();
        }
        assertTrue(reassured > 0, "the added state occurs");
        assertTrue(checkBack > 0, "the added step occurs");
        assertTrue(seekers > 0, "the added scenario type occurs");
        assertTrue(gout > 0, "the added risk factor occurs");
    }

    @Test
    void anEntryIsRemovedByIdAndItsDefaultsAreForgotten() {
        GeneratorConfig config = ConfigLoader.load("less.yaml", """
                journey:
                  emotional_states:
                    - { id: relieved, remove: true }
                """);
        List<String> states = new ArrayList<>(stateIds(DEFAULTS));
        states.remove("relieved");
        assertEquals(states, stateIds(config));
        assertFalse(config.journey().transitions().containsKey("relieved"), "its default row is forgotten");
        config.journey().transitions().values().forEach(row -> assertFalse(row.containsKey("relieved")));
    }

    @Test
    void replaceReplacesTheListWhole() {
        GeneratorConfig config = ConfigLoader.load("whole.yaml", """
                risk:
                  factors:
                    replace:
                      - { id: gout, kind: condition, label: Gout, points: 3, prevalence: 0.04 }
                """);
        assertEquals(List.of("gout"), factorIds(config));
    }

    @Test
    void removingAnIdSomethingStillRefersToNamesBoth() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("gone.yaml", """
                journey:
                  phases:
                    - id: risk_assessment_phase_placeholder_never_used
                      remove: true
                """));
        assertTrue(e.getMessage().startsWith("gone.yaml:3:7: journey.phases.0.id: removes an id the list does not"
                + " have (was: risk_assessment_phase_placeholder_never_used; allowed: "), e.getMessage());

        ConfigException step = assertThrows(ConfigException.class, () -> ConfigLoader.load("gone.yaml", """
                journey:
                  phases:
                    - id: continuity
                      steps:
                        - { id: follow_up, remove: true }
                """));
        assertEquals("""
                2 configuration errors in gone.yaml:
                  - gone.yaml:5:13: journey.phases.0.steps.0.id: removes 'follow_up', but \
                engagement.texts.personal.3.steps.2 still refers to it (was: follow_up; allowed: remove or change \
                that reference too, or keep the entry)
                  - gone.yaml:5:13: journey.phases.0.steps.0.id: removes 'follow_up', but \
                engagement.texts.personal.5.steps.0 still refers to it (was: follow_up; allowed: remove or change \
                that reference too, or keep the entry)""", step.getMessage());
    }

    @Test
    void anEntryWithoutAnIdIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("noid.yaml", """
                risk:
                  factors:
                    - { points: 3 }
                """));
        assertEquals("noid.yaml:3:7: risk.factors.0: an entry of a list that merges by id needs an id (allowed: a"
                + " mapping with an id: a new or known id, with remove: true to remove one; or write replace: [...]"
                + " in place of the list to replace it whole)", e.getMessage());
    }

    @Test
    void anErrorInAnAddedEntryPointsAtItsOwnLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("bad.yaml", """
                risk:
                  factors:
                    - { id: gout, kind: condition, label: Gout, points: 3, prevalence: 1.5 }
                """));
        assertTrue(e.getMessage().startsWith("bad.yaml:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("risk.factors." + DEFAULTS.risk().factors().size() + ".prevalence"),
                e.getMessage());
    }
}
