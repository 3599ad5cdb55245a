/**
 * {@code quality.json}, {@code analysis.json} and the self-contained {@code report.html} of a dataset directory
 * ({@link io.github.syntheticcustomers.core.report.ReportFiles}).
 */
package io.github.syntheticcustomers.core.report;
