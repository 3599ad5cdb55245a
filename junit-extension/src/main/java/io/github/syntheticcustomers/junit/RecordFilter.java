package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The records a set of qualifiers admits: persona ids, risk levels, (scenarios only) scenario types and cohorts
 * (the records of a cohort's members), each "any of", empty meaning all. Every id must be one the configuration (or,
 * for scenario types, the library) defines, so a typo fails instead of silently matching nothing.
 */
record RecordFilter(List<String> personas, List<String> riskLevels, List<String> scenarioTypes, List<String> cohorts) {

    RecordFilter {
        personas = List.copyOf(personas);
        riskLevels = List.copyOf(riskLevels);
        scenarioTypes = List.copyOf(scenarioTypes);
        cohorts = List.copyOf(cohorts);
    }

    static RecordFilter of(String[] personas, String[] riskLevels, String[] scenarioTypes) {
        return of(personas, riskLevels, scenarioTypes, new String[0]);
    }

    static RecordFilter of(String[] personas, String[] riskLevels, String[] scenarioTypes, String[] cohorts) {
        return new RecordFilter(Arrays.asList(personas), Arrays.asList(riskLevels), Arrays.asList(scenarioTypes),
                Arrays.asList(cohorts));
    }

    boolean isEmpty() {
        return personas.isEmpty() && riskLevels.isEmpty() && scenarioTypes.isEmpty() && cohorts.isEmpty();
    }

    /**
     * The matching customers in record order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an id the configuration does not define and those it does
     */
    List<CustomerProfile> customers(SyntheticDataset dataset) {
        check(dataset);
        if (isEmpty()) {
            return dataset.customers();
        }
        return dataset.customers(c -> matches(c.personaType(), c.riskLevel()) && inCohort(c));
    }

    /**
     * The matching scenarios in record order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an unknown id and the known ones
     */
    List<TestScenario> scenarios(SyntheticDataset dataset) {
        check(dataset);
        if (isEmpty()) {
            return dataset.scenarios();
        }
        Set<String> members = cohortMembers(dataset);
        return dataset.scenarios(s -> matches(s.user().personaType(), s.user().riskLevel())
                && (scenarioTypes.isEmpty() || scenarioTypes.contains(s.scenarioType()))
                && (members == null || members.contains(s.customerId())));
    }

    /**
     * The engagement steps of the customers (and scenarios) the qualifiers admit, in file order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an unknown id and the known ones
     */
    List<EngagementStep> engagementSteps(SyntheticDataset dataset) {
        check(dataset);
        if (isEmpty()) {
            return dataset.engagementSteps();
        }
        // membership only: the order comes from the steps list
        Set<String> customers = new HashSet<>();
        for (TestScenario s : scenarios(dataset)) {
            customers.add(s.customerId());
        }
        return dataset.engagementSteps(s -> customers.contains(s.customerId()));
    }

    /**
     * The timelines of the customers the persona and risk-level qualifiers admit, in record order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an unknown id and the known ones
     */
    List<CustomerTimeline> timelines(SyntheticDataset dataset) {
        check(dataset);
        if (isEmpty()) {
            return dataset.timelines();
        }
        Set<String> customers = customerIds(dataset);
        return dataset.timelines(t -> customers.contains(t.customerId()));
    }

    /**
     * The events of the customers the persona and risk-level qualifiers admit, customer by customer (record order),
     * each customer's in time order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an unknown id and the known ones
     */
    List<EngagementEvent> events(SyntheticDataset dataset) {
        check(dataset);
        if (isEmpty()) {
            return dataset.events();
        }
        Set<String> customers = customerIds(dataset);
        return dataset.events().stream().filter(e -> customers.contains(e.customerId())).toList();
    }

    /** Membership only: the order comes from the list filtered. */
    private Set<String> customerIds(SyntheticDataset dataset) {
        Set<String> ids = new HashSet<>();
        for (CustomerProfile c : customers(dataset)) {
            ids.add(c.id());
        }
        return ids;
    }

    /** Whether {@code c} is a member of one of the cohorts asked for (any customer when none is). */
    private boolean inCohort(CustomerProfile c) {
        return cohorts.isEmpty() || cohorts.stream().anyMatch(c::inCohort);
    }

    /** The ids of the customers in the cohorts asked for, or null when none is (membership only). */
    private Set<String> cohortMembers(SyntheticDataset dataset) {
        if (cohorts.isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (CustomerProfile c : dataset.customers()) {
            if (inCohort(c)) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    private boolean matches(String persona, String riskLevel) {
        return (personas.isEmpty() || personas.contains(persona))
                && (riskLevels.isEmpty() || riskLevels.contains(riskLevel));
    }

    /** E.g. {@code persona in [healthcare_professional] and risk level in [moderate]}. */
    String describe() {
        if (isEmpty()) {
            return "any persona and risk level";
        }
        if (!cohorts.isEmpty() && personas.isEmpty() && riskLevels.isEmpty() && scenarioTypes.isEmpty()) {
            return "cohort " + String.join(" or ", cohorts);
        }
        StringBuilder sb = new StringBuilder();
        append(sb, "persona", personas);
        append(sb, "risk level", riskLevels);
        append(sb, "scenario type", scenarioTypes);
        append(sb, "cohort", cohorts);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String what, List<String> values) {
        if (!values.isEmpty()) {
            sb.append(sb.length() > 0 ? " and " : "").append(what).append(" in ").append(values);
        }
    }

    private void check(SyntheticDataset dataset) {
        check("persona", personas, dataset.config().personaIds(), "the configuration defines");
        check("risk level", riskLevels, dataset.config().riskLevelIds(), "the configuration defines");
        check("scenario type", scenarioTypes, List.copyOf(dataset.config().scenarios().types().keySet()),
                "the configuration defines");
        for (String id : cohorts) {
            if (!dataset.cohortIds().contains(id)) {
                throw new IllegalArgumentException(SyntheticDataset.unknownCohort(id, dataset.cohortIds()));
            }
        }
    }

    private static void check(String what, List<String> asked, List<String> defined, String definedBy) {
        for (String id : asked) {
            if (!defined.contains(id)) {
                throw new IllegalArgumentException("Unknown " + what + " '" + id + "'; " + definedBy + ": "
                        + String.join(", ", defined));
            }
        }
    }
}
