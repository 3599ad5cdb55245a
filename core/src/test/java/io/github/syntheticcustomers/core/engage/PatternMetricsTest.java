package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PatternMetricsTest {

    private static final List<InteractionMeasurements> MEASUREMENTS = List.of(InteractionMeasurements.NEUTRAL,
            Inputs.HESITANT, Inputs.CONFIDENT, new InteractionMeasurements(5, 0.0, 0, 0, false, 0),
            new InteractionMeasurements(900, 1.0, 9, 9, true, 9));

    @Test
    void everyMetricIsWithinZeroAndOneAndVariesWithItsInputs() {
        List<Set<Double>> seen = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (String persona : Inputs.DEFAULTS.personaIds()) {
            for (String step : Inputs.CATALOGUE.stepIds()) {
                for (String state : List.of("anxious", "curious", "confident", "frustrated", "indifferent", "x")) {
                    for (InteractionMeasurements m : MEASUREMENTS) {
                        PatternMetrics pm = Inputs.ENGINE.adapt(Inputs.persona(persona, step, state, m)).patternMetrics();
                        double[] values = {pm.valueArticulation(), pm.emotionalScaffolding(),
                            pm.progressiveDisclosure(), pm.personaAlignment()};
                        for (int i = 0; i < values.length; i++) {
                            assertTrue(values[i] >= 0 && values[i] <= 1, persona + "/" + step + "/" + state + ": " + pm);
                            seen.get(i).add(values[i]);
                        }
                    }
                }
            }
        }
        for (Set<Double> values : seen) {
            assertTrue(values.size() >= 3, "a metric that never varies is a constant: " + values);
        }
    }

    @Test
    void aStepWithoutAValuePreviewScoresLowerValueArticulation() {
        StepInput in = Inputs.persona("structured_system_seeker", "risk_assessment", "curious",
                InteractionMeasurements.NEUTRAL);
        EngagementStep step = Inputs.ENGINE.adapt(in);
        PersonaFit fit = Inputs.ENGINE.fit(in);
        ValueComponents v = step.valueComponents();
        double full = PatternMetricsCalculator.compute(step, fit).valueArticulation();
        double noPreview = PatternMetricsCalculator.compute(with(step, new ValueComponents(null, v.confirmation(),
                v.contextual())), fit).valueArticulation();
        double blankPreview = PatternMetricsCalculator.compute(with(step, new ValueComponents(" ", v.confirmation(),
                v.contextual())), fit).valueArticulation();
        double terse = PatternMetricsCalculator.compute(with(step, new ValueComponents("Matters.", v.confirmation(),
                v.contextual())), fit).valueArticulation();
        double nothing = PatternMetricsCalculator.compute(with(step, new ValueComponents(null, null, null)), fit)
                .valueArticulation();
        assertEquals(full, step.patternMetrics().valueArticulation());
        assertTrue(full > terse && terse > noPreview, full + " > " + terse + " > " + noPreview);
        assertEquals(noPreview, blankPreview);
        assertTrue(full - noPreview >= 0.3 * 0.5 - 1e-9, "the preview is half of what the step says");
        // a step that says nothing keeps only what the interaction earns
        assertEquals(0.7 * step.interactions().scrollDepth(), nothing, 0.011);
    }

    @Test
    void scaffoldingScoresDropWhenIntensityOrTypeMissTheNeed() {
        StepInput in = Inputs.persona("health_aware_avoider", "risk_assessment", "anxious",
                InteractionMeasurements.NEUTRAL);
        EngagementStep step = Inputs.ENGINE.adapt(in);
        PersonaFit fit = Inputs.ENGINE.fit(in);
        EmotionalComponents e = step.emotionalComponents();
        double fitted = step.patternMetrics().emotionalScaffolding();
        double tooWeak = score(with(step, new EmotionalComponents(e.type(), 0.05, e.message())), fit)
                .emotionalScaffolding();
        double sameFamily = score(with(step, new EmotionalComponents("guidance", e.intensity(), e.message())), fit)
                .emotionalScaffolding();
        double wrongType = score(with(step, new EmotionalComponents("celebration", e.intensity(), e.message())), fit)
                .emotionalScaffolding();
        double silent = score(with(step, new EmotionalComponents(e.type(), e.intensity(), "")), fit)
                .emotionalScaffolding();
        assertTrue(fitted > tooWeak, fitted + " vs " + tooWeak);
        assertTrue(fitted > sameFamily && sameFamily > wrongType, fitted + " > " + sameFamily + " > " + wrongType);
        assertEquals(fitted - 0.3 * 0.2, silent, 0.011);
    }

    @Test
    void disclosureScoresDropWhenDepthMissesReadinessOrTheSequenceIsBroken() {
        StepInput in = Inputs.persona("health_aware_avoider", "prevention_plan", "curious",
                InteractionMeasurements.NEUTRAL);
        EngagementStep step = Inputs.ENGINE.adapt(in);
        PersonaFit fit = Inputs.ENGINE.fit(in);
        assertEquals(Tier.ESSENTIAL, step.type());
        EngagementStep tooDeep = Inputs.ENGINE.interactionAdaptation().apply(Inputs.CONFIDENT,
                Inputs.ENGINE.interactionAdaptation().apply(Inputs.CONFIDENT, step, Inputs.CATALOGUE.find("prevention_plan", null),
                        type -> type),
                Inputs.CATALOGUE.find("prevention_plan", null), type -> type);
        assertEquals(Tier.COMPREHENSIVE, tooDeep.type());
        double fitted = step.patternMetrics().progressiveDisclosure();
        // the make-up of the step (its interactions differ: the confident user read more)
        assertTrue(PatternMetricsCalculator.progressiveDisclosure(step, fit)
                > PatternMetricsCalculator.progressiveDisclosure(tooDeep, fit));
        List<LoadingStage> shuffled = new ArrayList<>(step.loadingSequence());
        java.util.Collections.reverse(shuffled);
        EngagementStep broken = new EngagementStep(step.id(), step.customerId(), step.scenarioId(), step.journeyStep(),
                step.phase(), step.emotionalState(), step.completionStatus(), step.type(), step.content(), step.visibility(),
                step.valueComponents(), step.emotionalComponents(), step.personaComponents(),
                step.disclosureComponents(), shuffled, step.interactions(), step.progress(), null);
        assertEquals(fitted - 0.3 * 0.1, score(broken, fit).progressiveDisclosure(), 0.011);
    }

    @Test
    void personaAlignmentDropsForTheWrongApproachOrFewerAdaptations() {
        StepInput in = Inputs.persona("healthcare_professional", "follow_up", "confident",
                InteractionMeasurements.NEUTRAL);
        EngagementStep step = Inputs.ENGINE.adapt(in);
        PersonaFit fit = Inputs.ENGINE.fit(in);
        PersonaComponents p = step.personaComponents();
        double fitted = step.patternMetrics().personaAlignment();
        double wrong = score(with(step, new PersonaComponents("gentle", p.intensity(), p.adaptations())),
                fit).personaAlignment();
        double bare = score(with(step, new PersonaComponents(p.approach(), p.intensity(), List.of())), fit)
                .personaAlignment();
        assertEquals(fitted - 0.3 * 0.25, wrong, 0.011, "not the approach the traits suggest");
        assertEquals(fitted - 0.3 * 0.25, bare, 0.011);
    }

    private static PatternMetrics score(EngagementStep step, PersonaFit fit) {
        return PatternMetricsCalculator.compute(step, fit);
    }

    private static EngagementStep with(EngagementStep s, ValueComponents v) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(), v, s.emotionalComponents(),
                s.personaComponents(), s.disclosureComponents(), s.loadingSequence(), s.interactions(), s.progress(),
                null);
    }

    private static EngagementStep with(EngagementStep s, EmotionalComponents e) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(), s.valueComponents(), e,
                s.personaComponents(), s.disclosureComponents(), s.loadingSequence(), s.interactions(), s.progress(),
                null);
    }

    private static EngagementStep with(EngagementStep s, PersonaComponents p) {
        return new EngagementStep(s.id(), s.customerId(), s.scenarioId(), s.journeyStep(), s.phase(),
                s.emotionalState(), s.completionStatus(), s.type(), s.content(), s.visibility(), s.valueComponents(),
                s.emotionalComponents(), p, s.disclosureComponents(), s.loadingSequence(), s.interactions(),
                s.progress(), null);
    }
}
