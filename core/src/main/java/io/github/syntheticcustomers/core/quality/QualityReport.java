package io.github.syntheticcustomers.core.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.syntheticcustomers.core.model.Nullable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results of every quality check on one dataset: written as {@code quality.json}, shown in
 * {@code report.html}, and turned into a build failure by the plugin's {@code check} goal.
 *
 * @param customers number of customer records checked
 * @param scenarios number of scenarios checked
 * @param seed the seed from the dataset's manifest, null when the dataset has none
 * @param datasetFingerprint the fingerprint of the dataset judged (its manifest's), so a reader can tell whether this
 *     file still describes the dataset beside it; null when the dataset has no manifest
 * @param checks every check's result, in a fixed order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"passed", "customers", "scenarios", "seed", "dataset_fingerprint", "passed_checks", "failed_checks", "skipped_checks",
        "checks"})
public record QualityReport(long customers, long scenarios, @Nullable Long seed, @Nullable String datasetFingerprint,
        List<CheckResult> checks) {

    public QualityReport {
        checks = List.copyOf(checks);
    }

    /** True when no check failed (skipped checks do not fail a dataset). */
    @JsonProperty("passed")
    public boolean passed() {
        return failed().isEmpty();
    }

    /** The failed checks, in check order. */
    public List<CheckResult> failed() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
    }

    /**
     * How many checks passed when none failed, for one-line summaries: {@code all 12 quality checks passed}, or
     * {@code 7 of 12 quality checks passed, 5 skipped} (a skipped check is not called passed).
     */
    public String passedSummary() {
        return skippedChecks() == 0 ? "all " + checks.size() + " quality checks passed"
                : passedChecks() + " of " + checks.size() + " quality checks passed, " + skippedChecks() + " skipped";
    }

    /** The skipped checks, in check order (a part or module they need was not there). */
    public List<CheckResult> skipped() {
        return checks.stream().filter(c -> c.status() == CheckStatus.SKIPPED).toList();
    }

    @JsonProperty("passed_checks")
    int passedChecks() {
        return count(CheckStatus.PASS);
    }

    @JsonProperty("failed_checks")
    int failedChecks() {
        return count(CheckStatus.FAIL);
    }

    @JsonProperty("skipped_checks")
    int skippedChecks() {
        return count(CheckStatus.SKIPPED);
    }

    private int count(CheckStatus status) {
        return (int) checks.stream().filter(c -> c.status() == status).count();
    }

    /** The result of the check named {@code name}; fails when there is none. */
    public CheckResult check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quality check named '" + name + "'"));
    }

    /**
     * Every failed check with each failed value and its threshold, one per line, e.g. for a build
     * failure; a one-line confirmation when everything passed.
     */
    public String failureMessage() {
        List<CheckResult> failed = failed();
        if (failed.isEmpty()) {
            return skippedChecks() == 0 ? "All " + checks.size() + " quality checks passed (0 skipped)."
                    : passedSummary() + " (" + skipped().stream().map(CheckResult::name)
                            .collect(Collectors.joining(", ")) + "); none failed.";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(failed.size()).append(" of ").append(checks.size()).append(" quality checks failed:");
        for (CheckResult c : failed) {
            sb.append("\n  - ").append(c.name()).append(": ").append(c.summary());
            for (Measurement m : c.failedMeasurements()) {
                sb.append("\n      ").append(m.describe());
            }
            for (String e : c.examples()) {
                sb.append("\n      e.g. ").append(e);
            }
        }
        return sb.toString();
    }
}
