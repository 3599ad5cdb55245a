package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.settings.ConfigSettings;
import io.github.syntheticcustomers.core.settings.DatasetConfig;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The configuration every goal works with: the {@code configFile} merged over the defaults, then the
 * {@code referenceDate} override. One place, so {@code check} and {@code report} judge a dataset with
 * exactly the configuration {@code generate} wrote it with (otherwise the integrity check would call it
 * stale); without a {@code configFile}, they take the one the dataset's manifest records.
 *
 * @param configFile configuration file, or null for the built-in defaults
 * @param referenceDate ISO date overriding the configuration's, or null/blank
 */
record ConfigParameters(File configFile, String referenceDate) {

    private ConfigSettings settings() {
        return new ConfigSettings(configFile == null ? null : configFile.toPath(), referenceDate);
    }

    /** Checks both parameters without loading anything: a bad value is named before other work starts. */
    void validate() throws MojoExecutionException {
        try {
            settings().validate();
        } catch (InvalidSettingException e) {
            throw InvalidParameter.of(e);
        }
    }

    /**
     * The configuration {@code check} and {@code report} judge {@code dataset} by (core's
     * {@link ConfigSettings#forDataset}): the {@code configFile}, else the one the dataset's manifest records.
     */
    DatasetConfig forDataset(DatasetDirectory dataset) throws MojoExecutionException {
        try {
            return settings().forDataset(dataset);
        } catch (InvalidSettingException e) {
            throw InvalidParameter.of(e);
        } catch (ConfigException | DatasetDirectoryException e) {
            // a configuration error, or a dataset whose recorded configuration no longer loads
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The effective configuration; configuration errors keep core's message (file:line:col, property, value). */
    GeneratorConfig load() throws MojoExecutionException {
        try {
            return settings().load();
        } catch (InvalidSettingException e) {
            throw InvalidParameter.of(e);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
