package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
    static final String WAKING_HOURS = "sessions_at_waking_hours";
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
                + ": journey actions only where their journey.action_requirements rule holds; " + WAKING_HOURS
                + ": every session, the first step of a phase, starts within journey.timing.session_hour in the time "
                + "zone of the customer's region; " + SCENARIO_TYPE + ": each scenario's type is one its customer is "
                + "eligible for). At most "
                + "quality.max_coherence_violations violations per rule.";
    }

    /** Journey actions taken where their {@code journey.action_requirements} rule does not hold. */
    private static long journeyActions(LoadedDataset dataset, Map<String, CustomerProfile> byId,
            CustomerPredicates predicates, GeneratorConfig config, List<String> examples) {
        Map<String, ScenarioConfig.Eligibility> requirements = config.journey().actionRequirements();
        if (requirements == null || requirements.isEmpty()) {
            return 0;
        }
        long violations = 0;
        for (TestScenario s : dataset.scenarios()) {
            CustomerProfile c = byId.get(s.customerId());
            if (c == null) {
                continue; // the scenario_consistency check reports scenarios without their customer
            }
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
    private static long scenarioTypes(LoadedDataset dataset, Map<String, CustomerProfile> byId,
            CustomerPredicates predicates, GeneratorConfig config, List<String> examples) {
        long misfits = 0;
        for (TestScenario s : dataset.scenarios()) {
            CustomerProfile c = byId.get(s.customerId());
            ScenarioConfig.ScenarioType type = config.scenarios().types().get(s.scenarioType());
            if (c == null || type == null) {
                continue; // scenario_consistency reports unknown customers and types
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

    /** Sessions (a journey's first step and each step opening a phase) outside the local session hours. */
    private static long wakingHours(LoadedDataset dataset, Map<String, CustomerProfile> byId, GeneratorConfig config,
            List<String> examples) {
        Map<String, ZoneId> zones = Region.zonesByName(config.regions());
        int min = config.journey().timing().sessionHour().min();
        int max = config.journey().timing().sessionHour().max();
        long violations = 0;
        for (TestScenario s : dataset.scenarios()) {
            CustomerProfile c = byId.get(s.customerId());
            ZoneId zone = c == null ? null : zones.get(c.demographics().state());
            if (zone == null) {
                continue; // no known customer, or one outside the configured regions: nothing to measure against
            }
            String phase = null;
            for (JourneyStep step : s.journey()) {
                if (!step.phase().equals(phase)) {
                    int hour = step.timestamp().atZone(zone).getHour();
                    if (hour < min || hour > max) {
                        violations++;
                        if (examples.size() < CheckResult.MAX_EXAMPLES) {
                            examples.add(WAKING_HOURS + ": " + s.scenarioId() + " " + step.step() + " at "
                                    + step.timestamp().atZone(zone).toLocalTime() + " local time (" + zone
                                    + "), outside the session hours " + min + "–" + max);
                        }
                    }
                }
                phase = step.phase();
            }
        }
        return violations;
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
                rule.check(c, config, v -> {
                    counts.merge(rule, 1L, Long::sum);
                    if (examples.size() < CheckResult.MAX_EXAMPLES) {
                        examples.add(rule.id() + ": " + v);
                    }
                });
            }
        }
        // the scenario rules read each scenario's customer, found by id
        Map<String, CustomerProfile> byId = new HashMap<>();
        customers.forEach(c -> byId.put(c.id(), c));
        CustomerPredicates predicates = CustomerPredicates.of(config);
        long actionViolations = journeyActions(dataset, byId, predicates, config, examples);
        long nightSessions = wakingHours(dataset, byId, config, examples);
        long typeMisfits = scenarioTypes(dataset, byId, predicates, config, examples);
        double max = config.quality().maxCoherenceViolations();
        List<Measurement> measurements = new ArrayList<>();
        long total = 0;
        for (Map.Entry<CoherenceRule, Long> e : counts.entrySet()) {
            measurements.add(Measurement.of(e.getKey().id(), e.getValue(), null, null, max, "violations"));
            total += e.getValue();
        }
        measurements.add(Measurement.of(JOURNEY_ACTIONS, actionViolations, null, null, max, "violations"));
        measurements.add(Measurement.of(WAKING_HOURS, nightSessions, null, null, max, "violations"));
        measurements.add(Measurement.of(SCENARIO_TYPE, typeMisfits, null, null, max, "violations"));
        total += actionViolations + nightSessions + typeMisfits;
        String summary = total == 0 ? "All " + customers.size() + " customers are coherent ("
                + measurements.size() + " rules)."
                : total + " coherence violation(s) in " + customers.size() + " customers.";
        return CheckResult.judged(this, summary, measurements, examples);
    }
}
