package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Emotional scaffolding: the kind of support ({@code reassurance}, {@code normalization},
 * {@code validation}, {@code guidance}, {@code encouragement}, {@code celebration}), how strongly it
 * is given (0–1) and the message shown.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record EmotionalComponents(String type, double intensity, String message) {
}
