/**
 * The JUnit 5 extension: {@link io.github.syntheticcustomers.junit.SyntheticCustomers} injects the dataset
 * (the plugin's, when its manifest is on the test class path), {@link io.github.syntheticcustomers.junit.CustomerSource}
 * and {@link io.github.syntheticcustomers.junit.ScenarioSource} feed parameterized tests,
 * {@link io.github.syntheticcustomers.junit.DistributionAssertions} asserts distributions and quality,
 * {@link io.github.syntheticcustomers.junit.TimelineAssertions} the rhythm of the timelines' events,
 * {@link io.github.syntheticcustomers.junit.SeededDatabase} injects a database seeded with the dataset, and
 * {@link io.github.syntheticcustomers.junit.BuildFixture} reads the build's files.
 */
package io.github.syntheticcustomers.junit;
