package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.ScenarioGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scenario consistency: one scenario per customer, ids that resolve, and a {@code user} block equal to the
 * customer it names (name, age, persona, risk level, screening history), with a known scenario type.
 */
final class ScenarioConsistencyCheck implements QualityCheck {

    @Override
    public String name() {
        return "scenario_consistency";
    }

    @Override
    public String title() {
        return "Scenario consistency";
    }

    @Override
    public String description() {
        return "One scenario per customer; scenario i is scn-(i+1) (so no id repeats) and matches its customer's "
                + "number; every customer_id is its record's customer; the scenario's user equals that customer (name, age, persona_type, "
                + "risk_level, screening_history); scenario_type is one of the configured scenarios.types. At most "
                + "quality.max_scenario_violations violations.";
    }

    /** The number part of an id such as {@code cus-000012}: {@code 000012}. */
    private static String number(String id) {
        return id == null ? null : id.substring(id.indexOf('-') + 1);
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasScenarios()) {
            return Pass.skipped(this, "The dataset has no scenarios.");
        }
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers to check its scenarios against.");
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (String kind : List.of("unresolved_customer_ids", "scenario_ids_out_of_sequence", "mismatched_ids",
                "user_differs_from_customer", "unknown_scenario_types")) {
            kinds.put(kind, 0L);
        }
        List<String> examples = new ArrayList<>();
        long[] counts = new long[2]; // customers, scenarios
        return new Pass() {
            @Override
            public void accept(RecordGroup group) {
                CustomerProfile c = group.customer();
                counts[0] += c == null ? 0 : 1;
                TestScenario s = group.scenario();
                if (s == null) {
                    return;
                }
                counts[1]++;
                // scenario i is scn-<i+1>: with the index rule no id can repeat, and no set of ids is kept
                if (!ScenarioGenerator.scenarioId(group.index()).equals(s.scenarioId())) {
                    add(kinds, examples, "scenario_ids_out_of_sequence", "scenario " + (group.index() + 1) + " is "
                            + s.scenarioId() + ", not " + ScenarioGenerator.scenarioId(group.index()));
                }
                if (!config.scenarios().types().containsKey(s.scenarioType())) {
                    add(kinds, examples, "unknown_scenario_types", s.scenarioId() + ": unknown scenario type '"
                            + s.scenarioType() + "'");
                }
                if (!Objects.equals(number(s.scenarioId()), number(s.customerId()))) {
                    add(kinds, examples, "mismatched_ids", s.scenarioId() + " belongs to " + s.customerId()
                            + ": the numbers differ");
                }
                // scenario i belongs to customer i: the files are in index order
                if (c == null || !c.id().equals(s.customerId())) {
                    add(kinds, examples, "unresolved_customer_ids", s.scenarioId() + ": customer " + s.customerId()
                            + (c == null ? " is not in the dataset" : " is not its record's customer " + c.id()));
                    return;
                }
                String diff = difference(s.user(), c);
                if (diff != null) {
                    add(kinds, examples, "user_differs_from_customer", s.scenarioId() + ": user " + diff);
                }
            }

            @Override
            public CheckResult finish() {
                double max = config.quality().maxScenarioViolations();
                List<Measurement> measurements = new ArrayList<>();
                measurements.add(Measurement.of("scenarios_per_customer", counts[0] == 0 ? 0
                        : (double) counts[1] / counts[0], 1.0, 1.0, 1.0, "ratio"));
                long total = 0;
                for (Map.Entry<String, Long> e : kinds.entrySet()) {
                    measurements.add(Measurement.of(e.getKey(), e.getValue(), null, null, max, "scenarios"));
                    total += e.getValue();
                }
                measurements.add(Measurement.of("total_violations", total, null, null, max, "violations"));
                long off = measurements.stream().filter(m -> !m.passed()).count();
                String summary = off == 0 ? "All " + counts[1] + " scenarios agree with their customers."
                        : total + " violation(s) in " + counts[1] + " scenarios.";
                return CheckResult.judged(ScenarioConsistencyCheck.this, summary, measurements, examples);
            }
        };
    }

    /** What differs between a scenario's user and its customer, or null. */
    static String difference(ScenarioUser u, CustomerProfile c) {
        if (u == null) {
            return "is missing";
        }
        if (!Objects.equals(u.name(), c.demographics().fullName())) {
            return "name '" + u.name() + "' but the customer is '" + c.demographics().fullName() + "'";
        }
        if (u.age() != c.demographics().age()) {
            return "age " + u.age() + " but the customer is " + c.demographics().age();
        }
        if (!Objects.equals(u.personaType(), c.personaType())) {
            return "persona_type '" + u.personaType() + "' but the customer is '" + c.personaType() + "'";
        }
        if (!Objects.equals(u.riskLevel(), c.riskLevel())) {
            return "risk_level '" + u.riskLevel() + "' but the customer is '" + c.riskLevel() + "'";
        }
        if (!Objects.equals(u.screeningHistory(), c.healthProfile().screeningHistory())) {
            return "screening_history differs from the customer's";
        }
        return null;
    }

    private static void add(Map<String, Long> kinds, List<String> examples, String kind, String example) {
        kinds.merge(kind, 1L, Long::sum);
        if (examples.size() < CheckResult.MAX_EXAMPLES) {
            examples.add(example);
        }
    }
}
