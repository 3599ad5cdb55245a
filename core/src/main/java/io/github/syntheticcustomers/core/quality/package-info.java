/**
 * Quality checks over a dataset read from files or held in memory
 * ({@link io.github.syntheticcustomers.core.quality.QualityChecks}), with thresholds from the configuration's
 * {@code quality} section.
 */
package io.github.syntheticcustomers.core.quality;
