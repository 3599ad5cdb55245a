package io.github.syntheticcustomers.core.config;

/**
 * An inclusive range of whole numbers (days, hours, minutes) in the configuration.
 *
 * @param min the lowest value (inclusive)
 * @param max the highest value (inclusive)
 */
public record IntRange(Integer min, Integer max) {
}
