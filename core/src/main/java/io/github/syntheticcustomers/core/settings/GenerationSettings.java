package io.github.syntheticcustomers.core.settings;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A generation job's settings as an adapter received them (the plugin's parameters, the command line's
 * options), checked in one place and turned into a {@link GenerationRequest}, so that every entry point has
 * the same defaults, validation and messages.
 *
 * @param seed the seed
 * @param count number of customers
 * @param configFile configuration file, or null for the built-in defaults
 * @param outputDirectory where the files go
 * @param formats comma-separated formats
 * @param parts comma-separated parts, or {@code all} (every part, the events included)
 * @param referenceDate ISO date overriding the configuration's, or null/blank
 * @param threads worker threads, 0 for one per available processor
 * @param shard {@code FROM:TO}: write only records {@code [FROM, TO)} of the dataset of {@code count}, a shard;
 *     null or blank for every record
 */
public record GenerationSettings(long seed, long count, Path configFile, Path outputDirectory, String formats,
        String parts, String referenceDate, int threads, String shard) {

    /** Settings for every record. */
    public GenerationSettings(long seed, long count, Path configFile, Path outputDirectory, String formats,
            String parts, String referenceDate, int threads) {
        this(seed, count, configFile, outputDirectory, formats, parts, referenceDate, threads, null);
    }

    /** Default formats. */
    public static final String DEFAULT_FORMATS = "json";
    /** Default parts: {@link Part#defaults()}, every part but the events (see {@link Part}). */
    public static final String DEFAULT_PARTS = Part.DEFAULT_LIST;
    /** Allowed shards, for messages. */
    public static final String SHARD_ALLOWED = "FROM:TO, records FROM (0-based) up to but not including TO, with"
            + " 0 <= FROM < TO <= count, e.g. 0:250000";
    /** Allowed formats, for messages. */
    public static final String ALLOWED_FORMATS = "json, jsonl, csv, fhir, fhir-bundle, relational (comma-separated, e.g. json,csv)";

    /**
     * Checks every setting, then loads the configuration.
     *
     * @throws InvalidSettingException naming the first bad setting, its value and what is allowed
     * @throws ConfigException for errors in the configuration file (file, line, column, property)
     */
    public GenerationRequest toRequest() {
        NumericSettings.count(count);
        NumericSettings.threads(threads);
        Set<Format> parsedFormats = parseFormats();
        Set<Part> parsedParts = parseParts();
        RecordRange range = shard == null || shard.isBlank() ? null
                : setting("shard", SHARD_ALLOWED, () -> RecordRange.parse("shard", shard).within(count));
        ConfigSettings configuration = new ConfigSettings(configFile, referenceDate);
        configuration.validate();
        if (outputDirectory == null || outputDirectory.toString().isBlank()) {
            throw new InvalidSettingException("outputDirectory", "no output directory given",
                    outputDirectory == null ? null : "''", "a directory of its own for the dataset, e.g. "
                            + GenerationRequest.DEFAULT_OUTPUT_DIRECTORY);
        }
        ConfigSource source = configuration.source();
        GeneratorConfig config = configuration.load(source);
        int workers = threads == 0 ? Limits.availableThreads() : threads;
        return new GenerationRequest(config, seed, count, parsedFormats, outputDirectory, workers, source, parsedParts,
                range);
    }

    private Set<Format> parseFormats() {
        return setting("formats", ALLOWED_FORMATS, () -> Format.parseList("formats", formats));
    }

    private Set<Part> parseParts() {
        return setting("parts", Part.allowedText(), () -> Part.parseList("parts", parts));
    }

    /** {@code parse}'s result; its error as this setting's, with the adapter-facing {@code allowed} text. */
    private static <T> T setting(String name, String allowed, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ConfigException e) {
            throw new InvalidSettingException(name, e.problem(), e.value(), allowed);
        }
    }
}
