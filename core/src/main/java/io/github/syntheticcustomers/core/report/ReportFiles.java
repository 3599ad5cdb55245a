package io.github.syntheticcustomers.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.AnalysisPass;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.DerivedFile;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The entry points of the plugin's {@code check} and {@code report} goals, and the writers of
 * {@code quality.json}, {@code analysis.json} and {@code report.html}. Each file is written whole or not
 * at all (temporary file, then move), in UTF-8 with LF line ends, and depends only on the dataset and the
 * configuration — no time stamp — so the same dataset gives the same bytes.
 */
public final class ReportFiles {

    /** File name of the quality-check results. */
    public static final String QUALITY = DerivedFile.QUALITY.fileName();
    /** File name of the analysis. */
    public static final String ANALYSIS = DerivedFile.ANALYSIS.fileName();
    /** File name of the report page. */
    public static final String REPORT = DerivedFile.REPORT.fileName();

    private ReportFiles() {
    }

    /**
     * Reads the dataset in {@code directory} once, in constant memory, runs every quality check with the thresholds of
     * {@code config}, and writes {@code quality.json} into {@code directory}. The caller decides whether a
     * failed check fails the build ({@link QualityReport#passed()}, {@link QualityReport#failureMessage()}).
     *
     * @throws DatasetDirectoryException when the directory holds no valid dataset
     */
    public static QualityReport check(Path directory, GeneratorConfig config) {
        try (DatasetDirectory opened = DatasetDirectory.forReading(directory, DirectoryOptions.defaults())) {
            return check(opened, config);
        }
    }

    /** As {@link #check(Path, GeneratorConfig)}, in a directory the caller opened (and locked). */
    public static QualityReport check(DatasetDirectory directory, GeneratorConfig config) {
        // one pass over the files, one record at a time: constant memory whatever the count
        QualityReport report = QualityChecks.run(directory.path(), config);
        directory.writeDerived(Map.of(DerivedFile.QUALITY, json(report)));
        return report;
    }

    /** What {@link #report(Path, GeneratorConfig)} produced. */
    public record Written(Analysis analysis, QualityReport quality, Path reportFile, Path analysisFile) {

        /**
         * The one line a goal or command logs, e.g. {@code Wrote …/report.html, …/analysis.json and …/quality.json (12
         * insights; all 12 quality checks passed)}, or {@code 11 of 12 quality checks passed, 1 skipped} when a check
         * lacked a part; {@code checkName} is how the caller's users run the checks.
         */
        public String summary(String checkName) {
            return "Wrote " + reportFile + ", " + analysisFile + " and " + reportFile.resolveSibling(QUALITY) + " ("
                    + analysis.insights().size() + " insights; "
                    + (quality.passed() ? quality.passedSummary()
                            : quality.failed().size() + " of " + quality.checks().size()
                                    + " quality checks failed, listed in the report and by " + checkName) + ")";
        }
    }

    /**
     * Reads the dataset in {@code directory} once, in constant memory, analyses it and runs the quality checks in
     * that one pass, and writes {@code report.html}, {@code analysis.json} and {@code quality.json} into
     * {@code directory}.
     *
     * @throws DatasetDirectoryException when the directory holds no valid dataset
     */
    public static Written report(Path directory, GeneratorConfig config) {
        try (DatasetDirectory opened = DatasetDirectory.forReading(directory, DirectoryOptions.defaults())) {
            return report(opened, config);
        }
    }

    /** As {@link #report(Path, GeneratorConfig)}, in a directory the caller opened (and locked). */
    public static Written report(DatasetDirectory directory, GeneratorConfig config) {
        AnalysisPass pass = Analysis.start(config);
        QualityReport quality = QualityChecks.run(directory.path(), config, pass);
        Analysis analysis = pass.finish().withManifest(directory.manifest());
        Map<DerivedFile, byte[]> files = new EnumMap<>(DerivedFile.class);
        files.put(DerivedFile.QUALITY, json(quality));
        files.put(DerivedFile.ANALYSIS, json(analysis));
        files.put(DerivedFile.REPORT, ReportRenderer.render(analysis, quality).getBytes(StandardCharsets.UTF_8));
        directory.writeDerived(files);
        return new Written(analysis, quality, directory.path().resolve(REPORT), directory.path().resolve(ANALYSIS));
    }

    /** Pretty JSON with the dataset files' conventions (snake_case, fixed decimals, LF, final newline). */
    static byte[] json(Object value) {
        try {
            return (JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(value) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
