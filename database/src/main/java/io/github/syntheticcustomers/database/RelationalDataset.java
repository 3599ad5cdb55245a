package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.InvalidManifestException;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A dataset directory's relational files, verified before anything is sent to a database: the manifest is valid, it
 * lists a CSV file for each table and the description files, and every one of them is a plain file with the listed
 * size and SHA-256 (a file is the dataset's only if the manifest lists it with its digest).
 */
record RelationalDataset(Path directory, Manifest manifest, RelationalSchema schema, List<TableFile> files,
        String ddlPostgresql, String ddlPortable) {

    /** A table with its CSV file and the manifest's row count of it. */
    record TableFile(Table table, Path file, long records) {
    }

    /** The command and the plugin parameter that write the relational files, named when a dataset has none. */
    static final String HOW_TO_WRITE = "generate it with the relational format: synthetic-customers generate --formats"
            + " json,relational (the Maven plugin: <formats>json,relational</formats>)";

    /**
     * The relational files of the dataset in {@code directory}, each verified against the manifest.
     *
     * @throws DatabaseLoadException ({@link Reason#DATASET}) when there is no valid manifest, no relational file, or a
     *     file is missing or modified
     */
    static RelationalDataset read(Path directory) {
        Manifest manifest;
        try {
            manifest = DatasetReader.readManifest(directory);
        } catch (UncheckedIOException e) {
            throw new DatabaseLoadException(Reason.DATASET, "no dataset in " + directory + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (InvalidManifestException e) {
            throw new DatabaseLoadException(Reason.DATASET, e.getMessage(), e);
        }
        List<Manifest.FileEntry> tableEntries = manifest.files().stream()
                .filter(f -> f.format().equals(Format.RELATIONAL.id()) && RelationalSchema.isTableFile(f.file()))
                .toList();
        if (tableEntries.isEmpty()) {
            throw new DatabaseLoadException(Reason.DATASET, "the dataset in " + directory + " has no relational files"
                    + " (its formats: " + String.join(",", manifest.formats()) + "): " + HOW_TO_WRITE);
        }
        RelationalSchema schema = RelationalSchema.ofFiles(tableEntries.stream().map(Manifest.FileEntry::file).toList());
        List<TableFile> files = new ArrayList<>();
        for (Table t : schema.tables()) {
            Manifest.FileEntry entry = manifest.file(t.fileName());
            Path file = directory.resolve(entry.file());
            verify(file, entry.bytes(), entry.sha256());
            files.add(new TableFile(t, file, entry.records()));
        }
        for (String name : RelationalSchema.descriptionFileNames()) {
            Manifest.FileDigest listed = manifest.schemas().stream().filter(d -> d.file().equals(name)).findFirst()
                    .orElseThrow(() -> new DatabaseLoadException(Reason.DATASET, directory.resolve("manifest.json")
                            + " does not list " + name + ": the dataset was not written by a version with the"
                            + " relational format's description; " + HOW_TO_WRITE));
            verify(directory.resolve(name), listed.bytes(), listed.sha256());
        }
        String description = text(directory.resolve(RelationalSchema.DESCRIPTION_FILE));
        if (!description.equals(schema.description())) {
            throw new DatabaseLoadException(Reason.DATASET, directory.resolve(RelationalSchema.DESCRIPTION_FILE)
                    + " describes other tables than this version's (the dataset's generator version: "
                    + manifest.generatorVersion() + "): load it with that version, or regenerate it");
        }
        return new RelationalDataset(directory, manifest, schema, List.copyOf(files),
                text(directory.resolve(RelationalSchema.ddlFileName(Dialect.POSTGRESQL))),
                text(directory.resolve(RelationalSchema.ddlFileName(Dialect.PORTABLE))));
    }

    /** The fingerprint of the whole dataset: every shard of it, and the merged dataset, have the same. */
    String datasetFingerprint() {
        return manifest.shard() == null ? manifest.fingerprint() : manifest.shard().datasetFingerprint();
    }

    /** The first record index this directory holds. */
    long from() {
        return manifest.shard() == null ? 0 : manifest.shard().from();
    }

    /** The index after the last record this directory holds. */
    long to() {
        return manifest.shard() == null ? manifest.count() : manifest.shard().to();
    }

    /** The shipped DDL of {@code dialect}. */
    String ddl(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? ddlPostgresql : ddlPortable;
    }

    private static void verify(Path file, long bytes, String sha256) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new DatabaseLoadException(Reason.DATASET, file + " is missing or not a plain file, but the"
                        + " manifest lists it: regenerate the dataset");
            }
            if (Files.size(file) != bytes || !sha256(file).equals(sha256)) {
                throw new DatabaseLoadException(Reason.DATASET, file + " was modified since it was generated (its"
                        + " SHA-256 is not the manifest's): regenerate the dataset; nothing was loaded");
            }
        } catch (IOException e) {
            throw new DatabaseLoadException(Reason.DATASET, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatabaseLoadException(Reason.DATASET, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
