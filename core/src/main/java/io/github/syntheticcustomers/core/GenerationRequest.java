package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import io.github.syntheticcustomers.core.model.Nullable;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a dataset on disk is made from.
 *
 * @param config the effective configuration (its reference date anchors all dates)
 * @param seed the seed
 * @param count number of customers, 1 to {@link Limits#MAX_COUNT}
 * @param formats output formats, at least one
 * @param outputDirectory where the files go
 * @param threads worker threads, 1 to {@link Limits#MAX_THREADS}, or 0 for one per available processor (as the
 *     plugin's {@code threads} parameter); the bytes written do not depend on it
 * @param configSource the configuration as written, recorded in the manifest so that readers of the
 *     dataset rebuild {@code config} exactly; {@link ConfigSource#BUILT_IN} when {@code config} is the
 *     built-in defaults (the default when omitted)
 * @param parts the parts to write, at least one; {@code null} means {@link Part#defaults()} (every part but the
 *     events)
 * @param shard the records to write, a shard of the dataset of {@code count}; {@code null} for all of them
 */
public record GenerationRequest(GeneratorConfig config, long seed, long count, Set<Format> formats,
        Path outputDirectory, int threads, ConfigSource configSource, Set<Part> parts, @Nullable RecordRange shard) {

    /** Default seed (guide: configuration-reference.md). */
    public static final long DEFAULT_SEED = 42L;
    /** Default number of customers (guide: guarantees.md). */
    public static final long DEFAULT_COUNT = 500L;
    /** Default output directory relative to a project's base directory. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "target/synthetic-customers";

    public GenerationRequest {
        Limits.requireCount("count", count);
        threads = Limits.resolveThreads("threads", threads);
        if (config == null || outputDirectory == null) {
            throw ConfigException.of(config == null ? "config" : "outputDirectory", "is required", null,
                    config == null ? "a loaded configuration" : "a directory path");
        }
        if (formats == null || formats.isEmpty()) {
            throw ConfigException.of("formats", "no output format given", formats, "json, jsonl, csv, fhir, fhir-bundle, relational");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        if (configSource == null) {
            configSource = config == ConfigLoader.defaults() ? ConfigSource.BUILT_IN : null;
        }
        if (parts != null && parts.isEmpty()) {
            throw ConfigException.of("parts", "no part given", parts, Part.allowedText());
        }
        parts = parts == null ? Part.defaults() : Set.copyOf(EnumSet.copyOf(parts));
        if (shard != null) {
            shard.within(count);
        }
    }

    /** A request for every record, with the configuration's source and the parts given. */
    public GenerationRequest(GeneratorConfig config, long seed, long count, Set<Format> formats,
            Path outputDirectory, int threads, ConfigSource configSource, Set<Part> parts) {
        this(config, seed, count, formats, outputDirectory, threads, configSource, parts, null);
    }

    /** A request whose configuration's source is not recorded unless it is the built-in defaults. */
    public GenerationRequest(GeneratorConfig config, long seed, long count, Set<Format> formats,
            Path outputDirectory, int threads) {
        this(config, seed, count, formats, outputDirectory, threads, null, null);
    }

    /** This request with the configuration's source recorded in the manifest. */
    public GenerationRequest withConfigSource(ConfigSource source) {
        return new GenerationRequest(config, seed, count, formats, outputDirectory, threads, source, parts, shard);
    }

    /** This request writing only {@code selected} (at least one part). */
    public GenerationRequest withParts(Set<Part> selected) {
        return new GenerationRequest(config, seed, count, formats, outputDirectory, threads, configSource, selected,
                shard);
    }

    /**
     * This request writing only records {@code range} of the dataset of {@code count}: a shard, with the same ids and
     * bytes as those lines of the whole run, and a manifest that says so ({@link
     * io.github.syntheticcustomers.core.io.Manifest#shard()}); {@code null} for every record.
     *
     * @throws ConfigException when the range reaches past the last record
     */
    public GenerationRequest withShard(RecordRange range) {
        return new GenerationRequest(config, seed, count, formats, outputDirectory, threads, configSource, parts, range);
    }

    /** The records this request writes: its shard, or {@code [0, count)}. */
    public RecordRange records() {
        return shard != null ? shard : new RecordRange(0, count);
    }
}
