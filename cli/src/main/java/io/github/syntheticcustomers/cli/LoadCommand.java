package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.database.DatabaseLoadException;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.github.syntheticcustomers.database.LoadProgress;
import io.github.syntheticcustomers.database.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code load}: the dataset's relational files into a database, in one transaction ({@link DatabaseLoader},
 * docs/databases.md). The jar carries the PostgreSQL driver; H2's and DuckDB's go on the class path.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the relational files of the dataset in DIR (written by generate --formats"
                + " json,relational) into a database, in one transaction: PostgreSQL through COPY, H2 through batched"
                + " inserts, DuckDB reading the files itself. Creates the tables (or checks those there), checks every"
                + " row count against the manifest, and refuses rows already there unless --replace.",
            "The jar carries the PostgreSQL driver; for H2 or DuckDB put the driver's jar on the class path: java -cp"
                + " synthetic-customers-cli-all.jar:h2.jar io.github.syntheticcustomers.cli.SyntheticCustomersCommand"
                + " load ..."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "1:nothing loaded: a damaged dataset, rows already there, a violated constraint,"
                + " a database error", "2:bad usage (option, no dataset in DIR, no password in --password-env)"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = GenerationRequest.DEFAULT_OUTPUT_DIRECTORY,
            description = "The dataset directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
            description = "The database, e.g. jdbc:postgresql://localhost:5432/test, jdbc:h2:./test, jdbc:duckdb:test.db.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "The database user (default: the driver's).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the password (never on the command line).")
    String passwordEnv;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "The schema to load into, created if missing (default: the connection's current schema).")
    String schema;

    @Option(names = "--replace", description = "Replace the rows the tables hold (default: refuse to load over them).")
    boolean replace;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                err.println("error: Invalid option --password-env: the environment variable " + passwordEnv
                        + " is not set (was: " + passwordEnv + "; allowed: the name of a set environment variable)");
                return SyntheticCustomersCommand.USAGE;
            }
        }
        DatabaseLoader loader;
        try {
            loader = DatabaseLoader.forUrl(url, user, password).schema(schema).replaceExisting(replace);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage().replace("Invalid schema name: ", "Invalid option --schema: "));
            return SyntheticCustomersCommand.USAGE;
        }
        if (!quiet) {
            loader = loader.progress(p -> progress(err, p));
        }
        LoadResult result;
        try {
            result = loader.load(directory);
        } catch (DatabaseLoadException e) {
            err.println("error: " + e.getMessage());
            return e.getMessage().startsWith("no dataset in ") ? SyntheticCustomersCommand.USAGE
                    : SyntheticCustomersCommand.CHECK_FAILED;
        }
        out.println("Loaded " + result.totalRows() + " rows into " + result.rows().size() + " tables of schema "
                + result.schema() + " (" + result.databaseProduct() + ", " + (result.copy() ? "COPY" : "inserts")
                + ") from " + directory);
        return SyntheticCustomersCommand.OK;
    }

    private static void progress(PrintWriter err, LoadProgress p) {
        if (p.done()) {
            err.println("loaded " + p.table() + ": " + p.rows() + " rows (" + p.tableNumber() + "/" + p.tables() + ")");
        }
    }
}
