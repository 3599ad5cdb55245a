package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import picocli.CommandLine.Command;

/** {@code report}: the plugin's {@code report} goal (report.html, analysis.json, quality.json). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes report.html, analysis.json and quality.json for the dataset in --output.")
final class ReportCommand extends DatasetCommand {

    @Override
    public Integer call() {
        GeneratorConfig loaded = config.settings().load();
        ReportFiles.Written written;
        try (DatasetDirectory dataset = DatasetDirectory.forReading(directory.output,
                directory.options().withLog(err()::println))) {
            written = ReportFiles.report(dataset, loaded);
        }
        QualityReport quality = written.quality();
        out().println("Wrote " + written.reportFile() + " and " + written.analysisFile() + " ("
                + written.analysis().insights().size() + " insights; " + (quality.passed()
                        ? "all " + quality.checks().size() + " quality checks passed"
                        : quality.failed().size() + " of " + quality.checks().size()
                                + " quality checks failed, listed in the report and by check") + ")");
        return SyntheticCustomersCommand.OK;
    }
}
