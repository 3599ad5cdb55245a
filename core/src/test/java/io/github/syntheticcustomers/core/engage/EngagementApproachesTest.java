package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Engagement approaches declared, not guessed (issue 30, item 8; docs/engagement-approaches.md): a persona's approach
 * is the id its configuration names, an approach is whatever {@code engagement.approaches} declares (a product adds
 * one by id), and a persona without one gets the configured trait rules; the free-text style plays no part.
 */
class EngagementApproachesTest {

    static final GeneratorConfig CUSTOM = load("custom-approaches.yaml");
    private static final int COUNT = 600;

    /**
     * The keyword match the engine used before approaches were declared (PersonaApproach and PersonaStyles, removed):
     * kept here only as the oracle that the seed's declared approaches give every default persona the approach its
     * style used to.
     */
    private static final Map<String, List<String>> OLD_KEYWORDS = new LinkedHashMap<>();

    static {
        OLD_KEYWORDS.put("gentle", List.of("cautious", "detail-oriented", "detail oriented", "anxious", "careful"));
        OLD_KEYWORDS.put("structured", List.of("analytical", "organised", "organized", "systematic", "methodical"));
        OLD_KEYWORDS.put("balanced", List.of("practical", "holistic", "balanced", "flexible"));
        OLD_KEYWORDS.put("clinical", List.of("professional", "knowledgeable", "clinical", "expert"));
        OLD_KEYWORDS.put("direct", List.of("pragmatic", "resourceful", "busy", "straightforward"));
    }

    private static String oldKeywordApproach(String style) {
        String text = style.toLowerCase(Locale.ROOT);
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, List<String>> e : OLD_KEYWORDS.entrySet()) {
            int hits = (int) e.getValue().stream().filter(text::contains).count();
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return best;
    }

