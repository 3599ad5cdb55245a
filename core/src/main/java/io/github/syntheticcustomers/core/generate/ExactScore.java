package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of risk factors whose points sum to exactly a target, chosen by construction: the points a boundary case's
 * score needs on top of its age and social-barrier points ({@link BoundaryCases}: a risk-level floor and one point
 * below it). The factors are items: a factor without a group is present or absent, a group gives at most one of its
 * members (its members exclude each other); a factor of prevalence 1 is always present (the only choice of its
 * item), one of prevalence 0 never. A table of which sums the remaining items can still make (subset sum) lets each
 * item, in an order drawn from the record's stream, pick uniformly among the choices that keep the target reachable:
 * never a retry, and every factor is pinned present or absent ({@link RiskModel.Pins}), so the risk repair has
 * nothing to change.
 */
final class ExactScore {

    private ExactScore() {
    }

    /** Whether some set of factors makes exactly {@code points} (at least 0). */
    static boolean reachable(RiskConfig risk, int points) {
        if (points < 0) {
            return false;
        }
        List<int[]> items = items(risk.factors());
        return table(risk.factors(), items, points)[0][points];
    }

    /**
     * Every factor pinned: present those of a set whose points make {@code points}, absent the others.
     *
     * @throws IllegalStateException when no set makes them (the case was derived only where one does,
     *     {@link #reachable})
     */
    static RiskModel.Pins pins(RiskConfig risk, int points, Rng rng) {
        List<RiskConfig.Factor> factors = risk.factors();
        if (points < 0) {
            throw new IllegalStateException("no risk factors make " + points + " points");
        }
        List<int[]> items = items(factors);
        // the items in an order drawn from the record's stream (Fisher-Yates), so the set varies by seed
        for (int i = items.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int[] t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
        boolean[][] can = table(factors, items, points);
        if (!can[0][points]) {
            throw new IllegalStateException("no risk factors make " + points + " points");
        }
        Set<String> present = new HashSet<>();
        int left = points;
        for (int i = 0; i < items.size(); i++) {
            int[] item = items.get(i);
            List<Integer> open = new ArrayList<>();
            for (int choice : item) {
                int cost = choice < 0 ? 0 : points(factors.get(choice));
                if (cost <= left && can[i + 1][left - cost]) {
                    open.add(choice);
                }
            }
            int chosen = open.get(rng.nextInt(open.size()));
            if (chosen >= 0) {
                present.add(factors.get(chosen).id());
                left -= points(factors.get(chosen));
            }
        }
        Set<String> absent = new HashSet<>();
        for (RiskConfig.Factor f : factors) {
            if (!present.contains(f.id())) {
                absent.add(f.id());
            }
        }
        return new RiskModel.Pins(present, absent);
    }

    /**
     * The items: per factor without a group, or per group in order of first appearance, the factor indices it may
     * give, -1 for none (left out when a member is certain: then only that member).
     */
    private static List<int[]> items(List<RiskConfig.Factor> factors) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            RiskConfig.Factor f = factors.get(i);
            if (f.group() == null) {
                items.add(certain(f) ? new int[] {i} : impossible(f) ? new int[] {-1} : new int[] {-1, i});
            } else {
                groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : groups.values()) {
            Integer sure = null;
            for (int m : members) {
                if (certain(factors.get(m))) {
                    sure = m; // the first certain member is the group's category (RiskConfig#certainFactors)
                    break;
                }
            }
            if (sure != null) {
                items.add(new int[] {sure});
                continue;
            }
            List<Integer> choices = new ArrayList<>(List.of(-1));
            for (int m : members) {
                if (!impossible(factors.get(m))) {
                    choices.add(m);
                }
            }
            items.add(choices.stream().mapToInt(Integer::intValue).toArray());
        }
        return items;
    }

    /** can[i][s]: whether items {@code i…} can make exactly {@code s} points. */
    private static boolean[][] table(List<RiskConfig.Factor> factors, List<int[]> items, int points) {
        boolean[][] can = new boolean[items.size() + 1][points + 1];
        can[items.size()][0] = true;
        for (int i = items.size() - 1; i >= 0; i--) {
            for (int s = 0; s <= points; s++) {
                for (int choice : items.get(i)) {
                    int cost = choice < 0 ? 0 : points(factors.get(choice));
                    if (cost <= s && can[i + 1][s - cost]) {
                        can[i][s] = true;
                        break;
                    }
                }
            }
        }
        return can;
    }

    private static int points(RiskConfig.Factor f) {
        return f.points() == null ? 0 : f.points();
    }

    private static boolean certain(RiskConfig.Factor f) {
        return f.prevalence() != null && f.prevalence() >= 1;
    }

    private static boolean impossible(RiskConfig.Factor f) {
        return f.prevalence() != null && f.prevalence() <= 0;
    }
}
