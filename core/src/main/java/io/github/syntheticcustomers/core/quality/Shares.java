package io.github.syntheticcustomers.core.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Share-versus-target measurements shared by the distribution checks. */
final class Shares {

    private Shares() {
    }

    /** Counts per key, one record at a time: the {@code known} keys first (from 0), others in first-seen order. */
    static final class Tally {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private long total;

        Tally(Iterable<String> known) {
            for (String k : known) {
                counts.put(k, 0L);
            }
        }

        void add(String key) {
            counts.merge(String.valueOf(key), 1L, Long::sum);
            total++;
        }

        Map<String, Long> counts() {
            return counts;
        }

        long total() {
            return total;
        }
    }

    /**
     * One measurement per configured category: its share in percent against the target, allowed to
     * deviate by {@code tolerance} points plus one record of rounding (exact allocation rounds each
     * category to a whole number of records).
     */
    static List<Measurement> against(String prefix, Map<String, Long> counts, Map<String, Double> targets,
            long total, double tolerance) {
        List<Measurement> out = new ArrayList<>();
        double slack = tolerance + (total == 0 ? 0 : 100.0 / total);
        for (Map.Entry<String, Double> t : targets.entrySet()) {
            long n = counts.getOrDefault(t.getKey(), 0L);
            double share = total == 0 ? 0 : 100.0 * n / total;
            double target = t.getValue();
            out.add(Measurement.of(prefix + "." + t.getKey(), share, target, Math.max(0, target - slack),
                    Math.min(100, target + slack), "%"));
        }
        return out;
    }

    /** Categories present in the data but not configured, with their record counts. */
    static List<String> unknown(Map<String, Long> counts, Map<String, Double> targets, String what) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (!targets.containsKey(k) && n > 0) {
                out.add(n + " record(s) with " + what + " '" + k + "', which the configuration does not define");
            }
        });
        return out;
    }

    /** Percent of {@code part} in {@code total}, 0 when the total is 0. */
    static double percent(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }
}
