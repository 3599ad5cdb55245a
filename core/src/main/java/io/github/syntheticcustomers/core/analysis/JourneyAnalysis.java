package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.JourneyMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The journey part of the analysis: funnels, drop-offs, emotions, timing, flow and scenario mix. */
final class JourneyAnalysis {

    private JourneyAnalysis() {
    }

    /** The journey sections of an analysis; empty lists when there are no scenarios. */
    record Result(List<Count> scenarioMix, List<Analysis.PersonaFunnel> funnels, List<Analysis.DropOff> dropOffs,
            List<Analysis.Trajectory> trajectories, List<Analysis.PhaseEmotions> emotionsByPhase,
            List<Analysis.PhaseGap> timeBetweenPhases, List<Analysis.PhaseFlow> phaseFlow) {
    }

    static Result analyse(List<TestScenario> scenarios, List<Category> personas, JourneyFramework framework,
            EmotionalStates states, List<String> scenarioTypes) {
        if (scenarios.isEmpty()) {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Set<String> types = new LinkedHashSet<>(scenarioTypes);
        scenarios.forEach(s -> types.add(s.scenarioType()));
        List<Count> mix = new ArrayList<>();
        for (String t : types) {
            long n = scenarios.stream().filter(s -> t.equals(s.scenarioType())).count();
            mix.add(new Count(t, n, CustomerAnalysis.percent(n, scenarios.size())));
        }
        List<Analysis.PersonaFunnel> funnels = new ArrayList<>();
        List<Analysis.DropOff> dropOffs = new ArrayList<>();
        List<Analysis.Trajectory> trajectories = new ArrayList<>();
        for (Category p : personas) {
            List<TestScenario> of = scenarios.stream()
                    .filter(s -> s.user() != null && p.id().equals(s.user().personaType())).toList();
            if (of.isEmpty()) {
                continue;
            }
            funnels.add(funnel(p, of, framework));
            dropOffs.add(dropOff(p, of, framework));
            trajectories.add(trajectory(p, of, states));
        }
        return new Result(mix, funnels, dropOffs, trajectories, emotionsByPhase(scenarios, framework, states),
                gaps(scenarios, framework), flow(scenarios, framework));
    }

    private static Analysis.Stage stage(String id, String phase, List<TestScenario> of,
            java.util.function.Predicate<JourneyStep> which) {
        long reached = of.stream().filter(s -> s.journey().stream().anyMatch(which)).count();
        long completed = of.stream().filter(s -> s.journey().stream()
                .anyMatch(st -> which.test(st) && CompletionStatus.COMPLETED.equals(st.completionStatus()))).count();
        return new Analysis.Stage(id, phase, reached, CustomerAnalysis.percent(reached, of.size()), completed,
                CustomerAnalysis.percent(completed, reached));
    }

    private static Analysis.PersonaFunnel funnel(Category p, List<TestScenario> of, JourneyFramework framework) {
        List<Analysis.Stage> phases = new ArrayList<>();
        for (String phase : framework.phases()) {
            phases.add(stage(phase, phase, of, st -> phase.equals(st.phase())));
        }
        List<Analysis.Stage> steps = new ArrayList<>();
        for (JourneyFramework.Step step : framework.steps()) {
            steps.add(stage(step.id(), step.phase(), of, st -> step.id().equals(st.step())));
        }
        return new Analysis.PersonaFunnel(p.id(), p.name(), of.size(), phases, steps);
    }

    private static Analysis.DropOff dropOff(Category p, List<TestScenario> of, JourneyFramework framework) {
        long abandoned = 0;
        String topStep = null;
        long topCount = 0;
        for (JourneyFramework.Step step : framework.steps()) {
            long n = of.stream().filter(s -> s.journey().stream().anyMatch(st -> step.id().equals(st.step())
                    && CompletionStatus.ABANDONED.equals(st.completionStatus()))).count();
            abandoned += n;
            if (n > topCount) {
                topCount = n;
                topStep = step.id();
            }
        }
        return new Analysis.DropOff(p.id(), p.name(), of.size(), abandoned, CustomerAnalysis.percent(abandoned,
                of.size()), topStep, topStep == null ? null : framework.phaseOf(topStep), topCount,
                CustomerAnalysis.percent(topCount, of.size()));
    }

    private static Analysis.Trajectory trajectory(Category p, List<TestScenario> of, EmotionalStates states) {
        double start = 0;
        double end = 0;
        long n = 0;
        long improved = 0;
        long worsened = 0;
        for (TestScenario s : of) {
            if (s.journey().isEmpty()) {
                continue;
            }
            double a = states.valence(s.journey().get(0).emotionalState());
            double b = states.valence(s.journey().get(s.journey().size() - 1).emotionalState());
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            n++;
            start += a;
            end += b;
            improved += b > a ? 1 : 0;
            worsened += b < a ? 1 : 0;
        }
        double ms = n == 0 ? 0 : Decimals.round2(start / n);
        double me = n == 0 ? 0 : Decimals.round2(end / n);
        return new Analysis.Trajectory(p.id(), p.name(), n, ms, me, Decimals.round2(me - ms),
                CustomerAnalysis.percent(improved, n), CustomerAnalysis.percent(worsened, n));
    }

    private static List<Analysis.PhaseEmotions> emotionsByPhase(List<TestScenario> scenarios,
            JourneyFramework framework, EmotionalStates vocabulary) {
        Set<String> states = new LinkedHashSet<>(vocabulary.ids());
        scenarios.forEach(s -> s.journey().forEach(st -> states.add(String.valueOf(st.emotionalState()))));
        List<Analysis.PhaseEmotions> out = new ArrayList<>();
        for (String phase : framework.phases()) {
            List<JourneyStep> steps = scenarios.stream().flatMap(s -> s.journey().stream())
                    .filter(st -> phase.equals(st.phase())).toList();
            List<Count> counts = new ArrayList<>();
            for (String state : states) {
                long n = steps.stream().filter(st -> state.equals(String.valueOf(st.emotionalState()))).count();
                counts.add(new Count(state, n, CustomerAnalysis.percent(n, steps.size())));
            }
            out.add(new Analysis.PhaseEmotions(phase, steps.size(), counts));
        }
        return out;
    }

    private static List<Analysis.PhaseGap> gaps(List<TestScenario> scenarios, JourneyFramework framework) {
        List<Analysis.PhaseGap> out = new ArrayList<>();
        List<String> phases = framework.phases();
        for (int i = 0; i + 1 < phases.size(); i++) {
            String from = phases.get(i);
            String to = phases.get(i + 1);
            List<Long> minutes = new ArrayList<>();
            for (TestScenario s : scenarios) {
                List<JourneyStep> a = JourneyMetrics.phaseSteps(s, from);
                List<JourneyStep> b = JourneyMetrics.phaseSteps(s, to);
                if (!a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).timestamp() != null
                        && b.get(0).timestamp() != null) {
                    minutes.add(Duration.between(a.get(a.size() - 1).timestamp(), b.get(0).timestamp()).toMinutes());
                }
            }
            minutes.sort(Long::compare);
            double mean = minutes.stream().mapToLong(Long::longValue).average().orElse(0) / (60 * 24);
            double median = minutes.isEmpty() ? 0 : (minutes.get((minutes.size() - 1) / 2)
                    + minutes.get(minutes.size() / 2)) / 2.0 / (60 * 24);
            out.add(new Analysis.PhaseGap(from, to, minutes.size(), Decimals.round2(mean), Decimals.round2(median)));
        }
        return out;
    }

