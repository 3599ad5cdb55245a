package io.github.syntheticcustomers.core.generate;

import java.util.List;

/**
 * One boundary case derived from the configuration ({@link BoundaryCases#derive}): a customer at, or one step beside,
 * a threshold the configuration states, or with an identity edge. The fields say what the customer must be; a null
 * field is drawn as for any customer.
 *
 * @param id the stable id, e.g. {@code age_decade_40_below}, {@code risk_floor_moderate_at}, {@code hba1c_6_5_at}
 * @param tests the threshold in words, with the configured value
 * @param persona the persona id
 * @param age the exact age on the reference date
 * @param gender the gender, or null (drawn by the persona's shares)
 * @param riskLevel the risk level id, or null (drawn by the level shares)
 * @param riskScore the exact risk score, or null
 * @param firstName the first name, or null (drawn from the table)
 * @param lastName the surname, or null (drawn from the table)
 * @param target a value the record must show exactly (a measurement or a scenario quantity), or null
 * @param pending null when the generator builds the case by construction; otherwise what it still needs (the
 *     condition the case's {@code target} asks for), and the case is listed but not generated
 * @param factors risk factors the customer has besides those its target implies (a factor a screening programme
 *     needs before it measures the target's value), in order
 */
public record BoundaryCase(String id, String tests, String persona, int age, String gender, String riskLevel,
        Integer riskScore, String firstName, String lastName, Target target, String pending, List<String> factors) {

    public BoundaryCase {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** A case that needs no risk factor of its own. */
    public BoundaryCase(String id, String tests, String persona, int age, String gender, String riskLevel,
            Integer riskScore, String firstName, String lastName, Target target, String pending) {
        this(id, tests, persona, age, gender, riskLevel, riskScore, firstName, lastName, target, pending, List.of());
    }

    /**
     * A value the record must show exactly.
     *
     * @param of a measurement code ({@code hba1c}) or a scenario quantity ({@code account_age_days},
     *     {@code days_since_last_activity}, {@code days_since_last_screening}, {@code days_since_life_event},
     *     {@code sessions_last_90_days}, {@code household_size})
     * @param value the value
     */
    public record Target(String of, double value) {
    }

    /** Whether the generator builds this case (its target, if any, is met by construction). */
    public boolean generated() {
        return pending == null;
    }
}
