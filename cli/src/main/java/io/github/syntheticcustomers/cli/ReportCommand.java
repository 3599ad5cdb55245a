package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code report}: the plugin's {@code report} goal (report.html, analysis.json, quality.json). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes report.html, analysis.json and quality.json for the dataset in --output.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    DirectoryOptionsMixin directory;

    @Override
    public Integer call() {
        GeneratorConfig loaded = config.settings().load();
        ReportFiles.Written written;
        try (DatasetDirectory dataset = DatasetDirectory.forReading(directory.output,
                directory.options().withLog(spec.commandLine().getErr()::println))) {
            written = ReportFiles.report(dataset, loaded);
        }
        QualityReport quality = written.quality();
        spec.commandLine().getOut().println("Wrote " + written.reportFile() + " and " + written.analysisFile() + " ("
                + written.analysis().insights().size() + " insights; " + (quality.passed()
                        ? "all " + quality.checks().size() + " quality checks passed"
                        : quality.failed().size() + " of " + quality.checks().size()
                                + " quality checks failed, listed in the report and by check") + ")");
        return SyntheticCustomersCommand.OK;
    }
}
