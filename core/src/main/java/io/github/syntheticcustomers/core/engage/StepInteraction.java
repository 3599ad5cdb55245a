package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The interactions measured on one step, as kept in a {@link ProgressState}. */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record StepInteraction(String stepId, InteractionMeasurements measurements) {
}
