package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.journey.JourneyPaths;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A funnel per path (docs/journey-paths.md, "A funnel per path"), one scenario at a time. A journey's <em>route</em> is
 * the framework route its steps lie on: the default route's steps before its first step (a scenario type that starts
 * later had them before), its own steps (its {@code journey_path}), then the steps that follow without a choice, up
 * to and including the next branch point or the framework's end. Journeys that made the same choices share a route;
 * those that ended before a choice share the route up to that branch point. Each journey counts in exactly one
 * route, so the routes' counts add up to the overall funnel. A framework without branches (the seed's) has one route,
 * whose funnel is the overall one: then there is no per-path funnel at all.
 */
final class PathAnalysis {

    /**
     * The report and the analysis show this many paths, the most travelled first; the rest are summed into one
     * entry {@link #OTHER}. A reading limit, not a property of the data: a branched framework of a few branch points
     * has a handful of routes.
     */
    static final int MAX_PATHS = 8;

    /** The path id of the entry that sums the paths beyond {@link #MAX_PATHS}. */
    static final String OTHER = "other";

    private final JourneyPaths paths;
    private final JourneyFramework framework;
    private final boolean branched;
    /** Per route (its step ids joined by {@link JourneyPaths#SEPARATOR}), its counters; first-seen order. */
    private final Map<String, Route> routes = new LinkedHashMap<>();
    /** The default route before each step, computed once per start step. */
    private final Map<String, List<String>> before = new HashMap<>();
    private long journeys;

    /** One route's counters: per step of the route, journeys passing, with a step there, completing it. */
    private static final class Route {
        final List<String> steps;
        final long[] reached;
        final long[] recorded;
        final long[] completed;
        long journeys;
        long finished;

        Route(List<String> steps) {
            this.steps = List.copyOf(steps);
            this.reached = new long[steps.size()];
            this.recorded = new long[steps.size()];
            this.completed = new long[steps.size()];
        }
    }

    PathAnalysis(JourneyPaths paths) {
        this.paths = paths;
        this.framework = paths.framework();
        this.branched = paths.branched();
    }

    void add(TestScenario s) {
        List<JourneyStep> journey = s.journey();
        if (!branched || journey.isEmpty()) {
            return;
        }
        journeys++;
        List<String> own = List.of(JourneyPaths.pathId(journey).split(JourneyPaths.SEPARATOR, -1));
        List<String> route = new ArrayList<>(before.computeIfAbsent(own.get(0), paths::defaultRouteTo));
        int first = route.size();
        route.addAll(own);
        int last = route.size() - 1;
        String at = own.get(own.size() - 1);
        List<String> next = paths.successors(at);
        // the steps that follow without a choice belong to the route the journey was on
        while (next.size() == 1 && route.size() <= framework.steps().size()) {
            at = next.get(0);
            route.add(at);
            next = paths.successors(at);
        }
        Route r = routes.computeIfAbsent(String.join(JourneyPaths.SEPARATOR, route), k -> new Route(route));
        r.journeys++;
        for (int i = 0; i <= last; i++) {
            r.reached[i]++;
            // the steps before the journey's start were completed in the customer's first sessions
            r.completed[i] += i < first ? 1 : 0;
            r.recorded[i] += i >= first ? 1 : 0;
        }
        for (JourneyStep st : journey) {
            if (CompletionStatus.COMPLETED.equals(st.completionStatus())) {
                int i = own.indexOf(st.step());
                if (i >= 0 && completedOnce(journey, st)) {
                    r.completed[first + i]++;
                }
            }
        }
        JourneyStep end = journey.get(journey.size() - 1);
        List<String> all = framework.stepIds();
        if (end.step().equals(all.get(all.size() - 1))
                && !CompletionStatus.ABANDONED.equals(end.completionStatus())) {
            r.finished++;
        }
    }

    /** Whether {@code st} is the first completed occurrence of its step (a repeating step counts once). */
    private static boolean completedOnce(List<JourneyStep> journey, JourneyStep st) {
        for (JourneyStep other : journey) {
            if (other.step().equals(st.step()) && CompletionStatus.COMPLETED.equals(other.completionStatus())) {
                return other == st;
            }
        }
        return false;
    }

    /** The paths, the most travelled first (ties by path id), at most {@link #MAX_PATHS} with the rest summed. */
    List<Analysis.PathFunnel> result() {
        List<Route> sorted = new ArrayList<>(routes.values());
        sorted.sort(Comparator.comparingLong((Route r) -> -r.journeys)
                .thenComparing(r -> String.join(JourneyPaths.SEPARATOR, r.steps)));
        List<Analysis.PathFunnel> out = new ArrayList<>();
        for (int k = 0; k < Math.min(MAX_PATHS, sorted.size()); k++) {
            out.add(funnel(sorted.get(k)));
        }
        if (sorted.size() > MAX_PATHS) {
            out.add(other(sorted.subList(MAX_PATHS, sorted.size())));
        }
        return out;
    }

    private Analysis.PathFunnel funnel(Route r) {
        List<Analysis.PathStage> stages = new ArrayList<>();
        for (int i = 0; i < r.steps.size(); i++) {
            String step = r.steps.get(i);
            stages.add(stage(step, r.reached[i], r.recorded[i], r.completed[i]));
        }
        String id = String.join(JourneyPaths.SEPARATOR, r.steps);
        String name = String.join(" → ", r.steps.stream().map(framework::displayName).toList());
        return new Analysis.PathFunnel(id, name, r.journeys, CustomerAnalysis.percent(r.journeys, journeys),
                r.finished, stages);
    }

    /** The paths beyond the limit in one entry: per framework step, the sums over them. */
    private Analysis.PathFunnel other(List<Route> rest) {
        long n = 0;
        long finished = 0;
        Map<String, long[]> sums = new HashMap<>();
        for (Route r : rest) {
            n += r.journeys;
            finished += r.finished;
            for (int i = 0; i < r.steps.size(); i++) {
                long[] s = sums.computeIfAbsent(r.steps.get(i), k -> new long[3]);
                s[0] += r.reached[i];
                s[1] += r.recorded[i];
                s[2] += r.completed[i];
            }
        }
        List<Analysis.PathStage> stages = new ArrayList<>();
        for (String step : framework.stepIds()) {
            long[] s = sums.get(step);
            if (s != null) {
                stages.add(stage(step, s[0], s[1], s[2]));
            }
        }
        return new Analysis.PathFunnel(OTHER, rest.size() + " other paths", n, CustomerAnalysis.percent(n, journeys),
                finished, stages);
    }

    private Analysis.PathStage stage(String step, long reached, long recorded, long completed) {
        String phase = framework.phaseOf(step);
        return new Analysis.PathStage(step, framework.displayName(step), phase, framework.displayName(phase), reached,
                recorded, completed);
    }
}
