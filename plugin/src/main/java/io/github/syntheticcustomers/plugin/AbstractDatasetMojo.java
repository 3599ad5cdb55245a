package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.settings.DatasetConfig;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import io.github.syntheticcustomers.core.settings.NumericSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Base of the goals that work on one dataset directory: owns the parameters naming the dataset and its
 * configuration ({@code configFile}, {@code outputDirectory}, {@code referenceDate}), so {@code generate},
 * {@code check} and {@code report} resolve them identically. That matters: {@code check} and
 * {@code report} must judge the dataset with the configuration it was generated with, or the integrity
 * check reports it as stale.
 */
public abstract class AbstractDatasetMojo extends AbstractSyntheticCustomersMojo {

    /**
     * A YAML (or {@code .json}) configuration file merged over the built-in defaults: personas and
     * their shares, age decades, risk levels, reference date, quality thresholds. {@code generate} uses
     * its content (not its path) in the up-to-date check, and records it in {@code manifest.json}. Without it,
     * {@code generate} uses the built-in defaults, and {@code check} and {@code report} the configuration the
     * manifest records; given to them, a file whose content differs from the recorded one is named in a warning
     * and fails the {@code dataset_integrity} check. Example:
     * <code>&lt;configFile&gt;${project.basedir}/src/test/synthetic/personas.yaml&lt;/configFile&gt;</code>.
     */
    @Parameter(property = "synthetic.configFile")
    File configFile;

    /**
     * The dataset directory: {@code generate} writes the files there (and adds it to the project's test
     * resources; two {@code generate} executions in one build must not share it), {@code check} and
     * {@code report} read the dataset from it and write {@code quality.json}, {@code report.html} and
     * {@code analysis.json} next to it. Default: <code>${project.build.directory}/synthetic-customers</code>,
     * and without a project {@code ./target/synthetic-customers} in the current directory. Example:
     * <code>&lt;outputDirectory&gt;${project.build.directory}/customers-large&lt;/outputDirectory&gt;</code>.
     */
    @Parameter(property = "synthetic.outputDirectory")
    File outputDirectory;

    /**
     * ISO date every generated date is anchored to, overriding the configuration's
     * {@code reference_date} (default 2026-01-01); never the clock. {@code check} and {@code report} take
     * the dataset's own (recorded in its manifest) unless given one. Example: <code>&lt;referenceDate&gt;2025-07-01&lt;/referenceDate&gt;</code>.
     */
    @Parameter(property = "synthetic.referenceDate")
    String referenceDate;

    /**
     * Seconds to wait while another build (another process, or another module of a parallel build) works
     * on the same output directory: every goal locks the directory ({@code .synthetic-customers.lock}) for
     * the whole run, and waits for the lock with one log line. {@code 0} fails at once; at most 1000000 (about 11.6
     * days). Example:
     * {@code -Dsynthetic.lockTimeout=60}.
     */
    @Parameter(property = "synthetic.lockTimeout", defaultValue = "600")
    int lockTimeout;

    /** The configuration file and reference date as given (paths resolved), not yet loaded. */
    ConfigParameters configParameters() {
        return new ConfigParameters(resolve(configFile), referenceDate);
    }

    /** The effective configuration, loaded exactly as {@code generate} loads it. */
    GeneratorConfig config() throws MojoExecutionException {
        return configParameters().load();
    }

    /**
     * The configuration {@code check} and {@code report} judge {@code dataset} by: the {@code configFile}, else the
     * one its manifest records; a warning when it is not the one the dataset was generated with.
     */
    GeneratorConfig judgedBy(DatasetDirectory dataset) throws MojoExecutionException {
        DatasetConfig judged = configParameters().forDataset(dataset);
        if (judged.mismatch() != null) {
            getLog().warn(judged.mismatch());
        }
        return judged.config();
    }

    /**
     * The output directory: as configured, else the project's {@code target/synthetic-customers}, else
     * (no project) {@code ./target/synthetic-customers}. The default is computed here, not in the
     * annotation, because the stub project of a run without {@code pom.xml} has no usable build directory.
     */
    File outputDirectory() {
        if (outputDirectory != null) {
            return resolve(outputDirectory);
        }
        if (hasProject()) {
            return new File(project.getBuild().getDirectory(), "synthetic-customers");
        }
        return new File(workingDirectory(), GenerationRequest.DEFAULT_OUTPUT_DIRECTORY);
    }

    /**
     * How every goal treats the output directory: the lock timeout, the directories a dataset may never be
     * (the project's base directory and the build's root, besides the file-system roots, the user's home and
     * the working directory) and a log line while waiting for the lock.
     */
    /** The prefix of the lines the core library logs as warnings. */
    private static final String WARNING = "warning: ";

    DirectoryOptions directoryOptions() throws MojoExecutionException {
        Duration timeout;
        try {
            timeout = NumericSettings.lockTimeout(lockTimeout);
        } catch (InvalidSettingException e) {
            throw InvalidParameter.of(e);
        }
        List<Path> protectedDirectories = new ArrayList<>();
        if (hasProject()) {
            protectedDirectories.add(project.getBasedir().toPath());
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            protectedDirectories.add(Path.of(session.getExecutionRootDirectory()));
        }
        return DirectoryOptions.defaults().withLockTimeout(timeout)
                .withProtectedDirectories(protectedDirectories).withLog(this::log);
    }

    /** A line of the run's log: a warning (the configuration's, or the directory's) at warning level. */
    private void log(String line) {
        if (line.startsWith(WARNING)) {
            getLog().warn(line.substring(WARNING.length()));
        } else {
            getLog().info(line);
        }
    }

    /**
     * The output directory, refused when its user property was given empty ({@code -Dsynthetic.outputDirectory=}
     * would otherwise mean the project's base directory).
     */
    Path outputPath() throws MojoExecutionException {
        String property = session == null ? null : session.getUserProperties().getProperty("synthetic.outputDirectory");
        if (property != null && property.isBlank() && outputDirectory != null) {
            throw InvalidParameter.of("outputDirectory", "is empty", "''",
                    "a directory of its own for the dataset, e.g. target/synthetic-customers");
        }
        return outputDirectory().toPath();
    }

    /**
     * Opens the dataset {@code generate} wrote, locked for this goal; fails, telling what to do, when the
     * directory holds no valid dataset.
     */
    DatasetDirectory openDataset() throws MojoExecutionException {
        try {
            return DatasetDirectory.forReading(outputPath(), directoryOptions());
        } catch (DatasetDirectoryException e) {
            throw new MojoExecutionException(e.getMessage() + ". Run the generate goal first with the same "
                    + "outputDirectory (property synthetic.outputDirectory), e.g. bind generate in the pom or run "
                    + "mvn synthetic-customers:generate synthetic-customers:" + goalName() + ".", e);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** This goal's name, for messages. */
    abstract String goalName();

    /** Relative paths given to a run without a project are relative to the directory Maven runs in. */
    File resolve(File file) {
        if (file == null || file.isAbsolute() || hasProject()) {
            return file;
        }
        return new File(workingDirectory(), file.getPath());
    }

    private File workingDirectory() {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return new File(root != null ? root : System.getProperty("user.dir"));
    }
}
