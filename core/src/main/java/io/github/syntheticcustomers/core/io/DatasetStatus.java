package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Whether the dataset in a directory is exactly what a request would write, so a build can skip the
 * work. Trust rests on the manifest, which is moved into place only after every data file and is parsed as
 * untrusted input: it must be valid ({@link InvalidManifestException} otherwise), its fingerprint must equal
 * the request's (same seed, count, formats, reference date, configuration content and generator version)
 * and every file it lists must still be a plain file (not a link) with the recorded size and SHA-256, so a
 * deleted, replaced or hand-edited file is regenerated; so is a dataset whose JSON Schema files
 * ({@link DatasetSchema}) are missing or differ from this version's.
 *
 * @param upToDate true when nothing needs to be written
 * @param reason why the dataset is, or is not, up to date (for logs)
 */
public record DatasetStatus(boolean upToDate, String reason) {

    /**
     * The status of {@code directory} for a request whose fingerprint is {@code fingerprint}, without
     * locking or changing anything (a run that then writes opens a {@link DatasetDirectory}, which checks
     * again under its lock).
     */
    public static DatasetStatus of(Path directory, String fingerprint) {
        Path manifestFile = directory.resolve(DatasetWriter.MANIFEST);
        if (!DatasetDirectory.isPlainFile(manifestFile)) {
            return stale("no " + DatasetWriter.MANIFEST + " in " + directory);
        }
        Manifest manifest;
        try {
            manifest = ManifestParser.read(manifestFile);
        } catch (IOException | InvalidManifestException e) {
            return stale(e.getMessage());
        }
        return verify(directory, manifest, fingerprint);
    }

    /** {@code manifest} (valid) against {@code fingerprint} and the files on disk. */
    static DatasetStatus verify(Path directory, Manifest manifest, String fingerprint) {
        if (!manifest.fingerprint().equals(fingerprint)) {
            return stale("inputs changed since the last generation");
        }
        for (Manifest.FileEntry entry : manifest.files()) {
            Path file = directory.resolve(entry.file());
            try {
                if (!DatasetDirectory.isPlainFile(file)) {
                    return stale(entry.file() + " is missing or not a plain file");
                }
                if (Files.size(file) != entry.bytes() || !sha256(file).equals(entry.sha256())) {
                    return stale(entry.file() + " was modified");
                }
            } catch (IOException e) {
                return stale(entry.file() + " is unreadable: " + e.getMessage());
            }
        }
        List<SchemaFiles.SchemaFile> expected = SchemaFiles.describing(manifest.files());
        if (!manifest.schemas().stream().map(Manifest.FileDigest::file).toList()
                .equals(expected.stream().map(SchemaFiles.SchemaFile::fileName).toList())) {
            return stale("the manifest does not list this version's schema files");
        }
        for (SchemaFiles.SchemaFile schema : expected) {
            Path file = directory.resolve(schema.fileName());
            Manifest.FileDigest listed = manifest.schemas().get(expected.indexOf(schema));
            try {
                byte[] bytes = DatasetDirectory.isPlainFile(file) ? Files.readAllBytes(file) : null;
                if (bytes == null || !Arrays.equals(bytes, schema.bytes())
                        || !DatasetDirectory.sha256(bytes).equals(listed.sha256())) {
                    return stale(schema.fileName() + " is missing or not this version's");
                }
            } catch (IOException e) {
                return stale(schema.fileName() + " is unreadable: " + e.getMessage());
            }
        }
        return new DatasetStatus(true, "inputs unchanged and all " + manifest.files().size() + " files intact");
    }

    private static DatasetStatus stale(String reason) {
        return new DatasetStatus(false, reason);
    }

    /** SHA-256 (hex) of a file, read without following links. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = DatasetWriter.sha256Digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