    private static List<Analysis.PhaseFlow> flow(List<TestScenario> scenarios, JourneyFramework framework) {
        List<Analysis.PhaseFlow> out = new ArrayList<>();
        List<String> phases = framework.phases();
        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            long reached = JourneyMetrics.reached(scenarios, phase);
            // journeys may start at a later phase (a scenario type's start step): count those that start here,
            // and as continuing only the journeys with steps in this phase and the next
            long entered = scenarios.stream().filter(s -> !s.journey().isEmpty()
                    && phase.equals(s.journey().get(0).phase())).count();
            String next = i + 1 < phases.size() ? phases.get(i + 1) : null;
            long continued = next == null ? 0 : scenarios.stream().filter(s -> s.journey().stream()
                    .anyMatch(st -> phase.equals(st.phase())) && s.journey().stream()
                    .anyMatch(st -> next.equals(st.phase()))).count();
            long abandoned = scenarios.stream().filter(s -> s.journey().stream().anyMatch(st -> phase.equals(st.phase())
                    && CompletionStatus.ABANDONED.equals(st.completionStatus()))).count();
            long ended = i + 1 < phases.size() ? Math.max(0, reached - continued) : 0;
            long finished = i + 1 < phases.size() ? 0 : reached - abandoned;
            out.add(new Analysis.PhaseFlow(phase, reached, CustomerAnalysis.percent(reached, scenarios.size()),
                    entered, continued, ended, abandoned, finished));
        }
        return out;
    }
}
