package io.github.syntheticcustomers.core.config;

/**
 * Tunables of the engagement pattern engine ({@code engagement} in the configuration file).
 *
 * @param hesitationThreshold hesitation load (0–1) from which a user counts as struggling: scaffolding
 *        rises and deeper tiers are held back
 * @param confidenceThreshold confidence (0–1) from which a user who is not struggling gets one tier more
 */
public record EngagementConfig(Double hesitationThreshold, Double confidenceThreshold) {
}
