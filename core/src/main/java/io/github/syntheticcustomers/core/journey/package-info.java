/**
 * Customer journeys as test scenarios: the journey framework resolved from the configuration (phases, steps,
 * emotional states, transitions), scenario types, and the {@code scenarios.*} part.
 */
package io.github.syntheticcustomers.core.journey;
