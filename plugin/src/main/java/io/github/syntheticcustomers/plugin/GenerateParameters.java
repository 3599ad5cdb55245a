package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
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
 * @param parts comma-separated parts, or {@code all}
 */
record GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
        String referenceDate, int threads, String parts) {

    /** Parameters writing every part. */
    GenerateParameters(long seed, long count, File configFile, File outputDirectory, String formats,
            String referenceDate, int threads) {
        this(seed, count, configFile, outputDirectory, formats, referenceDate, threads, "all");
    }

    /** Checks every parameter and loads the configuration; configuration errors keep core's message. */
    GenerationRequest toRequest() throws MojoExecutionException {
        if (count < 1 || count > Limits.MAX_COUNT) {
            throw InvalidParameter.of("count", count < 1 ? "must be at least 1" : "is too large", count,
                    "a whole number from 1 to " + Limits.MAX_COUNT);
        }
        if (threads < 0 || threads > Limits.MAX_THREADS) {
            throw InvalidParameter.of("threads", threads < 0 ? "must not be negative" : "is too large", threads,
                    "0 (one per available processor, at most " + Limits.MAX_THREADS + ") or a whole number from 1 to "
                            + Limits.MAX_THREADS);
        }
        Set<Format> parsedFormats = parseFormats();
        Set<Part> parsedParts = parseParts();
        ConfigParameters configuration = new ConfigParameters(configFile, referenceDate);
        configuration.validate();
        if (outputDirectory == null || outputDirectory.getPath().isBlank()) {
            throw InvalidParameter.of("outputDirectory", "no output directory given", outputDirectory == null ? null : "''",
                    "a directory of its own for the dataset, e.g. target/synthetic-customers");
        }
        ConfigSource source = configuration.source();
        GeneratorConfig config = configuration.load(source);
        int workers = threads == 0 ? Limits.availableThreads() : threads;
        try {
            return new GenerationRequest(config, seed, count, parsedFormats, outputDirectory.toPath(), workers,
                    source, parsedParts);
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

    private Set<Part> parseParts() throws MojoExecutionException {
        for (String name : parts == null ? new String[0] : parts.split(",")) {
            if (!name.isBlank() && !name.strip().equalsIgnoreCase("all")) {
                try {
                    Part.parse("parts", name);
                } catch (ConfigException e) {
                    throw InvalidParameter.of("parts", "unknown part", name.strip(), Part.allowedText());
                }
            }
        }
        try {
            return Part.parseList("parts", parts);
        } catch (ConfigException e) {
            throw InvalidParameter.of("parts", "no part given", parts, Part.allowedText());
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
