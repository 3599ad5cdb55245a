package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.model.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code manifest.json}: what was generated from which inputs, and every data file's record count and
 * SHA-256, so a reader can detect a stale or modified dataset.
 *
 * @param config the configuration as written (file name and text, or the built-in defaults); {@code null}
 *     when the writer did not record it (manifests of version 0.1.0 and requests without a source)
 * @param configDigest SHA-256 of the effective configuration (canonical JSON), hex
 * @param fingerprint SHA-256 over every input (seed, count, formats, reference date, configuration,
 *     generator version), hex: equal fingerprints mean the same dataset
 */
public record Manifest(
        String generator,
        String generatorVersion,
        long seed,
        long count,
        LocalDate referenceDate,
        List<String> formats,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ConfigSource config,
        String configDigest,
        String fingerprint,
        List<FileEntry> files) {

    public Manifest {
        formats = List.copyOf(formats);
        files = List.copyOf(files);
    }

    /** A manifest that does not record its configuration's source. */
    public Manifest(String generator, String generatorVersion, long seed, long count, LocalDate referenceDate,
            List<String> formats, String configDigest, String fingerprint, List<FileEntry> files) {
        this(generator, generatorVersion, seed, count, referenceDate, formats, null, configDigest, fingerprint, files);
    }

    /**
     * One data file.
     *
     * @param file file name relative to the manifest
     * @param part the dataset part, e.g. {@code customers}
     */
    public record FileEntry(String file, String part, String format, long records, long bytes, String sha256) {
    }

    /** The entry of {@code fileName}, or null. */
    public FileEntry file(String fileName) {
        return files.stream().filter(f -> f.file().equals(fileName)).findFirst().orElse(null);
    }
}
