package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Value articulation: why the step matters ({@code preview}), what the user achieved
 * ({@code confirmation}) and where the step fits ({@code contextual}). Null or blank means absent.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record ValueComponents(String preview, String confirmation, String contextual) {
}
