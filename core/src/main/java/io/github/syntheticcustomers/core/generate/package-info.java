/**
 * Record generation: {@link io.github.syntheticcustomers.core.generate.DatasetGenerator} builds customer {@code i}
 * from (seed, configuration, i) alone, with exact persona, age-decade and risk-level allocations; the
 * {@code customers.*} part.
 */
package io.github.syntheticcustomers.core.generate;
