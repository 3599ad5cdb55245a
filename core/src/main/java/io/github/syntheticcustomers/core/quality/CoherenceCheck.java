package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coherence: every {@link CoherenceRule} counted over the dataset's customers, each against
 * {@code quality.max_coherence_violations} (by default none is allowed).
 */
final class CoherenceCheck implements QualityCheck {

    /** The rule over journeys: every action with a {@code journey.action_requirements} entry only where it holds. */
    static final String JOURNEY_ACTIONS = "journey_actions_fit";
    /** The rule over journeys: every session starts at {@code session_hour} in the customer's own time zone. */
    /** The rule over scenarios: the scenario type's eligibility holds for its customer. */
    static final String SCENARIO_TYPE = "scenario_type_fits";

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
        return "Every fact about a customer agrees with the others (" + rules + "; " + JOURNEY_ACTIONS
                + ": journey actions only where their journey.action_requirements rule holds; " + SCENARIO_TYPE + ": each scenario's type is one its customer is "
                + "eligible for). At most "
                + "quality.max_coherence_violations violations per rule.";
    }

    /** Journey actions taken where their {@code journey.action_requirements} rule does not hold. */
    private static long journeyActions(TestScenario s, CustomerProfile c, CustomerPredicates predicates,
            GeneratorConfig config, List<String> examples) {
        Map<String, ScenarioConfig.Eligibility> requirements = config.journey().actionRequirements();
        if (requirements == null || requirements.isEmpty()) {
            return 0;
        }
        long violations = 0;
        {
            for (JourneyStep step : s.journey()) {
                for (String action : step.actions()) {
                    ScenarioConfig.Eligibility rule = requirements.get(action);
                    if (rule != null && !predicates.holds(rule, c)) {
                        violations++;
                        if (examples.size() < CheckResult.MAX_EXAMPLES) {
                            examples.add(JOURNEY_ACTIONS + ": " + s.scenarioId() + " " + step.step() + ": "
                                    + action + ", but its requirement does not hold for " + c.id());
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** Scenarios whose type's eligibility does not hold for their customer. */
    private static long scenarioTypes(TestScenario s, CustomerProfile c, CustomerPredicates predicates,
            GeneratorConfig config, List<String> examples) {
        long misfits = 0;
        {
            ScenarioConfig.ScenarioType type = config.scenarios().types().get(s.scenarioType());
            if (type == null) {
                return 0; // scenario_consistency reports unknown types
            }
            if (!predicates.holds(type.eligible(), c)) {
                misfits++;
                if (examples.size() < CheckResult.MAX_EXAMPLES) {
                    examples.add(SCENARIO_TYPE + ": " + s.scenarioId() + " is " + s.scenarioType()
                            + ", but its customer " + c.id() + " is not eligible for it");
                }
            }
        }
        return misfits;
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        Map<CoherenceRule, Long> counts = new LinkedHashMap<>();
        for (CoherenceRule rule : CoherenceRule.values()) {
            counts.put(rule, 0L);
        }
        List<String> examples = new ArrayList<>();
        CustomerPredicates predicates = CustomerPredicates.of(config);
        long[] totals = new long[3]; // customers, journey actions, type misfits
        return new Pass() {
            @Override
            public void accept(RecordGroup group) {
                CustomerProfile c = group.customer();
                if (c == null) {
                    return;
                }
                totals[0]++;
                for (CoherenceRule rule : CoherenceRule.values()) {
                    rule.check(c, config, v -> {
                        counts.merge(rule, 1L, Long::sum);
                        if (examples.size() < CheckResult.MAX_EXAMPLES) {
                            examples.add(rule.id() + ": " + v);
                        }
                    });
                }
                // the scenario rules read the scenario's own customer; scenario_consistency reports a scenario
                // that is not this record's customer's
                TestScenario s = group.scenario();
                if (s != null && c.id().equals(s.customerId())) {
                    totals[1] += journeyActions(s, c, predicates, config, examples);
                    totals[2] += scenarioTypes(s, c, predicates, config, examples);
                }
            }

            @Override
            public CheckResult finish() {
                double max = config.quality().maxCoherenceViolations();
                List<Measurement> measurements = new ArrayList<>();
                long total = 0;
                for (Map.Entry<CoherenceRule, Long> e : counts.entrySet()) {
                    measurements.add(Measurement.of(e.getKey().id(), e.getValue(), null, null, max, "violations"));
                    total += e.getValue();
                }
                measurements.add(Measurement.of(JOURNEY_ACTIONS, totals[1], null, null, max, "violations"));
                measurements.add(Measurement.of(SCENARIO_TYPE, totals[2], null, null, max, "violations"));
                total += totals[1] + totals[2];
                String summary = total == 0 ? "All " + totals[0] + " customers are coherent ("
                        + measurements.size() + " rules)."
                        : total + " coherence violation(s) in " + totals[0] + " customers.";
                return CheckResult.judged(CoherenceCheck.this, summary, measurements, examples);
            }
        };
    }
}
