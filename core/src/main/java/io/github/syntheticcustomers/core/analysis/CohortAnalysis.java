package io.github.syntheticcustomers.core.analysis;

import io.github.syntheticcustomers.core.analysis.Analysis.CohortFigures;
import io.github.syntheticcustomers.core.analysis.Analysis.Count;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.DemographicsConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.CohortDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohorts part of the analysis ({@code cohorts[]}, docs/cohorts.md): per cohort, and for the calibrated
 * population (the customers of no cohort) beside them, the count, ages, genders and risk levels. Counts and sums per
 * group, bounded by the configuration. Nothing when the configuration declares no cohorts.
 */
final class CohortAnalysis {

    /** The id the calibrated population's figures carry. */
    static final String CALIBRATED = "calibrated";

    private final GeneratorConfig config;
    private final Map<String, Tally> groups = new LinkedHashMap<>();
    private long total;

    CohortAnalysis(GeneratorConfig config) {
        this.config = config;
        if (!config.cohorts().isEmpty()) {
            groups.put(CALIBRATED, new Tally());
            for (CohortConfig c : config.cohorts()) {
                groups.put(c.id(), new Tally());
            }
        }
    }

    /** One group's counts and sums. */
    private static final class Tally {
        long count;
        final Mean age = new Mean();
        int youngest = Integer.MAX_VALUE;
        int oldest = Integer.MIN_VALUE;
        final Map<String, Long> genders = new LinkedHashMap<>();
        final Map<String, Long> levels = new LinkedHashMap<>();
    }

    void add(CustomerProfile c) {
        if (groups.isEmpty()) {
            return;
        }
        total++;
        if (c.cohorts().isEmpty()) {
            add(groups.get(CALIBRATED), c);
        }
        for (String id : c.cohorts()) {
            Tally t = groups.get(id);
            if (t != null) { // an undeclared id: the cohorts check names it
                add(t, c);
            }
        }
    }

    private static void add(Tally t, CustomerProfile c) {
        t.count++;
        int age = c.demographics().age();
        t.age.add(age);
        t.youngest = Math.min(t.youngest, age);
        t.oldest = Math.max(t.oldest, age);
        t.genders.merge(String.valueOf(c.demographics().gender()), 1L, Long::sum);
        t.levels.merge(String.valueOf(c.riskLevel()), 1L, Long::sum);
    }

    /** The calibrated population first, then each cohort in configuration order; empty without cohorts. */
    List<CohortFigures> result() {
        List<CohortFigures> out = new ArrayList<>();
        if (groups.isEmpty()) {
            return out;
        }
        Map<String, Long> sizes = CohortSizes.of(config, total);
        Tally calibrated = groups.get(CALIBRATED);
        out.add(figures(CALIBRATED, "Calibrated population", "the customers of no cohort, drawn to the reference "
                + "rates", null, calibrated));
        for (CohortConfig c : config.cohorts()) {
            out.add(figures(c.id(), c.displayName(), CohortDescription.of(c), sizes.get(c.id()), groups.get(c.id())));
        }
        return out;
    }

    private CohortFigures figures(String id, String name, String condition, Long expected, Tally t) {
        return new CohortFigures(id, name, condition, t.count, expected, CustomerAnalysis.percent(t.count, total),
                t.age.rounded(), t.count == 0 ? null : t.youngest, t.count == 0 ? null : t.oldest,
                counts(DemographicsConfig.GENDERS, t.genders, t.count),
                counts(config.riskLevelIds(), t.levels, t.count));
    }

    /** The configured ids first, in order, then any other the records show. */
    private static List<Count> counts(List<String> known, Map<String, Long> seen, long of) {
        List<Count> out = new ArrayList<>();
        for (String id : known) {
            long n = seen.getOrDefault(id, 0L);
            out.add(new Count(id, n, CustomerAnalysis.percent(n, of)));
        }
        seen.forEach((id, n) -> {
            if (!known.contains(id)) {
                out.add(new Count(id, n, CustomerAnalysis.percent(n, of)));
            }
        });
        return out;
    }
}
