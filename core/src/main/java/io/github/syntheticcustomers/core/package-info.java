/**
 * The core's front door: {@link io.github.syntheticcustomers.core.SyntheticDatasets} (generate, update,
 * status), {@link io.github.syntheticcustomers.core.GenerationRequest} (everything a dataset is made from) and
 * {@link io.github.syntheticcustomers.core.SyntheticDataset} (the same records in memory). The core knows
 * nothing of Maven, JUnit or a command-line parser; the adapters call it.
 */
package io.github.syntheticcustomers.core;
