package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.io.Manifest;

/**
 * What {@link SyntheticDatasets#update} did.
 *
 * @param manifest the manifest of the dataset now in the directory
 * @param generated true when the dataset was written, false when it was already up to date
 * @param reason why it was (or was not) written, for logs
 */
public record GenerationResult(Manifest manifest, boolean generated, String reason) {
}
