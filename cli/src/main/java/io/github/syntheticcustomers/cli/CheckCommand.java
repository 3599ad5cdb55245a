package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: the plugin's {@code check} goal; exit code 1 when a check fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the quality checks on the dataset in --output against the configuration it was generated"
                + " with and writes quality.json.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--warn-only", description = "Exit 0 even when a check fails (the plugin's failOnViolation=false).")
    boolean warnOnly;

    @Mixin
    ConfigOptions config;

    @Mixin
    DirectoryOptionsMixin directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GeneratorConfig loaded = config.settings().load();
        QualityReport report;
        try (DatasetDirectory dataset = DatasetDirectory.forReading(directory.output,
                directory.options().withLog(err::println))) {
            report = ReportFiles.check(dataset, loaded);
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
