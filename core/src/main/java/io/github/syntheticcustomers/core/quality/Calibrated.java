package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;

/**
 * The calibrated population: the customers generated for no cohort ({@code cohorts[]}, docs/cohorts.md). A cohort's
 * members are drawn to its condition, not to the reference rates, so the checks and figures that hold the dataset to
 * published rates (epidemiology, realism, the report's prevalence) measure these customers only; the {@code cohorts}
 * check holds the members. Without cohorts, every customer is in it and every figure is as before.
 */
public final class Calibrated {

    private Calibrated() {
    }

    /** Whether {@code c} belongs to the calibrated population: it was generated for no cohort. */
    public static boolean includes(CustomerProfile c) {
        return c.cohorts().isEmpty();
    }

    /**
     * The words a summary adds when the configuration has cohorts ({@code " Over the calibrated population: the
     * customers of no cohort."}), or nothing, so a configuration without cohorts reads as before.
     */
    static String note(GeneratorConfig config) {
        return config.cohorts().isEmpty() ? "" : " Over the calibrated population: the customers of no cohort.";
    }
}
