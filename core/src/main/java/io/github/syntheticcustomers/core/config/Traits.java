package io.github.syntheticcustomers.core.config;

import java.util.List;

/**
 * Behavioural traits of a persona (configuration) or of one customer (the persona's values with
 * individual variation), each 0.0–1.0. See {@code defaults.yaml} for what each one means.
 */
public record Traits(
        Double healthAwareness,
        Double actionTendency,
        Double healthAnxiety,
        Double systemEngagement,
        Double organization,
        Double riskPropensity,
        Double socialBarriers) {

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
