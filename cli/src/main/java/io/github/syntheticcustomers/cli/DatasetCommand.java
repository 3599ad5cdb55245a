package io.github.syntheticcustomers.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command over a dataset directory: the configuration and directory options, and the command's output streams. */
abstract class DatasetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    DirectoryOptionsMixin directory;

    /** Where results go (standard output unless redirected by the caller). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress, waiting and failures go (standard error unless redirected). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
