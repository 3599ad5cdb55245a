package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.EngagementConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngagementEngineTest {

    private static final JourneyFramework DEFAULT_FRAMEWORK =
            JourneyFramework.of(io.github.syntheticcustomers.core.config.ConfigLoader.defaults());

    private static final List<String> PERSONAS = List.of("health_aware_avoider", "structured_system_seeker",
            "balanced_life_integrator", "healthcare_professional", "overlooked_risk_group");

    private static Map<String, EngagementStep> fivePersonasOn(String stepId, String state, InteractionMeasurements m) {
        Map<String, EngagementStep> steps = new LinkedHashMap<>();
        for (String p : PERSONAS) {
            steps.put(p, Inputs.ENGINE.adapt(Inputs.persona(p, stepId, state, m)));
        }
        return steps;
    }

    @Test
    void theFivePersonasGetDifferentApproachesTiersAndScaffoldingForOneStep() {
        Map<String, EngagementStep> s = fivePersonasOn("risk_assessment", "curious", InteractionMeasurements.NEUTRAL);
        assertEquals(List.of("gentle", "structured", "balanced", "clinical", "direct"),
                s.values().stream().map(e -> e.personaComponents().approach()).toList());

        // avoiders start essential-only, professionals get everything at once
        EngagementStep avoider = s.get("health_aware_avoider");
        EngagementStep professional = s.get("healthcare_professional");
        assertEquals(Tier.ESSENTIAL, avoider.type());
        assertEquals(List.of(Tier.EXTENDED, Tier.COMPREHENSIVE), avoider.disclosureComponents().visibilityRules().deferredTiers());
        assertEquals(Tier.COMPREHENSIVE, professional.type());
        assertEquals(List.of(), professional.disclosureComponents().visibilityRules().deferredTiers());
        assertEquals(Tier.EXTENDED, s.get("structured_system_seeker").type());
        assertEquals(Tier.EXTENDED, s.get("balanced_life_integrator").type());
        assertEquals(Tier.ESSENTIAL, s.get("overlooked_risk_group").type());
        assertTrue(professional.content().startsWith(avoider.content()), "tiers are layered");
        assertTrue(professional.content().length() > s.get("structured_system_seeker").content().length());
        assertTrue(professional.loadingSequence().contains(LoadingStage.DEEP_CONTEXT));
        assertFalse(avoider.loadingSequence().contains(LoadingStage.ENHANCED_CONTEXT));

        // value previews, adaptations and content all differ per persona
        assertEquals(5, distinct(s.values().stream().map(e -> e.valueComponents().preview()).toList()));
        assertEquals(5, distinct(s.values().stream().map(e -> e.personaComponents().adaptations()).toList()));
        assertTrue(s.get("overlooked_risk_group").personaComponents().adaptations()
                .contains("Free, nearby and after-hours options first"));
        assertTrue(professional.valueComponents().preview().contains("risk scores"), "clinical rationale");
    }

    @Test
    void anAnxiousStateGetsTheSupportiveApproachReassuranceAndLessDepth() {
        Map<String, EngagementStep> curious = fivePersonasOn("risk_assessment", "curious",
                InteractionMeasurements.NEUTRAL);
        Map<String, EngagementStep> s = fivePersonasOn("risk_assessment", "anxious", InteractionMeasurements.NEUTRAL);
        // distressed: every persona is shown the gentle approach (engagement.trajectory.supportive_approach)
        assertEquals(List.of("gentle"), s.values().stream().map(e -> e.personaComponents().approach())
                .distinct().toList());
        for (EngagementStep e : s.values()) {
            assertEquals("reassurance", e.emotionalComponents().type());
        }
        // most intense for the anxious avoider, least for the professional
        EngagementStep avoider = s.get("health_aware_avoider");
        EngagementStep professional = s.get("healthcare_professional");
        double max = s.values().stream().mapToDouble(e -> e.emotionalComponents().intensity()).max().orElseThrow();
        double min = s.values().stream().mapToDouble(e -> e.emotionalComponents().intensity()).min().orElseThrow();
        assertEquals(max, avoider.emotionalComponents().intensity());
        assertEquals(min, professional.emotionalComponents().intensity());
        // an anxious professional is shown less than a curious one
        assertEquals(Tier.COMPREHENSIVE, curious.get("healthcare_professional").type());
        assertEquals(Tier.EXTENDED, professional.type());
        assertTrue(avoider.valueComponents().contextual().endsWith(
                Inputs.DEFAULTS.engagement().texts().privacyNote()), "privacy note when distressed");
    }

    @Test
    void emotionalStateDrivesTheScaffoldingType() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anxious", "reassurance");
        expected.put("overwhelmed", "reassurance");
        expected.put("frustrated", "validation");
        expected.put("curious", "encouragement");
        expected.put("indifferent", "guidance");
        expected.put("distracted", "guidance");
        expected.put("confident", "celebration");
        expected.put("relieved", "celebration");
        // undeclared states get the middling guidance, whatever their words suggest: never guessed
        expected.put("embarrassed", "guidance");
        expected.put("unhappy", "guidance");
        expected.put("insecure", "guidance");
        expected.put("something_new", "guidance");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            // after three completed steps: celebration has something to celebrate
            EngagementStep step = Inputs.ENGINE.adapt(Inputs.afterCompleted(Inputs.persona("balanced_life_integrator",
                    "follow_up", e.getKey(), InteractionMeasurements.NEUTRAL), 3));
            assertEquals(e.getValue(), step.emotionalComponents().type(), e.getKey());
        }
        // before any completed step, an accomplished state is encouraged, not congratulated
        EngagementStep first = Inputs.ENGINE.adapt(Inputs.persona("balanced_life_integrator", "follow_up",
                "confident", InteractionMeasurements.NEUTRAL));
        assertEquals("encouragement", first.emotionalComponents().type());
        EngagementStep later = Inputs.ENGINE.adapt(Inputs.afterCompleted(Inputs.persona("structured_system_seeker",
                "follow_up", "confident", InteractionMeasurements.NEUTRAL), 3));
        assertEquals("Good progress: 3 steps done, 3 to go.", later.emotionalComponents().message());
        double anxious = Inputs.ENGINE.adapt(Inputs.persona("balanced_life_integrator", "follow_up", "anxious",
                InteractionMeasurements.NEUTRAL)).emotionalComponents().intensity();
        double relieved = Inputs.ENGINE.adapt(Inputs.persona("balanced_life_integrator", "follow_up", "relieved",
                InteractionMeasurements.NEUTRAL)).emotionalComponents().intensity();
        assertTrue(anxious > relieved + 0.3, anxious + " vs " + relieved);
    }

    @Test
    void aDeclaredStateGetsTheScaffoldingOfItsDeclaredClass() {
        GeneratorConfig config = io.github.syntheticcustomers.core.config.ConfigLoader.load("custom.yaml", ""
                + "journey:\n"
                + "  emotional_states:\n"
                + "    replace:\n"
                + "    - { id: embarrassed, class: self_conscious, valence: -0.5 }\n"
                + "    - { id: unhappy, class: discouraged, valence: -1.0 }\n"
                + "    - { id: proud, class: accomplished, valence: 1.0 }\n"
                + "    - { id: confused, class: uncertain, valence: -0.5 }\n"
                + "  transitions:\n"
                + "    embarrassed: { proud: 1 }\n"
                + "    unhappy: { confused: 1 }\n"
                + "    proud: { proud: 1 }\n"
                + "    confused: { unhappy: 1 }\n"
                + "  state_actions:\n"
                + "    embarrassed: [hid_details]\n"
                + "    unhappy: [sent_feedback]\n"
                + "    proud: [shared_progress]\n"
                + "    confused: [opened_faq]\n");
        EngagementEngine engine = EngagementEngine.of(config);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("embarrassed", "normalization");
        expected.put("unhappy", "validation");
        expected.put("proud", "celebration");
        expected.put("confused", "guidance");
        expected.put("anxious", "guidance"); // a default state this vocabulary does not declare
        for (Map.Entry<String, String> e : expected.entrySet()) {
            EngagementStep step = engine.adapt(Inputs.afterCompleted(Inputs.persona("balanced_life_integrator",
                    "follow_up", e.getKey(), InteractionMeasurements.NEUTRAL), 2));
            assertEquals(e.getValue(), step.emotionalComponents().type(), e.getKey());
        }
    }

    @Test
    void healthAnxietyRaisesScaffoldingIntensityForTheSameState() {
        Traits calm = Inputs.traits(0.6, 0.6, 0.1, 0.6, 0.6, 0.4, 0.2);
        Traits anxious = Inputs.traits(0.6, 0.6, 0.9, 0.6, 0.6, 0.4, 0.2);
        double low = Inputs.ENGINE.adapt(Inputs.custom("balanced", calm, "curious",
                InteractionMeasurements.NEUTRAL)).emotionalComponents().intensity();
        double high = Inputs.ENGINE.adapt(Inputs.custom("balanced", anxious, "curious",
                InteractionMeasurements.NEUTRAL)).emotionalComponents().intensity();
        assertEquals(0.24, high - low, 1e-9);
    }

    @Test
    void hesitationBringsMoreSupportAndLessDisclosure() {
        InteractionAdaptation rules = Inputs.ENGINE.interactionAdaptation();
        assertTrue(rules.struggling(Inputs.HESITANT));
        for (String persona : List.of("healthcare_professional", "structured_system_seeker")) {
            EngagementStep neutral = Inputs.ENGINE.adapt(Inputs.persona(persona, "risk_assessment", "curious",
                    InteractionMeasurements.NEUTRAL));
            EngagementStep hesitant = Inputs.ENGINE.adapt(Inputs.persona(persona, "risk_assessment", "curious",
                    Inputs.HESITANT));
            assertEquals(neutral.type().shallower(), hesitant.type(), persona);
            assertTrue(hesitant.disclosureComponents().visibilityRules().deferredTiers().contains(Tier.COMPREHENSIVE));
            assertEquals(ProgressiveDisclosure.REVEAL_AFTER_SUPPORT, hesitant.disclosureComponents().visibilityRules().revealOn());
            assertTrue(hesitant.content().length() < neutral.content().length());
            assertTrue(hesitant.emotionalComponents().intensity() > neutral.emotionalComponents().intensity() + 0.2);
            assertEquals("encouragement", neutral.emotionalComponents().type());
            assertEquals("guidance", hesitant.emotionalComponents().type());
            assertTrue(hesitant.personaComponents().intensity() > neutral.personaComponents().intensity());
            assertTrue(hesitant.personaComponents().adaptations().containsAll(List.of(
                    "Step split into smaller parts, with a pause point after each", "Help panel kept open",
                    "Recap of what was covered last time")));
            assertEquals(Inputs.HESITANT, hesitant.interactions());
        }
        // already essential: cannot go lower, but everything deeper waits for support
        EngagementStep avoider = Inputs.ENGINE.adapt(Inputs.persona("health_aware_avoider", "risk_assessment",
                "anxious", Inputs.HESITANT));
        assertEquals(Tier.ESSENTIAL, avoider.type());
        assertEquals(ProgressiveDisclosure.REVEAL_AFTER_SUPPORT, avoider.disclosureComponents().visibilityRules().revealOn());
    }

    @Test
    void confidentSpeedDisclosesMore() {
        assertTrue(Inputs.ENGINE.interactionAdaptation().confident(Inputs.CONFIDENT));
        for (String persona : List.of("health_aware_avoider", "structured_system_seeker", "overlooked_risk_group")) {
            EngagementStep neutral = Inputs.ENGINE.adapt(Inputs.persona(persona, "prevention_plan", "hopeful",
                    InteractionMeasurements.NEUTRAL));
            EngagementStep confident = Inputs.ENGINE.adapt(Inputs.persona(persona, "prevention_plan", "hopeful",
                    Inputs.CONFIDENT));
            assertEquals(neutral.type().deeper(), confident.type(), persona);
            assertTrue(confident.content().length() > neutral.content().length());
            assertTrue(confident.emotionalComponents().intensity() < neutral.emotionalComponents().intensity());
            assertTrue(confident.personaComponents().adaptations().contains("Offer to skip ahead"));
            assertFalse(confident.personaComponents().adaptations().contains(
                    "Step split into smaller parts, with a pause point after each"));
        }
        EngagementStep professional = Inputs.ENGINE.adapt(Inputs.persona("healthcare_professional", "prevention_plan",
                "hopeful", Inputs.CONFIDENT));
        assertEquals(Tier.COMPREHENSIVE, professional.type(), "already the deepest tier");
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        EngagementConfig defaults = Inputs.DEFAULTS.engagement();
        EngagementEngine lenient = new EngagementEngine(new EngagementConfig(0.9, 0.99, defaults.trajectory(),
                defaults.texts(), defaults.stepEngagement(), defaults.approaches(), defaults.approachByTraits(),
                defaults.traitAdaptations(), defaults.interactionAdaptations()), Inputs.CATALOGUE, Inputs.ENGINE.emotions());
        InteractionMeasurements someHesitation = new InteractionMeasurements(100, 0.5, 2, 0, true, 0);
        assertEquals(0.6, someHesitation.hesitationLoad(), 1e-9);
        StepInput in = Inputs.persona("healthcare_professional", "risk_assessment", "curious", someHesitation);
        assertEquals(Tier.EXTENDED, Inputs.ENGINE.adapt(in).type());
        assertEquals(Tier.COMPREHENSIVE, lenient.adapt(in).type());
        StepInput quick = Inputs.persona("structured_system_seeker", "risk_assessment", "curious", Inputs.CONFIDENT);
        assertEquals(Tier.EXTENDED, lenient.adapt(quick).type());
    }

    @Test
    void aSixthPersonaWithoutAnApproachGetsTheTraitRules() {
        Traits anxious = Inputs.traits(0.7, 0.4, 0.75, 0.4, 0.5, 0.5, 0.3);
        Traits orderly = Inputs.traits(0.6, 0.7, 0.3, 0.6, 0.85, 0.4, 0.2);
        Traits hardToReach = Inputs.traits(0.4, 0.4, 0.3, 0.2, 0.4, 0.7, 0.7);
        Traits expert = Inputs.traits(0.9, 0.6, 0.3, 0.8, 0.5, 0.4, 0.2);
        Traits neutral = Inputs.traits(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        assertEquals("gentle", approach(null, anxious));
        assertEquals("structured", approach(null, orderly));
        assertEquals("direct", approach(null, hardToReach));
        assertEquals("clinical", approach(null, expert));
        assertEquals("balanced", approach(null, neutral), "the last rule holds for every persona");
        assertEquals("balanced", approach("balanced", anxious), "a declared approach wins");
        EngagementApproaches.Match fallback = Inputs.ENGINE.approaches().resolve(null, anxious);
        assertFalse(fallback.declared());
        EngagementStep step = Inputs.ENGINE.adapt(Inputs.custom(null, anxious, "anxious",
                InteractionMeasurements.NEUTRAL));
        assertEquals(Tier.ESSENTIAL, step.type());
        assertEquals(0.68, step.personaComponents().intensity(), 1e-9, "0.6·0.8 + 0.4·0.5");
    }

    @Test
    void skippedStepsAreCollapsedAndUnknownStepsGetGenericContent() {
        StepInput in = Inputs.persona("balanced_life_integrator", "support_plan", "curious",
                InteractionMeasurements.NEUTRAL);
        StepInput skipped = new StepInput(in.customerId(), in.scenarioId(), in.stepId(), in.phase(), in.position(),
                in.stepNumber(), in.journeyLength(), in.approach(), in.traits(), in.emotionalState(), "skipped",
                in.measurements(), in.progress(), in.soFar(), in.firstName(), in.customer());
        EngagementStep step = Inputs.ENGINE.adapt(skipped);
        assertEquals("collapsed", step.visibility());
        assertFalse(step.disclosureComponents().visibilityRules().isVisible());

        assertEquals("follow_up", Inputs.CATALOGUE.find("Follow-Up", "continuity").id());
        assertEquals("concern_curiosity_assessment",
                Inputs.CATALOGUE.find("concern_and_curiosity_assessment", "awareness").id());
        StepInput unknown = new StepInput("cus-000002", null, "peer_support_circle", "continuity", 17, 17, 17,
                in.approach(), in.traits(), "hopeful", "completed", InteractionMeasurements.NEUTRAL, 1.0, null, null, null);
        EngagementStep generic = Inputs.ENGINE.adapt(unknown);
        assertTrue(generic.content().startsWith("Peer support circle"), generic.content());
        assertEquals("eng-000002-17", generic.id());
    }

    @Test
    void theCatalogueHasTheJourneyFrameworksStepsInOrder() {
        assertEquals(DEFAULT_FRAMEWORK.stepIds(), Inputs.CATALOGUE.stepIds());
        for (JourneyFramework.Step step : DEFAULT_FRAMEWORK.steps()) {
            assertEquals(step.phase(), Inputs.CATALOGUE.find(step.id(), null).phase(), step.id());
        }
    }

    @Test
    void theSameInputGivesTheSameStep() {
        StepInput in = Inputs.persona("overlooked_risk_group", "barrier_identification", "frustrated", Inputs.HESITANT);
        assertEquals(Inputs.ENGINE.adapt(in), Inputs.ENGINE.adapt(in));
    }

    private static String approach(String declared, Traits traits) {
        return Inputs.ENGINE.adapt(Inputs.custom(declared, traits, "curious", InteractionMeasurements.NEUTRAL))
                .personaComponents().approach();
    }

    private static int distinct(List<?> values) {
        Set<Object> set = new HashSet<>(values);
        return set.size();
    }
}
