package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code synthetic-customers}: the command line over core, for builds without Maven (Gradle {@code JavaExec},
 * npm scripts, shells). Subcommands {@code generate}, {@code check}, {@code report} and {@code show} take the
 * plugin's parameters as options with the same defaults, checks and messages (core's
 * {@link io.github.syntheticcustomers.core.settings.GenerationSettings}); {@code merge} joins the shards that
 * {@code generate --shard} writes; {@code load} loads a dataset's relational files into a database.
 *
 * <p>Exit codes: {@value #OK} done; {@value #CHECK_FAILED} a quality check failed, or the run failed (an I/O error
 * such as a full disk, a denied permission or a directory where a file must go, a lock timeout, a damaged dataset, a
 * tampered shard or a refused merge of its contents); {@value #USAGE} bad usage or configuration only (unknown option,
 * invalid or out-of-range value, an error in the configuration file, a refused output directory, no dataset or shard
 * where one is needed, shards that do not make one dataset).
 */
@Command(name = "synthetic-customers", mixinStandardHelpOptions = true, versionProvider = SyntheticCustomersCommand.Version.class,
        description = "Seeded synthetic customers, journeys and engagement steps: the same seed gives the same bytes.",
        subcommands = {GenerateCommand.class, CheckCommand.class, ReportCommand.class, ShowCommand.class, MergeCommand.class,
            LoadCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a quality check failed, or the run failed (I/O error, lock timeout, damaged"
                + " dataset or shard)", "2:bad usage or configuration (option, configuration file, output directory)"})
public final class SyntheticCustomersCommand implements Runnable {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: a quality check failed, or the run failed. */
    public static final int CHECK_FAILED = 1;
    /** Exit code: bad usage or configuration. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: generate, check, report, show, merge or load");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new SyntheticCustomersCommand());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new Failures());
        CommandLine.IParameterExceptionHandler usage = line.getParameterExceptionHandler();
        line.setParameterExceptionHandler((e, arguments) -> {
            // a numeric option out of range or no number (NumberOptions): one line in the plugin's words
            if (e.getCause() instanceof InvalidSettingException s) {
                e.getCommandLine().getErr().println("error: " + Failures.message(s));
                return USAGE;
            }
            return usage.handleParseException(e, arguments);
        });
        int code;
        try {
            code = line.execute(args);
        } catch (OutOfMemoryError e) {
            // generate, check and report stream in constant memory: only a tiny heap or a huge configuration gets here
            err.println("error: out of memory (" + e.getMessage() + "); run java with a larger -Xmx (the commands"
                    + " stream the records, so 256 MB is enough for the defaults at any count)");
            code = CHECK_FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --version}: this library's version, which every manifest records. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"synthetic-customers " + SyntheticDatasets.version()};
        }
    }
}
