package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coherence: every {@link CoherenceRule} counted over the dataset's customers, each against
 * {@code quality.max_coherence_violations} (by default none is allowed).
 */
final class CoherenceCheck implements QualityCheck {

    @Override
    public String name() {
        return "coherence";
    }

    @Override
    public String title() {
        return "Coherence";
    }

    @Override
    public String description() {
        StringBuilder rules = new StringBuilder();
        for (CoherenceRule rule : CoherenceRule.values()) {
            rules.append(rules.length() == 0 ? "" : "; ").append(rule.id()).append(": ").append(rule.description());
        }
        return "Every fact about a customer agrees with the others (" + rules + "). At most "
                + "quality.max_coherence_violations violations per rule.";
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<CustomerProfile> customers = dataset.customers();
        if (customers.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no customers.");
        }
        Map<CoherenceRule, Long> counts = new LinkedHashMap<>();
        for (CoherenceRule rule : CoherenceRule.values()) {
            counts.put(rule, 0L);
        }
        List<String> examples = new ArrayList<>();
        for (CustomerProfile c : customers) {
            for (CoherenceRule rule : CoherenceRule.values()) {
                rule.check(c, config.referenceDate(), v -> {
                    counts.merge(rule, 1L, Long::sum);
                    if (examples.size() < CheckResult.MAX_EXAMPLES) {
                        examples.add(rule.id() + ": " + v);
                    }
                });
            }
        }
        double max = config.quality().maxCoherenceViolations();
        List<Measurement> measurements = new ArrayList<>();
        long total = 0;
        for (Map.Entry<CoherenceRule, Long> e : counts.entrySet()) {
            measurements.add(Measurement.of(e.getKey().id(), e.getValue(), null, null, max, "violations"));
            total += e.getValue();
        }
        String summary = total == 0 ? "All " + customers.size() + " customers are coherent ("
                + counts.size() + " rules)."
                : total + " coherence violation(s) in " + customers.size() + " customers.";
        return CheckResult.judged(this, summary, measurements, examples);
    }
}
