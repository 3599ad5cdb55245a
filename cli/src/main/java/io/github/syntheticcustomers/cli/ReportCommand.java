package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
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
        out().println(written.summary("check"));
        return SyntheticCustomersCommand.OK;
    }
}
