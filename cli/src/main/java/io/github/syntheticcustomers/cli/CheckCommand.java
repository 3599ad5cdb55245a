package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import io.github.syntheticcustomers.core.settings.ConfigSettings;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: the plugin's {@code check} goal; exit code 1 when a check fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the quality checks on the dataset in --output against the configuration it was generated"
                + " with and writes quality.json.")
final class CheckCommand extends DatasetCommand {

    @Option(names = "--warn-only", description = "Exit 0 even when a check fails (the plugin's failOnViolation=false).")
    boolean warnOnly;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        ConfigSettings settings = config.settings();
        settings.validate();
        QualityReport report;
        try (DatasetDirectory dataset = DatasetDirectory.forReading(directory.output,
                directory.options().withLog(err::println))) {
            report = ReportFiles.check(dataset, judgedBy(settings, dataset));
        }
        String written = directory.output.resolve(ReportFiles.QUALITY).toString();
        if (report.passed()) {
            out.println(report.failureMessage() + " Wrote " + written);
            return SyntheticCustomersCommand.OK;
        }
        err.println("Synthetic customers in " + directory.output + " fail the quality checks (see " + written + "): "
                + report.failureMessage());
        return warnOnly ? SyntheticCustomersCommand.OK : SyntheticCustomersCommand.CHECK_FAILED;
    }
}
