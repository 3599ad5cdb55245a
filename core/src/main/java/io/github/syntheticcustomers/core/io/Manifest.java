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
 *     generator version, and a shard's range), hex: equal fingerprints mean the same dataset
 * @param shard which records of the dataset of {@code count} this directory holds, when it holds a shard of it;
 *     {@code null} (and absent from the file) for a whole dataset
 * @param schemas the JSON Schema files ({@link DatasetSchema}) written with the data files, with their sizes and
 *     SHA-256: a run replaces or deletes only files a manifest lists with their recorded digest (empty in manifests
 *     of versions that did not list them)
 * @param derived the files {@code check} and {@code report} wrote next to this dataset ({@link DerivedFile}), with
 *     their sizes and SHA-256; absent until one of them runs, and gone with the dataset they describe
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
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Shard shard,
        List<FileEntry> files,
        List<FileDigest> schemas,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FileDigest> derived) {

    public Manifest {
        formats = List.copyOf(formats);
        files = List.copyOf(files);
        // absent from manifests of earlier versions (and from one before check or report ran): none listed
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        derived = derived == null ? List.of() : List.copyOf(derived);
    }

    /** A manifest that lists no schema or derived file yet: what a writer builds from its data files. */
    public Manifest(String generator, String generatorVersion, long seed, long count, LocalDate referenceDate,
            List<String> formats, ConfigSource config, String configDigest, String fingerprint, Shard shard,
            List<FileEntry> files) {
        this(generator, generatorVersion, seed, count, referenceDate, formats, config, configDigest, fingerprint, shard,
                files, List.of(), List.of());
    }

    /** The manifest of a whole dataset. */
    public Manifest(String generator, String generatorVersion, long seed, long count, LocalDate referenceDate,
            List<String> formats, ConfigSource config, String configDigest, String fingerprint, List<FileEntry> files) {
        this(generator, generatorVersion, seed, count, referenceDate, formats, config, configDigest, fingerprint, null,
                files);
    }

    /** A manifest of a whole dataset that does not record its configuration's source. */
    public Manifest(String generator, String generatorVersion, long seed, long count, LocalDate referenceDate,
            List<String> formats, String configDigest, String fingerprint, List<FileEntry> files) {
        this(generator, generatorVersion, seed, count, referenceDate, formats, null, configDigest, fingerprint, files);
    }

    /**
     * The records of a shard: indices {@code [from, to)} of the dataset of the manifest's {@code count}, written
     * with the same ids and bytes as those lines of the whole run.
     *
     * @param from the first record index (0-based)
     * @param to the index after the last
     * @param datasetFingerprint the fingerprint of the whole dataset the shard is part of: every shard of one dataset
     *     has the same, and the merged dataset's manifest carries it
     */
    public record Shard(long from, long to, String datasetFingerprint) {
    }

    /**
     * One data file.
     *
     * @param file file name relative to the manifest
     * @param part the dataset part, e.g. {@code customers}
     */
    public record FileEntry(String file, String part, String format, long records, long bytes, String sha256) {
    }

    /**
     * A file of the directory that is not data: its name, size and SHA-256.
     *
     * @param file the file name, e.g. {@code customers.schema.json} or {@code quality.json}
     */
    public record FileDigest(String file, long bytes, String sha256) {
    }

    /** This manifest listing {@code schemaFiles} as its JSON Schema files. */
    public Manifest withSchemas(List<FileDigest> schemaFiles) {
        return new Manifest(generator, generatorVersion, seed, count, referenceDate, formats, config, configDigest,
                fingerprint, shard, files, schemaFiles, derived);
    }

    /** This manifest listing {@code derivedFiles} as the files {@code check} and {@code report} wrote beside it. */
    public Manifest withDerived(List<FileDigest> derivedFiles) {
        return new Manifest(generator, generatorVersion, seed, count, referenceDate, formats, config, configDigest,
                fingerprint, shard, files, schemas, derivedFiles);
    }

    /** The entry of {@code fileName}, or null. */
    public FileEntry file(String fileName) {
        return files.stream().filter(f -> f.file().equals(fileName)).findFirst().orElse(null);
    }
}
