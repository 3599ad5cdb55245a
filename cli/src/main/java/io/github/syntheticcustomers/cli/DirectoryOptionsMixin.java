package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.settings.NumericSettings;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The dataset directory options every command shares: where the dataset is, and how long to wait for its lock. */
final class DirectoryOptionsMixin {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = GenerationRequest.DEFAULT_OUTPUT_DIRECTORY,
            description = "The dataset directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--lock-timeout", converter = NumberOptions.LockTimeout.class, paramLabel = "SECONDS",
            defaultValue = "600", description = "Seconds to wait for another run on the same directory, 0 to fail at"
                    + " once, at most 1000000 (default: ${DEFAULT-VALUE}).")
    long lockTimeout;

    /** The directory options: the working directory is protected, as the plugin protects the project's. */
    DirectoryOptions options() {
        return DirectoryOptions.defaults().withLockTimeout(NumericSettings.lockTimeout(lockTimeout))
                .withProtectedDirectories(List.of(Path.of("").toAbsolutePath()));
    }
}
