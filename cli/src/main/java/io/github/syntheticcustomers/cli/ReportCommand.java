package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.report.ReportFiles;
import io.github.syntheticcustomers.core.settings.ConfigSettings;
import picocli.CommandLine.Command;

/** {@code report}: the plugin's {@code report} goal (report.html, analysis.json, quality.json). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes report.html, analysis.json and quality.json for the dataset in --output.")
final class ReportCommand extends DatasetCommand {

    @Override
    public Integer call() {
        ConfigSettings settings = config.settings();
        settings.validate();
        ReportFiles.Written written;
        try (DatasetDirectory dataset = DatasetDirectory.forReading(directory.output,
                directory.options().withLog(err()::println))) {
            written = ReportFiles.report(dataset, judgedBy(settings, dataset));
        }
        out().println(written.summary("check"));
        return SyntheticCustomersCommand.OK;
    }
}
