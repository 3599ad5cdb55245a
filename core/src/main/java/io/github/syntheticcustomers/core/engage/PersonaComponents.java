package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Persona adaptation: the approach (an id of {@code engagement.approaches}), how strongly content is adapted (0–1)
 * and the adaptations applied, in display order.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record PersonaComponents(String approach, double intensity, List<String> adaptations) {

    public PersonaComponents {
        adaptations = List.copyOf(adaptations);
    }
}