    @Test
    void theSeedsPersonasDeclareTheApproachTheirStyleUsedToGive() {
        Map<String, String> declared = new TreeMap<>();
        Map<String, String> old = new TreeMap<>();
        for (Map.Entry<String, PersonaConfig> p : Inputs.DEFAULTS.personas().entrySet()) {
            declared.put(p.getKey(), p.getValue().approach());
            old.put(p.getKey(), oldKeywordApproach(p.getValue().style()));
        }
        assertEquals(old, declared);
        assertEquals(Map.of("health_aware_avoider", "gentle", "structured_system_seeker", "structured",
                "balanced_life_integrator", "balanced", "healthcare_professional", "clinical",
                "overlooked_risk_group", "direct"), declared);
        // the old match gave each seed style two keywords, strength 1.0: a declared approach has the same strength,
        // so the seed's persona intensity (0.6 x intensity_base + 0.4) is unchanged
        EngagementApproaches approaches = Inputs.ENGINE.approaches();
        assertEquals(List.of("gentle", "structured", "balanced", "clinical", "direct"), approaches.ids());
        for (PersonaConfig p : Inputs.DEFAULTS.personas().values()) {
            assertEquals(1.0, approaches.resolve(p.approach(), p.traits()).strength());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void theSeedsStepsShowEachPersonasFormerApproachOutsideSupportiveStates(long seed) {
        GeneratorConfig config = Inputs.DEFAULTS;
        Map<String, Map<String, Integer>> seen = approachesByPersona(config, seed, 500, false);
        for (Map.Entry<String, PersonaConfig> p : config.personas().entrySet()) {
            assertEquals(Map.of(oldKeywordApproach(p.getValue().style()), seen.get(p.getKey()).values().iterator().next()),
                    seen.get(p.getKey()), p.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void aCustomApproachNamedByAPersonaAppearsInItsStepsWithItsTexts(long seed) throws IOException {
        DatasetGenerator generator = new DatasetGenerator(CUSTOM, seed, COUNT);
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        EmotionalStates states = EmotionalStates.of(CUSTOM);
        List<String> supportive = CUSTOM.engagement().trajectory().supportiveClasses();
        int coach = 0;
        int supported = 0;
        int warm = 0;
        for (int i = 0; i < COUNT; i++) {
            CustomerProfile c = generator.customer(i);
            for (EngagementStep s : part.recordsFor(i, c)) {
                boolean supportiveState = supportive.contains(states.classOf(s.emotionalState()).id());
                String approach = s.personaComponents().approach();
                if (c.personaType().equals("coached_starter")) {
                    if (supportiveState) {
                        assertEquals("gentle", approach, "a supportive state switches to the supportive approach");
                        supported++;
                        continue;
                    }
                    assertEquals("coach", approach, s.id());
                    JsonNode json = JsonMappers.data().readTree(JsonMappers.data().writeValueAsString(s));
                    assertEquals("coach", json.get("personaComponents").get("approach").asText());
                    assertTrue(s.valueComponents().preview().startsWith("Your coach picked this step: "),
                            s.valueComponents().preview());
                    assertTrue(s.valueComponents().confirmation().startsWith("Your coach "),
                            s.valueComponents().confirmation());
                    assertEquals(List.of("A named coach checks in every week", "One goal at a time"),
                            s.personaComponents().adaptations().subList(0, 2));
                    coach++;
                } else if (c.personaType().equals("warm_newcomer") && !supportiveState) {
                    assertEquals("gentle", approach, "declared, though the style \"warm, curious\" names no keyword");
                    warm++;
                } else if (!supportiveState) {
                    assertFalse(approach.equals("coach"), "only the persona that names it: " + s.id());
                }
            }
        }
        assertTrue(coach > 100, "coach steps: " + coach);
        assertTrue(warm > 100, "warm newcomer steps: " + warm);
        assertTrue(supported > 0, "supportive steps of coached starters: " + supported);
    }

    @Test
    void aWarmCuriousPersonaThatDeclaresGentleGetsGentle() {
        PersonaConfig p = CUSTOM.personas().get("warm_newcomer");
        assertEquals("warm, curious", p.style());
        EngagementEngine engine = EngagementEngine.of(CUSTOM);
        StepInput in = new StepInput("cus-000001", "scn-000001", "risk_assessment", "engagement", 5, 5, 16,
                p.approach(), p.traits(), "curious", "completed", InteractionMeasurements.NEUTRAL, 5 / 16.0,
                JourneySoFar.NONE, "Sam", null);
        EngagementStep step = engine.adapt(in);
        assertEquals("gentle", step.personaComponents().approach());
        assertEquals(0.88, step.personaComponents().intensity(), 1e-9, "0.6 x 0.80 + 0.4 x 1.0 (declared)");
        // without the declaration the traits decide (health_anxiety 0.3, organization 0.5, ...): balanced
        assertEquals("balanced", engine.approaches().resolve(null, p.traits()).approach().id());
    }

    @Test
    void addingOneApproachByIdKeepsTheFive() {
        EngagementConfig e = CUSTOM.engagement();
        assertEquals(List.of("gentle", "structured", "balanced", "clinical", "direct", "coach"), e.approachIds());
        assertEquals(Inputs.DEFAULTS.engagement().approaches(), e.approaches().subList(0, 5));
        EngagementConfig.Approach coach = e.approaches().get(5);
        assertEquals(new EngagementConfig.Approach("coach", "Coach", 0.45, 0.60, 0.90, "warm",
                List.of("A named coach checks in every week", "One goal at a time")), coach);
        // changing one field of a default approach by id keeps its others
        GeneratorConfig changed = ConfigLoader.load("c.yaml",
                "engagement: { approaches: [ { id: clinical, intensity_base: 0.4 } ] }\n");
        EngagementConfig.Approach clinical = changed.engagement().approaches().get(3);
        assertEquals(0.4, clinical.intensityBase());
        assertEquals(0.9, clinical.disclosureBase());
        assertEquals(Inputs.DEFAULTS.engagement().approaches().get(3).adaptations(), clinical.adaptations());
        assertEquals(5, changed.engagement().approaches().size());
    }

    @Test
    void traitRulesTraitAdaptationsAndInteractionTextsAreConfiguration() {
        GeneratorConfig c = ConfigLoader.load("c.yaml", """
                engagement:
                  approach_by_traits:
                    - { when: { risk_propensity: { at_least: 0.6 }, social_barriers: { below: 0.5 } }, approach: clinical }
                    - { approach: structured }
                  trait_adaptations:
                    - { trait: risk_propensity, at_least: 0.6, text: Risk explained in plain numbers, unless_approach: gentle }
                  interaction_adaptations: { skip_ahead: Jump to the end, recap_revisits: 1 }
                """);
        EngagementEngine engine = EngagementEngine.of(c);
        StepInput risky = Inputs.custom(null, Inputs.traits(0.5, 0.5, 0.9, 0.5, 0.5, 0.7, 0.3), "curious",
                Inputs.CONFIDENT);
        EngagementStep step = engine.adapt(risky);
        assertEquals("clinical", step.personaComponents().approach(), "the first rule whose bounds all hold");
        assertTrue(step.personaComponents().adaptations().contains("Risk explained in plain numbers"));
        assertTrue(step.personaComponents().adaptations().contains("Jump to the end"));
        assertFalse(step.personaComponents().adaptations().contains("Reassuring wording for health risks"),
                "a file's trait_adaptations replace the default list");
        assertEquals("structured", engine.adapt(Inputs.custom(null, Inputs.traits(0.5, 0.5, 0.9, 0.5, 0.5, 0.7, 0.6),
                "curious", InteractionMeasurements.NEUTRAL)).personaComponents().approach(), "the last rule");
        EngagementStep gentle = engine.adapt(Inputs.custom("gentle", Inputs.traits(0.5, 0.5, 0.9, 0.5, 0.5, 0.7, 0.3),
                "curious", new InteractionMeasurements(60, 0.5, 0, 1, false, 0)));
        assertFalse(gentle.personaComponents().adaptations().contains("Risk explained in plain numbers"),
                "unless_approach");
        assertTrue(gentle.personaComponents().adaptations().contains("Recap of what was covered last time"),
                "one revisit is enough with recap_revisits: 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            personas: { health_aware_avoider: { approach: soothing } }                                       | personas.health_aware_avoider.approach: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { approaches: [ { id: coach, disclosure_base: 0.5, scaffolding_base: 0.5, intensity_base: 0.5, scaffolding_register: warm, adaptations: [One goal] } ] } | engagement.texts.preview.coach: is required (allowed: a text with placeholders from title, benefit, evidence, minutes, step_number, step_count, completed_before, completed_steps, remaining_steps, first_name)
            engagement: { texts: { preview: { soothing: Hello } } }                                          | engagement.texts.preview.soothing: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { texts: { confirmation: { skipped: { soothing: Later } } } }                         | engagement.texts.confirmation.skipped.soothing: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { approaches: [ { id: gentle, disclosure_base: 1.5 } ] }                              | engagement.approaches.0.disclosure_base: out of range (was: 1.5; allowed: a number 0.0–1.0)
            engagement: { approaches: [ { id: direct, intensity_base: -0.1 } ] }                              | engagement.approaches.4.intensity_base: out of range (was: -0.1; allowed: a number 0.0–1.0)
            engagement: { approaches: [ { id: Coach } ] }                                                     | engagement.approaches.5.id: invalid id (was: Coach; allowed: lower-case letters, digits and '_', starting with a letter)
            engagement: { approaches: { replace: [] } }                                                       | engagement.approaches: at least one approach is required (allowed: a list of { id, name, disclosure_base, scaffolding_base, intensity_base, scaffolding_register, adaptations })
            engagement: { approaches: [ { id: balanced, scaffolding_register: soft } ] }                      | engagement.approaches.2.scaffolding_register: unknown scaffolding register 'soft' (was: soft; allowed: warm, brief)
            engagement: { approaches: [ { id: structured, adaptations: [ "" ] } ] }                           | engagement.approaches.1.adaptations.0: is blank (was: ''; allowed: an adaptation text)
            engagement: { trajectory: { supportive_approach: soothing } }                                     | engagement.trajectory.supportive_approach: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { approach_by_traits: [ { when: { calmness: { at_least: 0.5 } }, approach: gentle }, { approach: balanced } ] } | engagement.approach_by_traits.0.when.calmness: unknown trait 'calmness' (was: calmness; allowed: health_awareness, action_tendency, health_anxiety, system_engagement, organization, risk_propensity, social_barriers)
            engagement: { approach_by_traits: [ { when: { health_anxiety: { at_least: 0.6 } }, approach: gentle } ] } | engagement.approach_by_traits.0.when: the last rule must hold for every persona (was: a rule with when; allowed: a last rule without when, e.g. { approach: gentle })
            engagement: { approach_by_traits: [ { approach: soothing } ] }                                    | engagement.approach_by_traits.0.approach: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { approach_by_traits: [ { when: { organization: { below: 1.2 } }, approach: direct }, { approach: balanced } ] } | engagement.approach_by_traits.0.when.organization.below: out of range (was: 1.2; allowed: a number 0.0–1.0)
            engagement: { trait_adaptations: [ { trait: organization, at_least: 0.8, text: Checklist, unless_approach: tidy } ] } | engagement.trait_adaptations.0.unless_approach: unknown approach 'tidy' (was: tidy; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { interaction_adaptations: { recap_revisits: 0 } }                                    | engagement.interaction_adaptations.recap_revisits: out of range (was: 0; allowed: a whole number 1–3)
            engagement: { interaction_adaptations: { help_open: " " } }                                       | engagement.interaction_adaptations.help_open: is blank (was: ''; allowed: an adaptation text)
            """)
    void approachErrorsNameThePropertyTheValueAndTheAllowedIds(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }

    @Test
    void aDuplicateApproachIdIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", """
                engagement:
                  approaches:
                    replace:
                      - { id: calm, disclosure_base: 0.5, scaffolding_base: 0.5, intensity_base: 0.5, scaffolding_register: warm, adaptations: [A] }
                      - { id: calm, disclosure_base: 0.5, scaffolding_base: 0.5, intensity_base: 0.5, scaffolding_register: warm, adaptations: [B] }
                """));
        assertEquals("mine.yaml:5:11: engagement.approaches.1.id: approach id 'calm' is declared twice (was: calm; "
                + "allowed: each approach id once)", e.getMessage());
    }

    /** Per persona, how many non-supportive steps show each approach. */
    private static Map<String, Map<String, Integer>> approachesByPersona(GeneratorConfig config, long seed, int count,
            boolean includeSupportive) {
        DatasetGenerator generator = new DatasetGenerator(config, seed, count);
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        EmotionalStates states = EmotionalStates.of(config);
        List<String> supportive = config.engagement().trajectory().supportiveClasses();
        Map<String, Map<String, Integer>> seen = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            CustomerProfile c = generator.customer(i);
            for (EngagementStep s : part.recordsFor(i, c)) {
                if (includeSupportive || !supportive.contains(states.classOf(s.emotionalState()).id())) {
                    seen.computeIfAbsent(c.personaType(), k -> new TreeMap<>())
                            .merge(s.personaComponents().approach(), 1, Integer::sum);
                }
            }
        }
        return seen;
    }

    static GeneratorConfig load(String resource) {
        return TestResources.config(resource);
    }
}
