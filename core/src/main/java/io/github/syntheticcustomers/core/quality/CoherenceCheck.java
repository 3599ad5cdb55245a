package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
    /** The rule over scenarios: the scenario type's eligibility holds for its customer. */
    static final String SCENARIO_TYPE = "scenario_type_fits";
    /**
     * The rule over journeys of a {@code from_sign_up} type (first-time users): an onboarded account is a new one
     * (at most {@code timeline.account.new_days} old).
     */
    static final String SIGN_UP_JOURNEY = "sign_up_journey_fits";

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
                + ": journey actions only where their journey.action_requirements rule holds at their step (its "
                + "position, the journey's earlier actions, the account's opening day); " + SCENARIO_TYPE
                + ": each scenario's type is one its customer is eligible for; " + SIGN_UP_JOURNEY + ": a journey "
                + "from sign-up is a new account's, or one never onboarded). At most "
                + "quality.max_coherence_violations violations per rule.";
    }

    /** Journey actions taken where their {@code journey.action_requirements} rule does not hold. */
    private static long journeyActions(TestScenario s, CustomerProfile c, CustomerPredicates predicates,
            GeneratorConfig config, List<String> examples) {
        Map<String, ScenarioConfig.Eligibility> requirements = config.journey().actionRequirements();
        if (requirements == null || requirements.isEmpty()) {
            return 0;
        }
        ZoneId zone = zone(c, config);
        long violations = 0;
        List<String> earlier = new ArrayList<>();
        for (int k = 0; k < s.journey().size(); k++) {
            JourneyStep step = s.journey().get(k);
            CustomerPredicates.StepContext at = new CustomerPredicates.StepContext(k + 1, earlier,
                    openingDay(step, c, zone));
            for (String action : step.actions()) {
                ScenarioConfig.Eligibility rule = requirements.get(action);
                if (rule != null && !predicates.holds(rule, c, at)) {
                    violations++;
                    if (examples.size() < CheckResult.MAX_EXAMPLES) {
                        examples.add(JOURNEY_ACTIONS + ": " + s.scenarioId() + " step " + (k + 1) + " "
                                + step.step() + ": " + action + ", but its requirement does not hold there for "
                                + c.id());
                    }
                }
            }
            earlier.addAll(step.actions());
        }
        return violations;
    }

    /** The customer's time zone: their state's (UTC for a state the configuration does not know). */
    private static ZoneId zone(CustomerProfile c, GeneratorConfig config) {
        return Region.zonesByName(config.regions()).getOrDefault(c.demographics().state(), ZoneOffset.UTC);
    }

    /** Whether {@code step} starts on the local day the customer's account was opened. */
    private static boolean openingDay(JourneyStep step, CustomerProfile c, ZoneId zone) {
        return step.timestamp() != null
                && step.timestamp().atZone(zone).toLocalDate().equals(c.engagement().accountCreated());
    }

    /**
     * A journey of a {@code from_sign_up} type (it starts in the account's first sessions) whose customer's onboarded
     * account is older than {@code timeline.account.new_days}: a "first-time" user who is none.
     */
    private static long signUpJourney(TestScenario s, CustomerProfile c, GeneratorConfig config,
            List<String> examples) {
        ScenarioConfig.ScenarioType type = config.scenarios().types().get(s.scenarioType());
        if (type == null || !Boolean.TRUE.equals(type.fromSignUp()) || !c.engagement().onboardingCompleted()) {
            return 0;
        }
        long age = ChronoUnit.DAYS.between(c.engagement().accountCreated(), config.referenceDate());
        if (age <= config.timeline().account().newDays()) {
            return 0;
        }
        if (examples.size() < CheckResult.MAX_EXAMPLES) {
            examples.add(SIGN_UP_JOURNEY + ": " + s.scenarioId() + " (" + s.scenarioType() + ") is a journey from "
                    + "sign-up of an onboarded account opened " + age + " days before the reference date");
        }
        return 1;
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
        long[] totals = new long[4]; // customers, journey actions, type misfits, sign-up journeys
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
                    totals[3] += signUpJourney(s, c, config, examples);
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
                measurements.add(Measurement.of(SIGN_UP_JOURNEY, totals[3], null, null, max, "violations"));
                total += totals[1] + totals[2] + totals[3];
                String summary = total == 0 ? "All " + totals[0] + " customers are coherent ("
                        + measurements.size() + " rules)."
                        : total + " coherence violation(s) in " + totals[0] + " customers.";
                return CheckResult.judged(CoherenceCheck.this, summary, measurements, examples);
            }
        };
    }
}
