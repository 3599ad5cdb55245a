/**
 * The dataset's records as immutable Java records: {@link io.github.syntheticcustomers.core.model.CustomerProfile}
 * with its sections, {@link io.github.syntheticcustomers.core.model.TestScenario} and its journey steps.
 */
package io.github.syntheticcustomers.core.model;
