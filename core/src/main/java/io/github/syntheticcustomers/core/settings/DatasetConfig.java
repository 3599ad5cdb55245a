package io.github.syntheticcustomers.core.settings;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.Nullable;

/**
 * The configuration {@code check} and {@code report} judge a dataset by ({@link ConfigSettings#forDataset}), and
 * whether it is the one the dataset was generated with.
 *
 * @param config the effective configuration
 * @param description what it is, e.g. {@code the configuration manifest.json records (personas.yaml)} or
 *     {@code configuration file other.yaml}
 * @param mismatch null when its digest is the manifest's; otherwise one line naming both configurations and what
 *     follows (the {@code dataset_integrity} check fails), for the adapter to show as a warning
 */
public record DatasetConfig(GeneratorConfig config, String description, @Nullable String mismatch) {
}
