package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The configuration every goal works with: the {@code configFile} merged over the defaults, then the
 * {@code referenceDate} override. One place, so {@code check} and {@code report} judge a dataset with
 * exactly the configuration {@code generate} wrote it with (otherwise the integrity check would call it
 * stale).
 *
 * @param configFile configuration file, or null for the built-in defaults
 * @param referenceDate ISO date overriding the configuration's, or null/blank
 */
record ConfigParameters(File configFile, String referenceDate) {

    private static final String ALLOWED_DATES = "yyyy-MM-dd, e.g. 2026-01-01, from " + Limits.MIN_REFERENCE_DATE + " to "
            + Limits.MAX_REFERENCE_DATE;

    /** Checks both parameters without loading anything: a bad value is named before other work starts. */
    void validate() throws MojoExecutionException {
        parseReferenceDate();
        if (configFile != null && !configFile.isFile()) {
            throw InvalidParameter.of("configFile", configFile.isDirectory() ? "is a directory, not a file"
                    : "configuration file does not exist", configFile, "the path of a readable YAML or JSON file");
        }
    }

    /** The effective configuration; configuration errors keep core's message (file:line:col, property, value). */
    GeneratorConfig load() throws MojoExecutionException {
        return load(source());
    }

    /** The configuration file as written (the built-in defaults without one), for the manifest. */
    ConfigSource source() throws MojoExecutionException {
        validate();
        try {
            return ConfigSource.read(configFile == null ? null : configFile.toPath());
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The effective configuration of {@code source} and the reference date parameter. */
    GeneratorConfig load(ConfigSource source) throws MojoExecutionException {
        LocalDate date = parseReferenceDate();
        try {
            GeneratorConfig config = source.load();
            return date == null ? config : config.withReferenceDate(date);
        } catch (ConfigException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private LocalDate parseReferenceDate() throws MojoExecutionException {
        if (referenceDate == null || referenceDate.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(referenceDate.strip());
        } catch (DateTimeParseException e) {
            throw InvalidParameter.of("referenceDate", "not an ISO date", referenceDate, ALLOWED_DATES);
        }
        if (!Limits.isReferenceDate(date)) {
            throw InvalidParameter.of("referenceDate", "is outside the supported range", referenceDate, ALLOWED_DATES);
        }
        return date;
    }
}
