package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Persona adaptation: the approach, how strongly content is adapted (0–1) and the adaptations
 * applied, in display order.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record PersonaComponents(PersonaApproach approach, double intensity, List<String> adaptations) {

    public PersonaComponents {
        adaptations = List.copyOf(adaptations);
    }
}
