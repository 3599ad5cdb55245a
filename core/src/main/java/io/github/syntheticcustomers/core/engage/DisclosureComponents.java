package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Progressive disclosure: the visibility rules of the step's tiers and the readiness (0–1) they were
 * derived from (see {@link ProgressiveDisclosure}).
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record DisclosureComponents(VisibilityRules visibilityRules, double readiness) {
}
