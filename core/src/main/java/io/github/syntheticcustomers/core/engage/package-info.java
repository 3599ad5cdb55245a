/**
 * Engagement-adapted UI steps: the engine that adapts each journey step to the customer (tier, approach,
 * emotional support, truthful texts), the simulated interactions and the pattern metrics, and the
 * {@code engagement-steps.*} part.
 */
package io.github.syntheticcustomers.core.engage;
