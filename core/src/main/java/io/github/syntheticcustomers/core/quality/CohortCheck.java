package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohorts ({@code cohorts[]}, docs/cohorts.md): each cohort holds exactly the customers its count or share asks for
 * ({@link CohortSizes}), and every member meets the cohort's condition as its record reads ({@link CohortConditions}).
 * A record that lists a cohort the configuration does not declare fails too. Counts per cohort and the members that
 * miss their condition: constant memory. Without cohorts it passes, saying so, as {@code attribute_distributions}
 * does without attributes: a configuration that declares none has nothing here to hold, and a skipped check on every
 * run of the seed would read as something left unverified.
 */
final class CohortCheck implements QualityCheck {

    /** The summary when the configuration declares no cohorts (the check passes: nothing to hold). */
    static final String NONE_DECLARED = "The configuration declares no cohorts: nothing to check.";

    @Override
    public String name() {
        return "cohorts";
    }

    @Override
    public String title() {
        return "Cohorts";
    }

    @Override
    public String description() {
        return "Each cohort has exactly the members its count or share asks for (largest remainder over the shares), "
                + "and every member meets the cohort's condition as its record reads: persona, age, gender, risk "
                + "level, the factors it has and has not, the conditions diagnosed and undiagnosed, the latest "
                + "measurements, the product's attributes, the scenario's type, recent life events and the "
                + "engagement state.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        List<CohortConfig> cohorts = config.cohorts();
        if (cohorts.isEmpty()) {
            return new Pass() {
                @Override
                public void accept(RecordGroup group) {
                }

                @Override
                public CheckResult finish() {
                    return CheckResult.judged(CohortCheck.this, NONE_DECLARED, List.of(), List.of());
                }
            };
        }
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<String, CohortConfig> byId = new LinkedHashMap<>();
        for (CohortConfig c : cohorts) {
            byId.put(c.id(), c);
        }
        return new Pass() {
            private long customers;
            private final Map<String, Long> members = new LinkedHashMap<>();
            private long unmet;
            private long undeclared;
            private final List<String> examples = new ArrayList<>();

            @Override
            public void accept(RecordGroup group) {
                if (group.customer() != null) {
                    // a scenario-type condition is read from the customer's scenario; a dataset written without the
                    // scenarios part leaves it unread, and then it is not held
                    customer(group.customer(), group.scenario() != null ? List.of(group.scenario())
                            : facts.hasScenarios() ? List.of() : null);
                }
            }

            private void customer(CustomerProfile c, List<TestScenario> scenarios) {
                customers++;
                for (String id : c.cohorts()) {
                    CohortConfig cohort = byId.get(id);
                    if (cohort == null) {
                        undeclared++;
                        example(c.id() + " lists cohort '" + id + "', which the configuration does not declare");
                        continue;
                    }
                    members.merge(id, 1L, Long::sum);
                    CohortConfig.Where where = cohort.where() == null ? CohortConfig.Where.any() : cohort.where();
                    List<String> missed = CohortConditions.unmet(scenarios == null ? where.withoutScenarioTypes()
                            : where, c, scenarios, config);
                    if (!missed.isEmpty()) {
                        unmet++;
                        example(c.id() + " in cohort " + id + " (" + cohort.displayName() + "): "
                                + String.join("; ", missed));
                    }
                }
            }

            private void example(String text) {
                if (examples.size() < CheckResult.MAX_EXAMPLES) {
                    examples.add(text);
                }
            }

            @Override
            public CheckResult finish() {
                long count = facts.manifest() != null ? facts.manifest().count() : customers;
                Map<String, Long> sizes = CohortSizes.of(config, count);
                List<Measurement> ms = new ArrayList<>();
                for (Map.Entry<String, Long> e : sizes.entrySet()) {
                    double want = e.getValue();
                    ms.add(Measurement.of(e.getKey() + ".members", members.getOrDefault(e.getKey(), 0L), want, want,
                            want, "records"));
                }
                ms.add(Measurement.of("members_not_meeting_condition", unmet, null, null, 0.0, "records"));
                ms.add(Measurement.of("undeclared_cohorts", undeclared, null, null, 0.0, "records"));
                List<Measurement> off = ms.stream().filter(m -> !m.passed()).toList();
                long all = members.values().stream().mapToLong(Long::longValue).sum();
                String summary = off.isEmpty()
                        ? "All " + sizes.size() + " cohorts have their exact size (" + all + " members) and every "
                                + "member meets its condition."
                        : off.size() + " cohort measurement(s) off: " + off.get(0).describe()
                                + (off.size() > 1 ? " and " + (off.size() - 1) + " more." : ".");
                return CheckResult.judged(CohortCheck.this, summary, ms, examples);
            }
        };
    }
}
