package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code generate} goal's parameters as given, checked and turned into a core
 * {@link GenerationRequest}. Kept apart from the mojo so the mapping is tested without Maven.
 *
 * @param seed the seed
 * @param count number of customers
 * @param configFile configuration file, or null for the built-in defaults
 * @param outputDirectory where the files go
 * @param formats comma-separated formats
 * @param referenceDate ISO date overriding the configuration's, or null/blank
 * @param threads worker threads, 0 for one per available processor
 * @param parts comma-separated parts, or {@code all} (every part, the events included)
 * @param shard {@code FROM:TO} for a shard, or null/blank for every record
 */
record GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
        String referenceDate, int threads, String parts, String shard) {

    /** Parameters writing the default parts (every part but the events). */
    GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
            String referenceDate, int threads) {
        this(seed, count, configFile, outputDirectory, formats, referenceDate, threads,
                GenerationSettings.DEFAULT_PARTS, null);
    }

    /** Parameters writing every record of {@code parts}. */
    GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
            String referenceDate, int threads, String parts) {
        this(seed, count, configFile, outputDirectory, formats, referenceDate, threads, parts, null);
    }

    /**
     * Checks every parameter and loads the configuration (core's {@link GenerationSettings}, shared with the
     * command line); configuration errors keep core's message.
     */
    GenerationRequest toRequest() throws MojoExecutionException {
        try {
            return new GenerationSettings(seed, count, configFile == null ? null : configFile.toPath(),
                    outputDirectory == null ? null : outputDirectory.toPath(), formats, parts, referenceDate, threads,
                    shard).toRequest();
        } catch (InvalidSettingException e) {
            throw InvalidParameter.of(e);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
