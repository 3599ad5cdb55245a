package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.settings.ConfigSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The configuration options every command shares: the plugin's {@code configFile} and {@code referenceDate}. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (YAML, or JSON when it ends in .json) merged over the built-in defaults;"
                    + " without it, check and report use the one the dataset's manifest records.")
    Path config;

    @Option(names = "--reference-date", paramLabel = "DATE",
            description = "ISO date (yyyy-MM-dd) that anchors every date, overriding the configuration's (check and"
                    + " report: the one the dataset's manifest records).")
    String referenceDate;

    ConfigSettings settings() {
        return new ConfigSettings(config, referenceDate);
    }
}
