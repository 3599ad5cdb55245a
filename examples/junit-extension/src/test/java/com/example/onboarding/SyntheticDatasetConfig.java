package com.example.onboarding;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;

/** The configuration the datasets of these tests use (the built-in defaults). */
final class SyntheticDatasetConfig {

    static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    private SyntheticDatasetConfig() {
    }
}
