package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.journey.JourneyPaths;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel at each branch point of the framework (a step whose {@code next} rules lead to more than one step), one
 * scenario at a time: how many journeys reached the step, where each went next, how many ended there. A per-step
 * funnel would count a branch not taken as a drop-off; this one counts the branches apart. Empty for a framework
 * without branches (the seed's).
 */
final class BranchAnalysis {

    private final JourneyPaths paths;
    /** Per branch point: journeys at it, and per successor (in rule order) journeys that went there. */
    private final Map<String, long[]> reached = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> went = new LinkedHashMap<>();

    BranchAnalysis(JourneyPaths paths) {
        this.paths = paths;
        for (String step : paths.framework().stepIds()) {
            List<String> next = paths.successors(step);
            if (next.size() > 1) {
                reached.put(step, new long[1]);
                Map<String, Long> counts = new LinkedHashMap<>();
                next.forEach(n -> counts.put(n, 0L));
                went.put(step, counts);
            }
        }
    }

    void add(TestScenario s) {
        if (reached.isEmpty()) {
            return;
        }
        List<JourneyStep> journey = s.journey();
        for (int k = 0; k < journey.size(); k++) {
            String step = journey.get(k).step();
            // the last occurrence of a repeating step is the one the journey leaves
            if (!reached.containsKey(step) || k + 1 < journey.size() && journey.get(k + 1).step().equals(step)) {
                continue;
            }
            reached.get(step)[0]++;
            if (k + 1 < journey.size()) {
                went.get(step).computeIfPresent(journey.get(k + 1).step(), (id, n) -> n + 1);
            }
        }
    }

    /** The branch points, in framework order. */
    List<Analysis.BranchPoint> result() {
        List<Analysis.BranchPoint> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : reached.entrySet()) {
            long at = e.getValue()[0];
            List<Analysis.Branch> next = new ArrayList<>();
            long left = 0;
            for (Map.Entry<String, Long> n : went.get(e.getKey()).entrySet()) {
                next.add(new Analysis.Branch(n.getKey(), paths.framework().displayName(n.getKey()), n.getValue(),
                        CustomerAnalysis.percent(n.getValue(), at)));
                left += n.getValue();
            }
            out.add(new Analysis.BranchPoint(e.getKey(), paths.framework().displayName(e.getKey()), at, at - left, next));
        }
        return out;
    }
}
