package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Datasets the tests load, generated once per JVM into a temporary directory and shared (tests only read them). */
final class Datasets {

    private static final Map<String, Path> CACHE = new ConcurrentHashMap<>();
    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("synthetic-customers-database-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Datasets() {
    }

    /** The whole dataset of {@code seed} × {@code count}, every part, JSON Lines and relational files. */
    static Path of(long seed, long count) {
        return CACHE.computeIfAbsent(seed + "x" + count, key -> generate(request(seed, count, ROOT.resolve(key))));
    }

    /** Records {@code [from, to)} of the dataset of {@code seed} × {@code count}. */
    static Path shard(long seed, long count, long from, long to) {
        return CACHE.computeIfAbsent(seed + "x" + count + "-" + from + "-" + to,
                key -> generate(request(seed, count, ROOT.resolve(key)).withShard(new RecordRange(from, to))));
    }

    /** A fresh copy of {@code dataset} a test may change. */
    static Path copy(Path dataset, Path target) {
        try (var files = Files.list(dataset)) {
            Files.createDirectories(target);
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GenerationRequest request(long seed, long count, Path dir) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, count, Set.of(Format.JSONL, Format.RELATIONAL),
                dir, 1).withParts(Part.all());
    }

    private static Path generate(GenerationRequest request) {
        SyntheticDatasets.generate(request);
        return request.outputDirectory();
    }
}
