package io.github.syntheticcustomers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in this JVM, as the tests see it: its exit code and everything it printed.
 *
 * @param exit the exit code
 * @param out what it printed to standard output
 * @param err what it printed to standard error
 */
record CommandRun(int exit, String out, String err) {

    /** Runs the command line with {@code args}. */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SyntheticCustomersCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
