/**
 * The Maven plugin's goals {@code generate}, {@code check} and {@code report}: thin adapters that turn
 * parameters into one core call (README "Maven plugin").
 */
package io.github.syntheticcustomers.plugin;
