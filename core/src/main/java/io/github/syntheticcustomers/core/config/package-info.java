/**
 * The configuration: built-in defaults, a user's YAML or JSON file merged over them and validated
 * ({@link io.github.syntheticcustomers.core.config.ConfigLoader}), errors that name file, line, column and
 * property ({@link io.github.syntheticcustomers.core.config.ConfigException}), and the accepted input domains
 * ({@link io.github.syntheticcustomers.core.config.Limits}).
 */
package io.github.syntheticcustomers.core.config;
