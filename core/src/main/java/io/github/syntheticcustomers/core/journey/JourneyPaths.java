package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.model.JourneyStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the configured framework ({@code journey.phases[].steps[].next}): after each step, the steps that may
 * follow it. A step without {@code next} is followed by the framework's next step; the framework's last step ends a
 * journey. The seed's framework is one straight path. The configuration validator proves every route ends, so a
 * walk along them is bounded. Immutable.
 */
public final class JourneyPaths {

    /** Separates the step ids of a path id. */
    public static final String SEPARATOR = ">";

    private final JourneyFramework framework;
    /** The configured steps, by position in the framework. */
    private final List<JourneyConfig.Step> configured;

    private JourneyPaths(JourneyConfig journey) {
        this.framework = JourneyFramework.of(journey);
        List<JourneyConfig.Step> all = new ArrayList<>();
        journey.phases().forEach(p -> all.addAll(p.steps()));
        this.configured = List.copyOf(all);
    }

    /** The routes of a (validated) configuration. */
    public static JourneyPaths of(GeneratorConfig config) {
        return new JourneyPaths(config.journey());
    }

    /** The routes of a (validated) journey section. */
    public static JourneyPaths of(JourneyConfig journey) {
        return new JourneyPaths(journey);
    }

    /** The framework the routes run through. */
    public JourneyFramework framework() {
        return framework;
    }

    /** The configured step at {@code position}. */
    JourneyConfig.Step configured(int position) {
        return configured.get(position);
    }

    /** The rules after the step at {@code position}, or null when it is followed by the framework's next step. */
    List<JourneyConfig.Branch> branches(int position) {
        return configured.get(position).next();
    }

    /** The ids of the steps that may follow step {@code id}, in rule order (empty for the last step). */
    public List<String> successors(String id) {
        int p = framework.position(id);
        if (p < 0) {
            return List.of();
        }
        List<JourneyConfig.Branch> next = configured.get(p).next();
        if (next == null) {
            return p + 1 < framework.steps().size() ? List.of(framework.steps().get(p + 1).id()) : List.of();
        }
        return next.stream().map(JourneyConfig.Branch::to).distinct().toList();
    }

    /** Whether step {@code id} repeats ({@code repeat} configured). */
    public boolean repeats(String id) {
        int p = framework.position(id);
        return p >= 0 && configured.get(p).repeat() != null;
    }

    /**
     * Whether a journey may go from step {@code from} to step {@code to}: a route leads there, or {@code to} is a
     * further occurrence of a repeating {@code from}.
     */
    public boolean follows(String from, String to) {
        return from.equals(to) ? repeats(from) : successors(from).contains(to);
    }

    /** Whether the framework has a step with {@code next} rules (journeys may take different paths). */
    public boolean branched() {
        return configured.stream().anyMatch(s -> s.next() != null);
    }

    /**
     * The positions of the default route (every step's framework successor or its last, unconditional rule) from the
     * first step up to, not including, the step at {@code until}; null when that route does not pass it.
     */
    List<Integer> defaultRoute(int until) {
        List<Integer> route = new ArrayList<>();
        int p = 0;
        while (p >= 0 && p != until && route.size() <= configured.size()) {
            route.add(p);
            List<JourneyConfig.Branch> next = configured.get(p).next();
            p = next == null ? (p + 1 < configured.size() ? p + 1 : -1)
                    : framework.position(next.get(next.size() - 1).to());
        }
        return p == until ? route : null;
    }

    /**
     * The step ids of the default route from the framework's first step up to, not including, step {@code id}: the
     * steps a journey that starts at {@code id} (a scenario type's {@code start}) had before it; empty when {@code id}
     * is the first step or the default route does not pass it.
     */
    public List<String> defaultRouteTo(String id) {
        int p = framework.position(id);
        List<Integer> route = p < 0 ? null : defaultRoute(p);
        return route == null ? List.of() : route.stream().map(k -> framework.steps().get(k).id()).toList();
    }

    /**
     * The path of a journey: the ids of its steps in order, a repeated step once, joined by {@link #SEPARATOR}.
     * Derived from the steps, so the path and the steps never disagree.
     */
    public static String pathId(List<JourneyStep> journey) {
        StringBuilder b = new StringBuilder();
        String last = null;
        for (JourneyStep s : journey) {
            if (!s.step().equals(last)) {
                if (last != null) {
                    b.append(SEPARATOR);
                }
                b.append(s.step());
                last = s.step();
            }
        }
        return b.toString();
    }
}
