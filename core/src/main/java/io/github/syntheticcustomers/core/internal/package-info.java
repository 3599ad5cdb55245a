/**
 * <b>Not API.</b> Mechanisms shared by core and this project's own modules (seeded random streams, exact
 * apportionment, JSON mappers, decimal formatting, parallel record generation). Its types may change in any
 * release; no public signature outside this package names one of them ({@code InternalPackagesTest}), and the
 * plugin and the command line do not use it.
 */
package io.github.syntheticcustomers.core.internal;
