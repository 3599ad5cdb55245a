package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How well an adapted step realises each engagement pattern, each 0–1 (two decimals). Computed by
 * {@link PatternMetricsCalculator} from what the step contains and how it fits the persona.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record PatternMetrics(
        double valueArticulation,
        double emotionalScaffolding,
        double progressiveDisclosure,
        double personaAlignment) {
}
