package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.settings.ConfigSettings;
import io.github.syntheticcustomers.core.settings.DatasetConfig;
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

    /**
     * The configuration {@code check} and {@code report} judge {@code dataset} by: {@code --config}, else the one its
     * manifest records; a warning line when it is not the one the dataset was generated with.
     */
    GeneratorConfig judgedBy(ConfigSettings settings, DatasetDirectory dataset) {
        DatasetConfig judged = settings.forDataset(dataset);
        if (judged.mismatch() != null) {
            err().println("warning: " + judged.mismatch());
        }
        return judged.config();
    }

    /** Where progress, waiting and failures go (standard error unless redirected). */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
