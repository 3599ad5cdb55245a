package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        return "One scenario per customer; scenario ids are unique and match their customer's number; every "
                + "customer_id resolves; the scenario's user equals that customer (name, age, persona_type, "
                + "risk_level, screening_history); scenario_type is one of the configured scenarios.types. At most "
                + "quality.max_scenario_violations violations.";
    }

    /** The number part of an id such as {@code cus-000012}: {@code 000012}. */
    private static String number(String id) {
        return id == null ? null : id.substring(id.indexOf('-') + 1);
    }

    @Override
    public CheckResult run(LoadedDataset dataset, GeneratorConfig config) {
        List<TestScenario> scenarios = dataset.scenarios();
        if (scenarios.isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no scenarios.");
        }
        if (dataset.customers().isEmpty()) {
            return CheckResult.skipped(this, "The dataset has no customers to check its scenarios against.");
        }
        Map<String, CustomerProfile> customers = new HashMap<>();
        dataset.customers().forEach(c -> customers.put(c.id(), c));
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (String kind : List.of("unresolved_customer_ids", "duplicate_scenario_ids", "mismatched_ids",
                "user_differs_from_customer", "unknown_scenario_types")) {
            kinds.put(kind, 0L);
        }
        List<String> examples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TestScenario s : scenarios) {
            if (!seen.add(s.scenarioId())) {
                add(kinds, examples, "duplicate_scenario_ids", "duplicate scenario id " + s.scenarioId());
            }
            if (!config.scenarios().types().containsKey(s.scenarioType())) {
                add(kinds, examples, "unknown_scenario_types", s.scenarioId() + ": unknown scenario type '"
                        + s.scenarioType() + "'");
            }
            if (!Objects.equals(number(s.scenarioId()), number(s.customerId()))) {
                add(kinds, examples, "mismatched_ids", s.scenarioId() + " belongs to " + s.customerId()
                        + ": the numbers differ");
            }
            CustomerProfile c = customers.get(s.customerId());
            if (c == null) {
                add(kinds, examples, "unresolved_customer_ids", s.scenarioId() + ": customer " + s.customerId()
                        + " is not in the dataset");
                continue;
            }
            String diff = difference(s.user(), c);
            if (diff != null) {
                add(kinds, examples, "user_differs_from_customer", s.scenarioId() + ": user " + diff);
            }
        }
        double max = config.quality().maxScenarioViolations();
        List<Measurement> measurements = new ArrayList<>();
        measurements.add(Measurement.of("scenarios_per_customer", dataset.customers().isEmpty() ? 0
                : (double) scenarios.size() / dataset.customers().size(), 1.0, 1.0, 1.0, "ratio"));
        long total = 0;
        for (Map.Entry<String, Long> e : kinds.entrySet()) {
            measurements.add(Measurement.of(e.getKey(), e.getValue(), null, null, max, "scenarios"));
            total += e.getValue();
        }
        measurements.add(Measurement.of("total_violations", total, null, null, max, "violations"));
        long off = measurements.stream().filter(m -> !m.passed()).count();
        String summary = off == 0 ? "All " + scenarios.size() + " scenarios agree with their customers."
                : total + " violation(s) in " + scenarios.size() + " scenarios.";
        return CheckResult.judged(this, summary, measurements, examples);
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
