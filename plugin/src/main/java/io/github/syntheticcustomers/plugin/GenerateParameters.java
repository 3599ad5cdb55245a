package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import java.io.File;
import java.util.Set;
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
 */
record GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
        String referenceDate, int threads) {

    /** Checks every parameter and loads the configuration; configuration errors keep core's message. */
    GenerationRequest toRequest() throws MojoExecutionException {
        if (count < 1) {
            throw InvalidParameter.of("count", "must be at least 1", count, "a whole number >= 1");
        }
        if (threads < 0) {
            throw InvalidParameter.of("threads", "must not be negative", threads,
                    "0 (one per available processor) or a whole number >= 1");
        }
        Set<Format> parsedFormats = parseFormats();
        ConfigParameters configuration = new ConfigParameters(configFile, referenceDate);
        configuration.validate();
        if (outputDirectory == null) {
            throw InvalidParameter.of("outputDirectory", "no output directory given", null, "a directory path");
        }
        GeneratorConfig config = configuration.load();
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            return new GenerationRequest(config, seed, count, parsedFormats, outputDirectory.toPath(), workers);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private Set<Format> parseFormats() throws MojoExecutionException {
        String allowed = "json, jsonl, csv (comma-separated, e.g. json,csv)";
        for (String name : formats == null ? new String[0] : formats.split(",")) {
            if (!name.isBlank() && !isFormat(name)) {
                throw InvalidParameter.of("formats", "unknown format", name.strip(), allowed);
            }
        }
        try {
            return Format.parseList("formats", formats);
        } catch (ConfigException e) {
            throw InvalidParameter.of("formats", "no output format given", formats, allowed);
        }
    }

    private static boolean isFormat(String name) {
        try {
            Format.parse("formats", name);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}
