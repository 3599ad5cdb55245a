package io.github.syntheticcustomers.core.model;

/** Lifestyle factors; categorical values are lower-case ids. */
public record Lifestyle(
        String smoking,
        String alcohol,
        String physicalActivity,
        String diet,
        double sleepHours,
        String stressLevel,
        double bmi) {
}
