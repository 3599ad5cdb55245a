/**
 * The Maven plugin's goals {@code generate}, {@code check} and {@code report}: thin adapters that turn
 * parameters into one core call (guide: maven-plugin.md).
 */
package io.github.syntheticcustomers.plugin;
