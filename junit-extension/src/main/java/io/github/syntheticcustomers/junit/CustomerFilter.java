package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.Arrays;
import java.util.List;

/**
 * The customers a set of qualifiers admits: persona ids and risk levels, each "any of", empty meaning all.
 * Every id must be one the configuration defines, so a typo fails instead of silently matching nothing.
 */
record CustomerFilter(List<String> personas, List<String> riskLevels) {

    CustomerFilter {
        personas = List.copyOf(personas);
        riskLevels = List.copyOf(riskLevels);
    }

    static CustomerFilter of(String[] personas, String[] riskLevels) {
        return new CustomerFilter(Arrays.asList(personas), Arrays.asList(riskLevels));
    }

    boolean isEmpty() {
        return personas.isEmpty() && riskLevels.isEmpty();
    }

    /**
     * The matching customers in record order, unmodifiable.
     *
     * @throws IllegalArgumentException naming an id the configuration does not define and those it does
     */
    List<CustomerProfile> apply(SyntheticDataset dataset) {
        check("persona", personas, dataset.config().personaIds());
        check("risk level", riskLevels, dataset.config().riskLevelIds());
        if (isEmpty()) {
            return dataset.customers();
        }
        return dataset.customers(c -> (personas.isEmpty() || personas.contains(c.personaType()))
                && (riskLevels.isEmpty() || riskLevels.contains(c.riskLevel())));
    }

    /** E.g. {@code persona in [healthcare_professional] and risk level in [moderate]}, or {@code any}. */
    String describe() {
        if (isEmpty()) {
            return "any persona and risk level";
        }
        StringBuilder sb = new StringBuilder();
        if (!personas.isEmpty()) {
            sb.append("persona in ").append(personas);
        }
        if (!riskLevels.isEmpty()) {
            sb.append(sb.length() > 0 ? " and " : "").append("risk level in ").append(riskLevels);
        }
        return sb.toString();
    }

    private static void check(String what, List<String> asked, List<String> defined) {
        for (String id : asked) {
            if (!defined.contains(id)) {
                throw new IllegalArgumentException("Unknown " + what + " '" + id + "'; the configuration defines: "
                        + String.join(", ", defined));
            }
        }
    }
}
