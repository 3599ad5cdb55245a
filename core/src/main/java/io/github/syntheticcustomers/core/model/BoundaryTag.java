package io.github.syntheticcustomers.core.model;

/**
 * What a boundary case tests (docs/boundary-cases.md): written on a customer generated as one of the configuration's
 * boundary cases, never on a customer of the dataset itself.
 *
 * @param id the case's stable id, e.g. {@code age_decade_40_below} or {@code risk_floor_moderate_at}
 * @param tests the threshold in words, with the configured value
 */
public record BoundaryTag(String id, String tests) {
}
