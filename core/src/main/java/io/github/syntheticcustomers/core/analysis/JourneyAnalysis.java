package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.Category;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionalStates;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journey part of the analysis, one scenario at a time: funnels, drop-offs, emotions, timing, flow and
 * scenario mix. Each journey is reduced to what it reached, completed and abandoned per phase and step of the
 * framework, and those flags are counted; only the time between phases keeps a histogram (see
 * {@link MinuteHistogram}) for its exact median.
 */
final class JourneyAnalysis {

    private final JourneyFramework framework;
    private final EmotionalStates vocabulary;
    private final List<String> phases;
    private final List<JourneyFramework.Step> steps;
    private final Map<String, Integer> phaseIndex = new HashMap<>();
    private final Map<String, Integer> stepIndex = new HashMap<>();
    private final Map<String, Long> types = new LinkedHashMap<>();
    private final Map<String, PersonaJourneys> personas = new HashMap<>();
    private final Set<String> states;
    private final long[] stepsInPhase;
    private final List<Map<String, Long>> statesInPhase = new ArrayList<>();
    private final MinuteHistogram[] gaps;
    private final long[] reached;
    private final long[] entered;
    /** Per phase, journeys with a step there whose first step lies in another phase. */
    private final long[] arrived;
    /** Per step, over all journeys: reached, completed, abandoned. */
    private final long[] stepReached;
    private final long[] stepCompleted;
    private final long[] stepAbandoned;
    private final long[] continued;
    private final long[] abandoned;
    private long scenarios;

