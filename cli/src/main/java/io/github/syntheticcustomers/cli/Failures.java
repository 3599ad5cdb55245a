package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.InvalidManifestException;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;

/**
 * Turns what a command throws into one {@code error:} line and an exit code, never a stack trace: a refused
 * setting names the option ({@code Invalid option --count: must be at least 1 (was: 0; allowed: ...)}), as
 * the plugin names its parameter with the same problem and allowed text.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** Core's setting names (the plugin's parameter names) to this command line's options. */
    private static final Map<String, String> OPTIONS = Map.of("seed", "--seed", "count", "--count",
            "configFile", "--config", "outputDirectory", "--output", "formats", "--formats", "parts", "--parts",
            "referenceDate", "--reference-date", "threads", "--threads", "lockTimeout", "--lock-timeout", "shard", "--shard");

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        int code;
        String message;
        if (e instanceof InvalidSettingException s) {
            message = message(s);
            code = SyntheticCustomersCommand.USAGE;
        } else if (e instanceof ConfigException) {
            // an error in the configuration file, or a refused output directory
            message = e.getMessage();
            code = SyntheticCustomersCommand.USAGE;
        } else if (e instanceof DatasetDirectoryException d) {
            // no dataset or no shard where one is needed is bad usage; an I/O error, a lock timeout, a damaged or
            // tampered dataset or shard is a failed run
            message = d.getMessage();
            code = d.isWrongDirectory() ? SyntheticCustomersCommand.USAGE : SyntheticCustomersCommand.CHECK_FAILED;
        } else if (e instanceof InvalidManifestException) {
            // a damaged or tampered manifest (a shard's, for merge): the data is wrong, not the command
            message = e.getMessage();
            code = SyntheticCustomersCommand.CHECK_FAILED;
        } else if (e instanceof UncheckedIOException io) {
            // "no dataset in ..." and read errors: the cause's own words, not "java.io.IOException: ..."
            message = io.getCause() == null ? io.getMessage() : io.getCause().getMessage();
            code = message != null && message.startsWith("no dataset in ") ? SyntheticCustomersCommand.USAGE
                    : SyntheticCustomersCommand.CHECK_FAILED;
        } else {
            message = e.getClass().getSimpleName() + ": " + e.getMessage();
            code = SyntheticCustomersCommand.CHECK_FAILED;
        }
        line.getErr().println("error: " + message);
        return code;
    }

    /**
     * The one line for a refused setting, without {@code error: }: {@code Invalid option --count: must be at least 1
     * (was: 0; allowed: ...)}, or {@code Invalid parameter INDEX: ...} for {@code show}'s record index.
     */
    static String message(InvalidSettingException s) {
        String option = option(s.setting());
        return "Invalid " + (option.startsWith("--") ? "option " : "parameter ") + option + ": " + s.problem()
                + " (was: " + s.value() + "; allowed: " + s.allowed() + ")";
    }

    /** The option that sets core's setting {@code name}. */
    static String option(String name) {
        return name.equals("index") ? "INDEX" : OPTIONS.getOrDefault(name, "--" + name);
    }
}
