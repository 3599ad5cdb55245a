package io.github.syntheticcustomers.core.model;

/** A condition in the family and which relative had it. */
public record FamilyHistory(String condition, String relative) {
}
