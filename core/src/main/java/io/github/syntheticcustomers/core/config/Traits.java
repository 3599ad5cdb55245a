package io.github.syntheticcustomers.core.config;

import java.util.List;

/**
 * Behavioural traits of a persona (configuration) or of one customer (the persona's values with
 * individual variation), each 0.0–1.0. See {@code defaults.yaml} for what each one means.
 *
 * @param healthAwareness how much the person knows and thinks about their health
 * @param actionTendency how readily they act on it (book, screen, follow a plan)
 * @param healthAnxiety how anxious health topics make them
 * @param systemEngagement how much they use healthcare systems and the platform
 * @param organization how structured and regular their habits are
 * @param riskPropensity relative tendency toward the higher risk levels
 * @param socialBarriers how many social determinants stand in the way of care
 */
public record Traits(
        Double healthAwareness,
        Double actionTendency,
        Double healthAnxiety,
        Double systemEngagement,
        Double organization,
        Double riskPropensity,
        Double socialBarriers) {

    /** The lowest value of a trait (the validator's range, and the configuration schema's). */
    public static final double MIN_VALUE = 0.0;

    /** The highest value of a trait. */
    public static final double MAX_VALUE = 1.0;

    /** Trait names as they appear in configuration files, in component order. */
    public static final List<String> NAMES = List.of("health_awareness", "action_tendency", "health_anxiety",
            "system_engagement", "organization", "risk_propensity", "social_barriers");

    /**
     * The value of the trait named {@code name} (one of {@link #NAMES}).
     *
     * @throws IllegalArgumentException for any other name
     */
    public double value(String name) {
        return switch (name) {
            case "health_awareness" -> healthAwareness;
            case "action_tendency" -> actionTendency;
            case "health_anxiety" -> healthAnxiety;
            case "system_engagement" -> systemEngagement;
            case "organization" -> organization;
            case "risk_propensity" -> riskPropensity;
            case "social_barriers" -> socialBarriers;
            default -> throw new IllegalArgumentException("unknown trait " + name + "; known: " + NAMES);
        };
    }

    /** Values in the order of {@link #NAMES}, a fresh array each call; an absent trait is null. */
    public Double[] values() {
        return new Double[] {healthAwareness, actionTendency, healthAnxiety, systemEngagement, organization,
                riskPropensity, socialBarriers};
    }
}
