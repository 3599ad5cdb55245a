package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact size of each cohort ({@code cohorts[]}, docs/cohorts.md) in a dataset of a given count: its
 * {@code count}, or its {@code share} of the dataset by largest remainder over all the shares (the rest of the
 * dataset being one more part). The one place the sizes are computed: the generator places this many members, the
 * {@code cohorts} check, the report, the JUnit assertions and the command line hold a dataset to them.
 */
public final class CohortSizes {

    private CohortSizes() {
    }

    /**
     * Each cohort's size in a dataset of {@code count} customers, by id in configuration order, unmodifiable (empty
     * when the configuration has no cohorts).
     *
     * @throws ConfigException when the cohorts ask for more customers together than {@code count}
     */
    public static Map<String, Long> of(GeneratorConfig config, long count) {
        List<CohortConfig> cohorts = config.cohorts();
        long[] sizes = sizes(cohorts, count);
        Map<String, Long> out = new LinkedHashMap<>();
        for (int c = 0; c < cohorts.size(); c++) {
            out.put(cohorts.get(c).id(), sizes[c]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Each cohort's size, in configuration order (see the class comment). */
    static long[] sizes(List<CohortConfig> cohorts, long total) {
        int n = cohorts.size();
        if (n == 0) {
            return new long[0];
        }
        double[] shares = new double[n + 1];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            Double share = cohorts.get(c).share();
            shares[c] = share == null ? 0 : share;
            sum += shares[c];
        }
        shares[n] = Math.max(0, 100 - sum);
        long[] byShare = Apportion.largestRemainder(total, shares);
        long[] sizes = new long[n];
        long all = 0;
        for (int c = 0; c < n; c++) {
            Long count = cohorts.get(c).count();
            sizes[c] = count != null ? count : byShare[c];
            all += sizes[c];
        }
        if (all > total) {
            throw ConfigException.of("cohorts", "ask for " + all + " customers together, more than the dataset's "
                    + total, all, "cohorts of at most " + total + " customers together");
        }
        return sizes;
    }
}
