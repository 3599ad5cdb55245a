package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.journey.CustomerPredicates;
import io.github.syntheticcustomers.core.model.CustomerProfile;

/**
 * Whether a profile shows a case of a risk factor, read from the files alone, as the reference table's
 * definitions say: a condition is a case when it is diagnosed or when its latest measurement lies at or above the
 * condition's cut-off in the {@code measurements} section (an undiagnosed case); a lifestyle factor is a case when the
 * lifestyle field holds its value or lies in its range; a family history when it is listed.
 */
public final class HealthCases {

    private HealthCases() {
    }

    /** Whether {@code c} shows factor {@code f} under {@code config}. */
    public static boolean isCase(RiskConfig.Factor f, CustomerProfile c, GeneratorConfig config) {
        return CustomerPredicates.lists(f, c) || f.kind().equals("condition") && measuredCase(f, c, config);
    }

    /** Whether the condition {@code f} is among the diagnosed conditions. */
    public static boolean diagnosed(RiskConfig.Factor f, CustomerProfile c) {
        return f.kind().equals("condition") && CustomerPredicates.lists(f, c);
    }

    /** Whether the latest measurement shows a case of condition {@code f} (at or above its cut-off). */
    static boolean measuredCase(RiskConfig.Factor f, CustomerProfile c, GeneratorConfig config) {
        return CustomerPredicates.measuredCase(f.id(), c, config.measurements(), config.risk().factors());
    }
}
