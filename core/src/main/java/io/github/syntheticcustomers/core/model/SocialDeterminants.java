package io.github.syntheticcustomers.core.model;

/**
 * Social determinants of health. Each value is a lower-case id; the first value of each list in
 * {@code ProfileGenerator} is the one without a barrier.
 */
public record SocialDeterminants(
        String housing,
        String foodSecurity,
        String transportation,
        String financialStrain,
        String socialSupport,
        String accessToCare,
        String insurance) {
}
