package io.github.syntheticcustomers.core.settings;

import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The configuration settings every job shares (plugin goals, command-line commands): a configuration file
 * and a reference date, checked the same way everywhere.
 *
 * @param configFile configuration file, or null for the built-in defaults
 * @param referenceDate ISO date overriding the configuration's, or null/blank
 */
public record ConfigSettings(Path configFile, String referenceDate) {

    private static final String ALLOWED_DATES = "yyyy-MM-dd, e.g. 2026-01-01, from " + Limits.MIN_REFERENCE_DATE + " to "
            + Limits.MAX_REFERENCE_DATE;

    /**
     * Checks both settings without loading anything: a bad value is named before other work starts.
     *
     * @throws InvalidSettingException for an unparsable or unsupported date, a missing file or a directory
     */
    public void validate() {
        parseReferenceDate();
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new InvalidSettingException("configFile", Files.isDirectory(configFile) ? "is a directory, not a file"
                    : "configuration file does not exist", configFile, "the path of a readable YAML or JSON file");
        }
    }

    /**
     * The configuration file as written (the built-in defaults without one), for the manifest.
     *
     * @throws io.github.syntheticcustomers.core.config.ConfigException when the file cannot be read
     */
    public ConfigSource source() {
        validate();
        return ConfigSource.read(configFile);
    }

    /** The effective configuration: {@link #source()} loaded, with the reference date setting applied. */
    public GeneratorConfig load() {
        return load(source());
    }

    /**
     * The effective configuration of {@code source} with the reference date setting applied.
     *
     * @throws io.github.syntheticcustomers.core.config.ConfigException naming file, line, column and property
     */
    public GeneratorConfig load(ConfigSource source) {
        LocalDate date = parseReferenceDate();
        GeneratorConfig config = source.load();
        return date == null ? config : config.withReferenceDate(date);
    }

    private LocalDate parseReferenceDate() {
        if (referenceDate == null || referenceDate.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(referenceDate.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException("referenceDate", "not an ISO date", referenceDate, ALLOWED_DATES);
        }
        if (!Limits.isReferenceDate(date)) {
            throw new InvalidSettingException("referenceDate", "is outside the supported range", referenceDate,
                    ALLOWED_DATES);
        }
        return date;
    }
}
