package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a dataset on disk is made from.
 *
 * @param config the effective configuration (its reference date anchors all dates)
 * @param seed the seed
 * @param count number of customers, at least 1
 * @param formats output formats, at least one
 * @param outputDirectory where the files go
 * @param threads worker threads; the bytes written do not depend on it
 */
public record GenerationRequest(GeneratorConfig config, long seed, long count, Set<Format> formats,
        Path outputDirectory, int threads) {

    /** Default seed (SPEC §6). */
    public static final long DEFAULT_SEED = 42L;
    /** Default number of customers (SPEC §2). */
    public static final long DEFAULT_COUNT = 500L;
    /** Default output directory relative to a project's base directory. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "target/synthetic-customers";

    public GenerationRequest {
        if (count < 1) {
            throw ConfigException.of("count", "must be at least 1", count, "a whole number >= 1");
        }
        if (threads < 1) {
            throw ConfigException.of("threads", "must be at least 1", threads, "a whole number >= 1");
        }
        if (formats == null || formats.isEmpty()) {
            throw ConfigException.of("formats", "no output format given", formats, "json, jsonl, csv");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
    }
}
