package io.github.syntheticcustomers.core.model;

/**
 * The seed's {@code user} block of a test scenario: the customer's own values.
 *
 * @param name first and last name
 */
public record ScenarioUser(String name, int age, String personaType, String riskLevel,
        ScreeningHistory screeningHistory) {
}
