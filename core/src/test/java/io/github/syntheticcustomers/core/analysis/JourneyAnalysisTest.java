package io.github.syntheticcustomers.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.analysis.Analysis.Insight;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.Datasets;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnels, drop-offs, trajectories, timing and flow count what the scenarios hold; insights follow. */
class JourneyAnalysisTest {

    private static final JourneyFramework DEFAULT_FRAMEWORK =
            JourneyFramework.of(io.github.syntheticcustomers.core.config.ConfigLoader.defaults());

    private static Analysis analyse(List<TestScenario> scenarios) {
        return Analysis.of(LoadedDataset.of(Datasets.DEFAULT, scenarios), Datasets.CONFIG);
    }

    private static String insight(Analysis a, String id) {
        return a.insights().stream().filter(i -> i.id().equals(id)).map(Insight::text).findFirst()
                .orElseThrow(() -> new AssertionError("no insight " + id + " in " + a.insights()));
    }

    @Test
    void funnelsFlowAndMixCountTheScenarios() {
        Analysis a = analyse(Datasets.SCENARIOS);
        assertEquals(500, a.scenarios());
        assertEquals(500, a.scenarioMix().stream().mapToLong(Analysis.Count::count).sum());
        assertEquals(5, a.funnels().size());
        for (Analysis.PersonaFunnel f : a.funnels()) {
            List<TestScenario> of = Datasets.SCENARIOS.stream()
                    .filter(s -> s.user().personaType().equals(f.persona())).toList();
            assertEquals(of.size(), f.scenarios());
            for (Analysis.Stage phase : f.phases()) {
                long reached = of.stream().filter(s -> s.journey().stream().anyMatch(st -> st.phase()
                        .equals(phase.id()))).count();
                assertEquals(reached, phase.reached(), f.persona() + " " + phase.id());
            }
            for (int i = 1; i < f.phases().size(); i++) {
                String phase = f.phases().get(i).id();
                long startHere = of.stream().filter(s -> s.journey().get(0).phase().equals(phase)).count();
                // a funnel narrows, except for the journeys that start at a later phase (returning users)
                assertTrue(f.phases().get(i).reached() <= f.phases().get(i - 1).reached() + startHere,
                        "a funnel narrows");
            }
        }
        Analysis.PhaseFlow awareness = a.phaseFlow().get(0);
        assertEquals(awareness.reached(), awareness.continued() + awareness.ended());
        assertEquals(awareness.reached(), awareness.entered());
        Analysis.PhaseFlow engagement = a.phaseFlow().get(1);
        assertTrue(engagement.entered() > 0, "returning users start in the engagement phase");
        assertEquals(engagement.reached(), awareness.continued() + engagement.entered());
        long abandoned = Datasets.SCENARIOS.stream().filter(s -> !s.journey().isEmpty() && s.journey()
                .get(s.journey().size() - 1).completionStatus().equals(CompletionStatus.ABANDONED)).count();
        assertEquals(abandoned, a.dropOffs().stream().mapToLong(Analysis.DropOff::abandoned).sum());
        assertEquals(3, a.timeBetweenPhases().size());
        assertTrue(a.timeBetweenPhases().stream().allMatch(g -> g.meanDays() >= 1 && g.meanDays() <= 15),
                a.timeBetweenPhases().toString());
        assertEquals(DEFAULT_FRAMEWORK.phases(), a.emotionsByPhase().stream().map(Analysis.PhaseEmotions::phase)
                .toList());
    }

    @Test
    void dropOffInsightQuotesTheNumbersAndFollowsTheData() {
        Analysis before = analyse(Datasets.SCENARIOS);
        Analysis.DropOff worst = before.dropOffs().stream()
                .max(java.util.Comparator.comparingDouble(Analysis.DropOff::topStepShare)).orElseThrow();
        assertTrue(insight(before, "drop_off").startsWith(worst.name() + " drop out most at "
                + worst.topStepName() + ": " + Math.round(worst.topStepShare()) + "% of them"),
                insight(before, "drop_off"));

        // every Balanced Life Integrator now abandons at the support plan
        List<TestScenario> changed = Datasets.editScenarios(s -> s.user().personaType()
                .equals("balanced_life_integrator"), 100, s -> {
            List<JourneyStep> steps = new ArrayList<>();
            for (JourneyStep st : s.journey()) {
                if (st.step().equals("support_plan")) {
                    steps.add(Datasets.step(st, st.emotionalState(), CompletionStatus.ABANDONED));
                    break;
                }
                steps.add(Datasets.step(st, st.emotionalState(), CompletionStatus.COMPLETED));
            }
            return Datasets.withJourney(s, steps);
        });
        long reachingSupport = changed.stream().filter(s -> s.user().personaType().equals("balanced_life_integrator")
                && s.journey().stream().anyMatch(st -> st.step().equals("support_plan"))).count();
        Analysis after = analyse(changed);
        assertNotEquals(insight(before, "drop_off"), insight(after, "drop_off"));
        assertTrue(insight(after, "drop_off").startsWith("Balanced Life Integrators drop out most at Support plan: "
                + Math.round(reachingSupport) + "%"), insight(after, "drop_off"));
    }

    @Test
    void trajectoryInsightFollowsTheEmotions() {
        // Health-Aware Avoiders now all end relieved after starting anxious: the biggest improvement
        List<TestScenario> changed = Datasets.editScenarios(s -> s.user().personaType()
                .equals("health_aware_avoider"), 150, s -> {
            List<JourneyStep> steps = new ArrayList<>(s.journey());
            steps.set(0, Datasets.step(steps.get(0), "anxious", steps.get(0).completionStatus()));
            int last = steps.size() - 1;
            if (last > 0) {
                steps.set(last, Datasets.step(steps.get(last), "relieved",
                        steps.get(last).completionStatus()));
            }
            return Datasets.withJourney(s, steps);
        });
        String text = insight(analyse(changed), "emotional_trajectory");
        assertTrue(text.startsWith("Emotions improve most for Health-Aware Avoiders: valence -1 at the first step"),
                text);
    }

    @Test
    void withoutScenariosThereAreNoJourneyInsights() {
        Analysis a = Analysis.of(LoadedDataset.of(Datasets.DEFAULT), Datasets.CONFIG);
        assertEquals(0, a.scenarios());
        assertTrue(a.funnels().isEmpty());
        assertTrue(a.insights().stream().noneMatch(i -> i.id().equals("drop_off")));
    }
}
