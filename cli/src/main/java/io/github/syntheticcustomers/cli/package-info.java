/**
 * The {@code synthetic-customers} command line ({@link io.github.syntheticcustomers.cli.SyntheticCustomersCommand}):
 * {@code generate}, {@code check}, {@code report} and {@code show}, parsed by picocli, each a thin adapter over one
 * core call.
 */
package io.github.syntheticcustomers.cli;
