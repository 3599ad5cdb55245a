package io.github.syntheticcustomers.core.config;

/** An inclusive range of whole numbers (days, hours, minutes) in the configuration. */
public record IntRange(Integer min, Integer max) {
}
