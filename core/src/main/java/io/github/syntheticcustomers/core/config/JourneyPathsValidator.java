package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the time and the routes of the journey framework (docs/journey-paths.md): each phase's {@code gap_before}
 * and {@code step_spacing}, each step's {@code repeat} and {@code next}; and proves the routes sound: every
 * {@code to} names a declared step, no route leads back to a step already on the path (a step occurs again only by
 * its bounded {@code repeat}), so every path ends at the framework's last step, and every step is reachable from the
 * framework's first step or a scenario type's {@code start}. The first problem is thrown as a located
 * {@link ConfigException}.
 */
final class JourneyPathsValidator {

    /** The largest value of each of {@link JourneyConfig.Spacing#UNITS}: ten years, a year, a day, a day. */
    private static final int[] MOST = {3650, 8760, 1440, 86_400};
    private static final String SPACING = "one of { min_days, max_days }, { min_hours, max_hours }, "
            + "{ min_minutes, max_minutes }, { min_seconds, max_seconds }";
    private static final String REPEAT = "{ every_days, times } or { at_days: [...] }";
    private static final String RULE = "{ when, emotional_state, last_status, to, weight }";
    private static final double MAX_WEIGHT = 1_000_000;

    private JourneyPathsValidator() {
    }

    static void validate(GeneratorConfig config, List<String> states, RuleVocabulary listed, ConfigParser.Locator at) {
        List<JourneyConfig.Phase> phases = config.journey().phases();
        List<String> ids = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            for (int j = 0; j < phases.get(i).steps().size(); j++) {
                ids.add(phases.get(i).steps().get(j).id());
                bases.add("journey.phases." + i + ".steps." + j);
            }
        }
        List<JourneyConfig.Step> steps = new ArrayList<>();
        phases.forEach(p -> steps.addAll(p.steps()));
        for (int i = 0; i < phases.size(); i++) {
            JourneyConfig.Phase phase = phases.get(i);
            spacing("journey.phases." + i + ".gap_before", phase.gapBefore(), at);
            spacing("journey.phases." + i + ".step_spacing", phase.stepSpacing(), at);
        }
        for (int k = 0; k < steps.size(); k++) {
            JourneyConfig.Step step = steps.get(k);
            if (step.repeat() != null) {
                repeat(bases.get(k) + ".repeat", step.repeat(), at);
            }
            if (step.next() != null) {
                rules(bases.get(k) + ".next", step.next(), ids, states, listed, at);
            }
        }
        List<List<Integer>> successors = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            List<Integer> out = new ArrayList<>();
            if (steps.get(k).next() == null) {
                if (k + 1 < steps.size()) {
                    out.add(k + 1);
                }
            } else {
                steps.get(k).next().forEach(b -> out.add(ids.indexOf(b.to())));
            }
            successors.add(out);
        }
        acyclic(ids, bases, steps, successors, at);
        reachable(config, ids, bases, successors, at);
    }

    /** A span: exactly one unit's pair, whole numbers within the unit's bounds, min ≤ max. */
    static void spacing(String prop, JourneyConfig.Spacing s, ConfigParser.Locator at) {
        if (s == null) {
            return;
        }
        Integer[][] pairs = s.pairs();
        List<String> given = new ArrayList<>();
        for (int u = 0; u < pairs.length; u++) {
            if (pairs[u][0] != null || pairs[u][1] != null) {
                given.add(JourneyConfig.Spacing.UNITS.get(u));
            }
        }
        if (given.isEmpty()) {
            throw at.error(prop, "gives no range", null, SPACING);
        }
        if (given.size() > 1) {
            throw at.error(prop, "mixes units " + String.join(" and ", given), null, SPACING);
        }
        int u = s.unit();
        String unit = JourneyConfig.Spacing.UNITS.get(u);
        String allowed = "a whole number of " + unit + " 0–" + MOST[u];
        int min = JourneyConfigValidator.required(pairs[u][0], prop + ".min_" + unit, allowed, at);
        int max = JourneyConfigValidator.required(pairs[u][1], prop + ".max_" + unit, allowed, at);
        whole(prop + ".min_" + unit, min, 0, MOST[u], allowed, at);
        whole(prop + ".max_" + unit, max, 0, MOST[u], allowed, at);
        if (min > max) {
            throw at.error(prop, "min_" + unit + " is greater than max_" + unit, min + " > " + max,
                    "min_" + unit + " <= max_" + unit);
        }
    }

    /** A whole number within bounds, its bad value written as a whole number. */
    private static void whole(String prop, int value, int min, int max, String allowed, ConfigParser.Locator at) {
        if (value < min || value > max) {
            throw at.error(prop, "out of range", Integer.toString(value), allowed);
        }
    }

    /** A cadence: {@code every_days} with {@code times}, or increasing {@code at_days}. */
    static void repeat(String prop, JourneyConfig.Repeat r, ConfigParser.Locator at) {
        if (r.everyDays() != null && r.atDays() != null) {
            throw at.error(prop, "gives both every_days and at_days", null, REPEAT);
        }
        if (r.everyDays() == null && r.atDays() == null) {
            throw at.error(prop, "gives neither every_days nor at_days", null, REPEAT);
        }
        if (r.atDays() != null) {
            if (r.times() != null) {
                throw at.error(prop + ".times", "applies only to every_days (at_days has one occurrence per day)",
                        r.times().toString(), REPEAT);
            }
            if (r.atDays().isEmpty()) {
                throw at.error(prop + ".at_days", "is empty", "[]", "at least one day after the phase start");
            }
            for (int k = 0; k < r.atDays().size(); k++) {
                String p = prop + ".at_days." + k;
                Integer day = JourneyConfigValidator.required(r.atDays().get(k), p, "a day 0–36500", at);
                whole(p, day, 0, 36500, "a day 0–36500", at);
                if (k > 0 && day <= r.atDays().get(k - 1)) {
                    throw at.error(p, "is not after the day before it", day.toString(), "days in increasing order");
                }
            }
            return;
        }
        whole(prop + ".every_days", r.everyDays(), 1, 366, "a whole number of days 1–366", at);
        int times = JourneyConfigValidator.required(r.times(), prop + ".times", "a whole number of occurrences 1–1000",
                at);
        whole(prop + ".times", times, 1, 1000, "a whole number of occurrences 1–1000", at);
    }

    /** The rules of a {@code next}: declared targets, valid conditions, weights above 0, a default last. */
    private static void rules(String prop, List<JourneyConfig.Branch> rules, List<String> ids, List<String> states,
            RuleVocabulary listed, ConfigParser.Locator at) {
        if (rules.isEmpty()) {
            throw at.error(prop, "is empty", "[]", "at least one rule " + RULE);
        }
        for (int k = 0; k < rules.size(); k++) {
            String p = prop + "." + k;
            JourneyConfig.Branch b = JourneyConfigValidator.required(rules.get(k), p, RULE, at);
            String to = JourneyConfigValidator.required(b.to(), p + ".to", "a step id of the framework", at);
            JourneyConfigValidator.oneOf(p + ".to", to, ids, "step", at);
            if (b.weight() != null && !(b.weight() > 0 && b.weight() <= MAX_WEIGHT)) {
                throw at.error(p + ".weight", "out of range", Decimals.format(b.weight()),
                        "a weight above 0, at most " + (long) MAX_WEIGHT);
            }
            if (b.when() != null) {
                JourneyConfigValidator.eligibility(p + ".when", b.when(), listed, at);
            }
            if (b.emotionalState() != null) {
                for (int s = 0; s < b.emotionalState().size(); s++) {
                    JourneyConfigValidator.oneOf(p + ".emotional_state." + s, b.emotionalState().get(s), states,
                            "emotional state", at);
                }
            }
            if (b.lastStatus() != null) {
                for (int s = 0; s < b.lastStatus().size(); s++) {
                    JourneyConfigValidator.oneOf(p + ".last_status." + s, b.lastStatus().get(s), CompletionStatus.ALL,
                            "completion status", at);
                }
            }
        }
        if (!rules.get(rules.size() - 1).unconditional()) {
            throw at.error(prop + "." + (rules.size() - 1), "has conditions, yet the last rule is the default", null,
                    "a last rule { to, weight } without when, emotional_state or last_status");
        }
    }

    /** No route leads back to a step on the path that reached it (depth-first, framework order). */
    private static void acyclic(List<String> ids, List<String> bases, List<JourneyConfig.Step> steps,
            List<List<Integer>> successors, ConfigParser.Locator at) {
        int n = ids.size();
        int[] colour = new int[n]; // 0 new, 1 on the path, 2 done
        for (int root = 0; root < n; root++) {
            if (colour[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>(); // { step, index of the next successor to try }
            List<Integer> path = new ArrayList<>();
            stack.push(new int[] {root, 0});
            colour[root] = 1;
            path.add(root);
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> out = successors.get(top[0]);
                if (top[1] == out.size()) {
                    colour[top[0]] = 2;
                    stack.pop();
                    path.remove(path.size() - 1);
                    continue;
                }
                int rule = top[1]++;
                int v = out.get(rule);
                if (colour[v] == 1) {
                    List<String> cycle = new ArrayList<>();
                    for (int p : path.subList(path.indexOf(v), path.size())) {
                        cycle.add(ids.get(p));
                    }
                    cycle.add(ids.get(v));
                    String prop = steps.get(top[0]).next() == null ? bases.get(top[0])
                            : bases.get(top[0]) + ".next." + rule + ".to";
                    throw at.error(prop, "routes form a cycle", String.join(" > ", cycle),
                            "routes that end at the framework's last step (a step occurs again only by its repeat)");
                }
                if (colour[v] == 0) {
                    colour[v] = 1;
                    path.add(v);
                    stack.push(new int[] {v, 0});
                }
            }
        }
    }

    /** Every step is reached by a route from the framework's first step or a scenario type's start. */
    private static void reachable(GeneratorConfig config, List<String> ids, List<String> bases,
            List<List<Integer>> successors, ConfigParser.Locator at) {
        Set<String> starts = new LinkedHashSet<>();
        starts.add(ids.get(0));
        if (config.scenarios() != null && config.scenarios().types() != null) {
            for (Map.Entry<String, ScenarioConfig.ScenarioType> e : config.scenarios().types().entrySet()) {
                if (e.getValue() != null && e.getValue().start() != null && ids.contains(e.getValue().start())) {
                    starts.add(e.getValue().start());
                }
            }
        }
        boolean[] seen = new boolean[ids.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        starts.forEach(s -> queue.add(ids.indexOf(s)));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (!seen[u]) {
                seen[u] = true;
                queue.addAll(successors.get(u));
            }
        }
        for (int k = 0; k < ids.size(); k++) {
            if (!seen[k]) {
                throw at.error(bases.get(k) + ".id", "step '" + ids.get(k) + "' is unreachable", ids.get(k),
                        "a step a route reaches from a start step (" + String.join(", ", starts) + ")");
            }
        }
    }
}
