package io.github.syntheticcustomers.core.model;

/** A diagnosed condition, the year it was diagnosed and whether it is being managed. */
public record Condition(String name, int diagnosedYear, boolean managed) {
}
