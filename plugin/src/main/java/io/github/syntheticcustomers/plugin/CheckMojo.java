package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs every quality check (persona, age-decade and risk distributions, emotional patterns, journey
 * completion, scenario consistency, journey phases, dataset integrity) on the dataset {@code generate}
 * wrote, with the thresholds of the configuration's {@code quality} section, and writes the results as
 * {@code quality.json} next to the dataset. A failed check fails the build, naming every failed check
 * with its measured value and threshold, unless {@code failOnViolation} is false. Give it the same
 * {@code outputDirectory} as {@code generate}; without {@code configFile} and {@code referenceDate} it takes the
 * configuration the dataset's manifest records.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractDatasetMojo {

    /**
     * Fails the build when a quality check fails; {@code false} only logs the failed checks as
     * warnings ({@code quality.json} is written either way). Example:
     * <code>&lt;failOnViolation&gt;false&lt;/failOnViolation&gt;</code> or {@code -Dsynthetic.failOnViolation=false}.
     */
    @Parameter(property = "synthetic.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        configParameters().validate();
        QualityReport report;
        Path directory;
        try (DatasetDirectory dataset = openDataset()) {
            directory = dataset.path();
            report = ReportFiles.check(dataset, judgedBy(dataset));
        } catch (ConfigException | DatasetDirectoryException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // the cause's own message: "no dataset in ...", not "java.io.IOException: no dataset in ..."
            throw new MojoExecutionException(e.getCause().getMessage(), e.getCause());
        }
        Path written = directory.resolve(ReportFiles.QUALITY);
        if (report.passed()) {
            getLog().info(report.failureMessage() + " Wrote " + written);
            return;
        }
        String message = "Synthetic customers in " + directory + " fail the quality checks (see " + written
                + "): " + report.failureMessage();
        if (failOnViolation) {
            throw new MojoFailureException(message + "\nSet failOnViolation to false (property "
                    + "synthetic.failOnViolation) to only warn, or relax the thresholds in the configuration's "
                    + "quality section.");
        }
        for (String line : message.split("\n", -1)) {
            getLog().warn(line);
        }
        getLog().warn("failOnViolation is false: the build goes on.");
    }

    @Override
    String goalName() {
        return "check";
    }
}