    JourneyAnalysis(JourneyFramework framework, EmotionalStates vocabulary, List<String> scenarioTypes) {
        this.framework = framework;
        this.vocabulary = vocabulary;
        this.phases = framework.phases();
        this.steps = framework.steps();
        for (int i = 0; i < phases.size(); i++) {
            phaseIndex.put(phases.get(i), i);
            statesInPhase.add(new HashMap<>());
        }
        for (int i = 0; i < steps.size(); i++) {
            stepIndex.put(steps.get(i).id(), i);
        }
        scenarioTypes.forEach(t -> types.put(t, 0L));
        this.states = new LinkedHashSet<>(vocabulary.ids());
        int n = phases.size();
        stepsInPhase = new long[n];
        reached = new long[n];
        entered = new long[n];
        arrived = new long[n];
        stepReached = new long[steps.size()];
        stepCompleted = new long[steps.size()];
        stepAbandoned = new long[steps.size()];
        continued = new long[n];
        abandoned = new long[n];
        gaps = new MinuteHistogram[Math.max(0, n - 1)];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = new MinuteHistogram();
        }
    }

    /** The journey sections of an analysis; empty lists when there are no scenarios. */
    record Result(List<Count> scenarioMix, List<Analysis.PersonaFunnel> funnels, List<Analysis.DropOff> dropOffs,
            List<Analysis.Trajectory> trajectories, List<Analysis.PhaseEmotions> emotionsByPhase,
            List<Analysis.PhaseGap> timeBetweenPhases, List<Analysis.PhaseFlow> phaseFlow,
            List<Analysis.StepFunnel> stepFunnel) {
    }

    /** What one journey reached, completed and abandoned, per framework phase and step. */
    private final class Journey {
        final boolean[] inPhase = new boolean[phases.size()];
        final boolean[] phaseCompleted = new boolean[phases.size()];
        final boolean[] phaseAbandoned = new boolean[phases.size()];
        final boolean[] atStep = new boolean[steps.size()];
        final boolean[] stepCompleted = new boolean[steps.size()];
        final boolean[] stepAbandoned = new boolean[steps.size()];
        final JourneyStep[] firstOfPhase = new JourneyStep[phases.size()];
        final JourneyStep[] lastOfPhase = new JourneyStep[phases.size()];

        Journey(List<JourneyStep> journey) {
            for (JourneyStep st : journey) {
                boolean completed = CompletionStatus.COMPLETED.equals(st.completionStatus());
                boolean abandonedHere = CompletionStatus.ABANDONED.equals(st.completionStatus());
                Integer p = phaseIndex.get(st.phase());
                if (p != null) {
                    inPhase[p] = true;
                    phaseCompleted[p] |= completed;
                    phaseAbandoned[p] |= abandonedHere;
                    firstOfPhase[p] = firstOfPhase[p] == null ? st : firstOfPhase[p];
                    lastOfPhase[p] = st;
                }
                Integer k = stepIndex.get(st.step());
                if (k != null) {
                    atStep[k] = true;
                    stepCompleted[k] |= completed;
                    stepAbandoned[k] |= abandonedHere;
                }
            }
        }
    }

    /** One persona's journeys in counts: per phase and step reached and completed, per step abandoned. */
    private final class PersonaJourneys {
        long scenarios;
        final long[] phaseReached = new long[phases.size()];
        final long[] phaseCompleted = new long[phases.size()];
        final long[] stepReached = new long[steps.size()];
        final long[] stepCompleted = new long[steps.size()];
        final long[] stepAbandoned = new long[steps.size()];
        long trajectories;
        double startValence;
        double endValence;
        long improved;
        long worsened;

        void add(TestScenario s, Journey j) {
            scenarios++;
            count(j.inPhase, phaseReached);
            count(j.phaseCompleted, phaseCompleted);
            count(j.atStep, stepReached);
            count(j.stepCompleted, stepCompleted);
            count(j.stepAbandoned, stepAbandoned);
            List<JourneyStep> journey = s.journey();
            if (journey.isEmpty()) {
                return;
            }
            double a = vocabulary.valence(journey.get(0).emotionalState());
            double b = vocabulary.valence(journey.get(journey.size() - 1).emotionalState());
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return;
            }
            trajectories++;
            startValence += a;
            endValence += b;
            improved += b > a ? 1 : 0;
            worsened += b < a ? 1 : 0;
        }
    }

    private static void count(boolean[] flags, long[] into) {
        for (int i = 0; i < flags.length; i++) {
            into[i] += flags[i] ? 1 : 0;
        }
    }

    void add(TestScenario s) {
        scenarios++;
        types.merge(String.valueOf(s.scenarioType()), 1L, Long::sum);
        List<JourneyStep> journey = s.journey();
        Journey j = new Journey(journey);
        for (JourneyStep st : journey) {
            String state = String.valueOf(st.emotionalState());
            states.add(state);
            Integer p = phaseIndex.get(st.phase());
            if (p != null) {
                stepsInPhase[p]++;
                statesInPhase.get(p).merge(state, 1L, Long::sum);
            }
        }
        Integer first = journey.isEmpty() ? null : phaseIndex.get(journey.get(0).phase());
        if (first != null) {
            entered[first]++;
        }
        count(j.atStep, stepReached);
        count(j.stepCompleted, stepCompleted);
        count(j.stepAbandoned, stepAbandoned);
        for (int p = 0; p < phases.size(); p++) {
            reached[p] += j.inPhase[p] ? 1 : 0;
            // started here or not: every journey reaching the phase is one or the other
            arrived[p] += j.inPhase[p] && (first == null || first != p) ? 1 : 0;
            abandoned[p] += j.phaseAbandoned[p] ? 1 : 0;
            if (p + 1 < phases.size()) {
                // journeys may start at a later phase (a scenario type's start step): continuing means steps in
                // this phase and in the next
                continued[p] += j.inPhase[p] && j.inPhase[p + 1] ? 1 : 0;
                JourneyStep from = j.lastOfPhase[p];
                JourneyStep to = j.firstOfPhase[p + 1];
                if (from != null && to != null && from.timestamp() != null && to.timestamp() != null) {
                    gaps[p].add(Duration.between(from.timestamp(), to.timestamp()).toMinutes());
                }
            }
        }
        if (s.user() != null) {
            personas.computeIfAbsent(s.user().personaType(), k -> new PersonaJourneys()).add(s, j);
        }
    }

    long scenarios() {
        return scenarios;
    }

    /** The journey sections for {@code personas} (the customer part's categories), in their order. */
    Result result(List<Category> categories) {
        if (scenarios == 0) {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<Count> mix = new ArrayList<>();
        types.forEach((t, n) -> mix.add(new Count(t, n, CustomerAnalysis.percent(n, scenarios))));
        List<Analysis.PersonaFunnel> funnels = new ArrayList<>();
        List<Analysis.DropOff> dropOffs = new ArrayList<>();
        List<Analysis.Trajectory> trajectories = new ArrayList<>();
        for (Category p : categories) {
            PersonaJourneys of = personas.get(p.id());
            if (of != null) {
                funnels.add(funnel(p, of));
                dropOffs.add(dropOff(p, of));
                trajectories.add(trajectory(p, of));
            }
        }
        return new Result(mix, funnels, dropOffs, trajectories, emotionsByPhase(), gaps(), flow(), stepFunnel());
    }

    /** Every framework step over all journeys, in framework order. */
    private List<Analysis.StepFunnel> stepFunnel() {
        List<Analysis.StepFunnel> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i).id();
            String phase = steps.get(i).phase();
            out.add(new Analysis.StepFunnel(step, framework.displayName(step), phase, framework.displayName(phase),
                    stepReached[i], stepCompleted[i], stepAbandoned[i]));
        }
        return out;
    }

    /** The display name of a step or phase id (the id when the framework does not know it). */
    String displayName(String id) {
        return framework.displayName(id);
    }

    private Analysis.Stage stage(String id, String phase, long scenarios, long reachedHere,
            long completedHere) {
        return new Analysis.Stage(id, framework.displayName(id), phase, framework.displayName(phase), reachedHere, CustomerAnalysis.percent(reachedHere, scenarios),
                completedHere, CustomerAnalysis.percent(completedHere, reachedHere));
    }

    private Analysis.PersonaFunnel funnel(Category p, PersonaJourneys of) {
        List<Analysis.Stage> byPhase = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            byPhase.add(stage(phases.get(i), phases.get(i), of.scenarios, of.phaseReached[i], of.phaseCompleted[i]));
        }
        List<Analysis.Stage> byStep = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            byStep.add(stage(steps.get(i).id(), steps.get(i).phase(), of.scenarios, of.stepReached[i],
                    of.stepCompleted[i]));
        }
        return new Analysis.PersonaFunnel(p.id(), p.name(), of.scenarios, byPhase, byStep);
    }

    private Analysis.DropOff dropOff(Category p, PersonaJourneys of) {
        long total = 0;
        String topStep = null;
        long topCount = 0;
        for (int i = 0; i < steps.size(); i++) {
            long n = of.stepAbandoned[i];
            total += n;
            if (n > topCount) {
                topCount = n;
                topStep = steps.get(i).id();
            }
        }
        String topPhase = topStep == null ? null : framework.phaseOf(topStep);
        return new Analysis.DropOff(p.id(), p.name(), of.scenarios, total, CustomerAnalysis.percent(total,
                of.scenarios), topStep, topStep == null ? null : framework.displayName(topStep), topPhase,
                topPhase == null ? null : framework.displayName(topPhase), topCount,
                CustomerAnalysis.percent(topCount, of.scenarios));
    }

    private static Analysis.Trajectory trajectory(Category p, PersonaJourneys of) {
        long n = of.trajectories;
        double ms = n == 0 ? 0 : Decimals.round2(of.startValence / n);
        double me = n == 0 ? 0 : Decimals.round2(of.endValence / n);
        return new Analysis.Trajectory(p.id(), p.name(), n, ms, me, Decimals.round2(me - ms),
                CustomerAnalysis.percent(of.improved, n), CustomerAnalysis.percent(of.worsened, n));
    }

    private List<Analysis.PhaseEmotions> emotionsByPhase() {
        List<Analysis.PhaseEmotions> out = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            List<Count> counts = new ArrayList<>();
            for (String state : states) {
                long n = statesInPhase.get(p).getOrDefault(state, 0L);
                counts.add(new Count(state, n, CustomerAnalysis.percent(n, stepsInPhase[p])));
            }
            out.add(new Analysis.PhaseEmotions(phases.get(p), framework.displayName(phases.get(p)), stepsInPhase[p],
                    counts));
        }
        return out;
    }

    private List<Analysis.PhaseGap> gaps() {
        List<Analysis.PhaseGap> out = new ArrayList<>();
        double minutesPerDay = 60 * 24;
        for (int p = 0; p < gaps.length; p++) {
            MinuteHistogram g = gaps[p];
            out.add(new Analysis.PhaseGap(phases.get(p), framework.displayName(phases.get(p)), phases.get(p + 1),
                    framework.displayName(phases.get(p + 1)), g.count(),
                    Decimals.round2(g.mean() / minutesPerDay), Decimals.round2(g.median() / minutesPerDay)));
        }
        return out;
    }

    private List<Analysis.PhaseFlow> flow() {
        List<Analysis.PhaseFlow> out = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            boolean last = p + 1 == phases.size();
            long ended = last ? 0 : Math.max(0, reached[p] - continued[p]);
            long finished = last ? reached[p] - abandoned[p] : 0;
            out.add(new Analysis.PhaseFlow(phases.get(p), framework.displayName(phases.get(p)), reached[p],
                    CustomerAnalysis.percent(reached[p], scenarios), entered[p], arrived[p], continued[p], ended, abandoned[p], finished));
        }
        return out;
    }
}
