/**
 * Analysis of a dataset for the report and {@code analysis.json}: distributions, journey funnels, prevalence
 * against the reference table, engagement by outcome, and the insights drawn from them.
 */
package io.github.syntheticcustomers.core.analysis;
