package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses the dataset {@code generate} wrote and writes, next to it, {@code analysis.json} (per-persona
 * funnels, drop-off points, emotional trajectories, time between phases, risk by persona, scenario mix,
 * plain-language insights) and {@code report.html}: one self-contained page (inline SVG and CSS, nothing
 * from the network) with the charts, the quality-check table and the insights. Never fails on a failed
 * quality check (that is {@code check}'s job); the page shows it. Give it the same {@code outputDirectory}
 * as {@code generate}; without {@code configFile} and {@code referenceDate} it takes the
 * configuration the dataset's manifest records.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class ReportMojo extends AbstractDatasetMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException {
        configParameters().validate();
        ReportFiles.Written written;
        try (DatasetDirectory dataset = openDataset()) {
            written = ReportFiles.report(dataset, judgedBy(dataset));
        } catch (ConfigException | DatasetDirectoryException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // the cause's own message: "no dataset in ...", not "java.io.IOException: no dataset in ..."
            throw new MojoExecutionException(e.getCause().getMessage(), e.getCause());
        }
        getLog().info(written.summary("the check goal"));
    }

    @Override
    String goalName() {
        return "report";
    }
}
