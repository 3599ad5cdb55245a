package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;

/** One named quality check over a loaded dataset. Implementations are stateless and thread-safe. */
interface QualityCheck {

    /** Stable id used in {@code quality.json} and messages. */
    String name();

    /** Human-readable name. */
    String title();

    /** What the check verifies. */
    String description();

    /** Runs the check; thresholds come from {@code config.quality()}. */
    CheckResult run(LoadedDataset dataset, GeneratorConfig config);
}
