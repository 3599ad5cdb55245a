package io.github.syntheticcustomers.core.quality;

import java.util.List;

/**
 * The result of one named check.
 *
 * @param name stable id, e.g. {@code persona_distribution}
 * @param title human-readable name for reports
 * @param description what the check verifies and why
 * @param status pass, fail or skipped
 * @param summary one sentence: what was found
 * @param measurements every measured value with its threshold, failed or not
 * @param examples up to {@value #MAX_EXAMPLES} concrete offending records, for a quick fix
 */
public record CheckResult(String name, String title, String description, CheckStatus status, String summary,
        List<Measurement> measurements, List<String> examples) {

    /** Most offending records listed per check. */
    public static final int MAX_EXAMPLES = 10;

    public CheckResult {
        measurements = List.copyOf(measurements);
        examples = List.copyOf(examples.size() > MAX_EXAMPLES ? examples.subList(0, MAX_EXAMPLES) : examples);
    }

    /** A result whose status follows from its measurements: fail when any measurement failed. */
    static CheckResult judged(QualityCheck check, String summary, List<Measurement> measurements,
            List<String> examples) {
        boolean ok = measurements.stream().allMatch(Measurement::passed);
        return new CheckResult(check.name(), check.title(), check.description(), ok ? CheckStatus.PASS
                : CheckStatus.FAIL, summary, measurements, examples);
    }

    /**
     * A check that measured too little to judge: skipped, its summary {@code skipped: too few records: <why>}, with
     * what it measured (none of it judged) kept for the record.
     */
    static CheckResult tooFew(QualityCheck check, String why, List<Measurement> measurements, List<String> examples) {
        return new CheckResult(check.name(), check.title(), check.description(), CheckStatus.SKIPPED,
                "skipped: too few records: " + why, measurements, examples);
    }

    /** A skipped result, with the reason. */
    static CheckResult skipped(QualityCheck check, String reason) {
        return new CheckResult(check.name(), check.title(), check.description(), CheckStatus.SKIPPED, reason,
                List.of(), List.of());
    }

    /** The measurements outside their thresholds. */
    public List<Measurement> failedMeasurements() {
        return measurements.stream().filter(m -> !m.passed()).toList();
    }
}
