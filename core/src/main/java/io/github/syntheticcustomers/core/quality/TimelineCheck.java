package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Timeline: every customer's snapshot agrees with the customer's events (docs/timeline-model.md). For each customer
 * it reads the profile, the scenario, the engagement steps and the events (the {@code events} part, or the events
 * regenerated from the recorded seed and configuration, {@link EventSource}) and verifies each {@link TimelineRule}
 * from the events alone ({@link TimelineVerifier}). Failures are counted per rule, in customers, with the first
 * customers' ids; none is allowed, since every field is computed from the events, never drawn on its own.
 */
final class TimelineCheck implements QualityCheck {

    /** Customer ids named per failed rule in the summary. */
    static final int IDS_PER_RULE = 3;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public String description() {
        StringBuilder rules = new StringBuilder();
        for (TimelineRule rule : TimelineRule.values()) {
            rules.append(rules.length() == 0 ? "" : "; ").append(rule.id()).append(": ").append(rule.description());
        }
        return "Every snapshot field equals what the customer's events imply, and nothing happens at or after the"
                + " as-of instant (" + rules + "). The events are the events part, or regenerated from the seed and"
                + " configuration manifest.json records when the part was not written. No customer may fail a rule.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        EventSource source = EventSource.of(facts, config);
        String missing = source.missing();
        if (missing != null) {
            return Pass.skipped(this, missing);
        }
        String sample = source.stride() == 1 ? "" : " (every " + source.stride() + "th customer: the dataset has no"
                + " events part, so the events of an evenly spaced sample were regenerated)";
        TimelineVerifier verifier = new TimelineVerifier(config);
        Map<TimelineRule, Long> counts = new EnumMap<>(TimelineRule.class);
        Map<TimelineRule, List<String>> ids = new EnumMap<>(TimelineRule.class);
        for (TimelineRule rule : TimelineRule.values()) {
            counts.put(rule, 0L);
            ids.put(rule, new ArrayList<>());
        }
        List<String> examples = new ArrayList<>();
        long[] customers = new long[2]; // customers verified, customers failing a rule
        return new Pass() {
            @Override
            public void accept(RecordGroup group) {
                if (group.events() == null) {
                    return;
                }
                customers[0]++;
                String id = group.customerId();
                Set<TimelineRule> failed = new LinkedHashSet<>();
                verifier.verify(id, group.customer(), group.scenario(), group.steps(), group.events(),
                        (rule, message) -> {
                            if (failed.add(rule)) {
                                counts.merge(rule, 1L, Long::sum);
                                if (ids.get(rule).size() < IDS_PER_RULE) {
                                    ids.get(rule).add(id);
                                }
                            }
                            if (examples.size() < CheckResult.MAX_EXAMPLES) {
                                examples.add(rule.id() + ": " + message);
                            }
                        });
                customers[1] += failed.isEmpty() ? 0 : 1;
            }

            @Override
            public CheckResult finish() {
                List<Measurement> measurements = new ArrayList<>();
                StringBuilder failures = new StringBuilder();
                for (TimelineRule rule : TimelineRule.values()) {
                    long n = counts.get(rule);
                    measurements.add(Measurement.of(rule.id(), n, null, null, 0.0, "customers"));
                    if (n > 0) {
                        failures.append(failures.length() == 0 ? "" : "; ").append(rule.id()).append(": ").append(n)
                                .append(" (").append(String.join(", ", ids.get(rule))).append(n > ids.get(rule).size()
                                        ? ", …" : "").append(')');
                    }
                }
                if (customers[0] == 0) {
                    return CheckResult.skipped(TimelineCheck.this, "The dataset has no customer with events.");
                }
                String summary = customers[1] == 0
                        ? "All " + customers[0] + " customers agree with their events (" + measurements.size()
                                + " rules)" + sample + "."
                        : customers[1] + " of " + customers[0] + " customers disagree with their events" + sample
                                + ": " + failures + ".";
                return CheckResult.judged(TimelineCheck.this, summary, measurements, examples);
            }
        };
    }
}
