package io.github.syntheticcustomers.core.settings;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.Manifest;
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

    /**
     * The configuration {@code check} and {@code report} judge {@code dataset} by. Without a configuration file,
     * it is the configuration its manifest records (its {@code config}: file name and text, or
     * the built-in defaults) with the manifest's reference date, or the reference date setting when one is given;
     * a manifest that records none (written by version 0.1.0) is judged by the built-in defaults, as before. With a
     * configuration file, it is that file's. Either way, when the result is not the configuration the dataset was
     * generated with (its digest is not the manifest's {@code config_digest}), {@link DatasetConfig#mismatch()}
     * names both; the {@code dataset_integrity} check then fails.
     *
     * @param dataset the dataset, opened for reading (its manifest is valid)
     * @throws InvalidSettingException for an invalid reference date or a missing configuration file
     * @throws ConfigException for an error in the configuration file
     * @throws DatasetDirectoryException when the configuration the manifest records does not load in this version
     *     (a damaged or too old dataset: a failed run, not bad usage), naming it
     */
    public DatasetConfig forDataset(DatasetDirectory dataset) {
        Manifest manifest = dataset.manifest();
        if (manifest == null) {
            return new DatasetConfig(load(), configFile != null ? "configuration file " + configFile
                    : "the built-in defaults", null);
        }
        validate();
        LocalDate date = parseReferenceDate();
        ConfigSource recorded = manifest.config();
        GeneratorConfig config;
        String description;
        if (configFile == null && recorded != null) {
            GeneratorConfig loaded;
            try {
                loaded = recorded.load();
            } catch (ConfigException e) {
                // the dataset's own record, not an input of this run: a damaged (or too old) dataset, a failed run
                throw new DatasetDirectoryException("the configuration " + DatasetDirectory.MANIFEST + " in "
                        + dataset.path() + " records (" + named(recorded) + ") does not load in this version: "
                        + e.getMessage() + "; give a configuration file to judge the dataset by, or generate it again",
                        e);
            }
            LocalDate effective = date != null ? date : manifest.referenceDate();
            config = loaded.referenceDate().equals(effective) ? loaded : loaded.withReferenceDate(effective);
            description = "the configuration " + DatasetDirectory.MANIFEST + " records (" + named(recorded) + ")"
                    + (date == null ? "" : " with reference date " + date);
        } else {
            config = load();
            description = (configFile != null ? "configuration file " + configFile : "the built-in defaults")
                    + (date == null ? "" : " with reference date " + date);
        }
        String mismatch = null;
        if (!SyntheticDatasets.configDigest(config).equals(manifest.configDigest())) {
            mismatch = description + (description.startsWith("the built-in defaults") ? " are" : " is")
                    + " not the configuration the dataset in " + dataset.path() + " was generated with ("
                    + DatasetDirectory.MANIFEST + " records " + (recorded == null ? "no configuration" : named(recorded))
                    + ", reference date " + manifest.referenceDate() + "); the dataset_integrity check fails: "
                    + (recorded != null ? "give no configuration file and no reference date to judge it by the"
                            + " recorded one" : "give the configuration file it was generated with");
        }
        return new DatasetConfig(config, description, mismatch);
    }

    private static String named(ConfigSource source) {
        return source.builtIn() ? "the built-in defaults" : source.name();
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
