package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Whether the dataset in a directory is exactly what a request would write, so a build can skip the
 * work. Trust rests on the manifest, which {@link DatasetWriter} moves into place only after every
 * data file: its fingerprint must equal the request's (same seed, count, formats, reference date,
 * configuration content and generator version) and every file it lists must still exist with the
 * recorded size and SHA-256, so a deleted or hand-edited file is regenerated.
 *
 * @param upToDate true when nothing needs to be written
 * @param reason why the dataset is, or is not, up to date (for logs)
 */
public record DatasetStatus(boolean upToDate, String reason) {

    /** The status of {@code directory} for a request whose fingerprint is {@code fingerprint}. */
    public static DatasetStatus of(Path directory, String fingerprint) {
        Path manifestFile = directory.resolve(DatasetWriter.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return stale("no " + DatasetWriter.MANIFEST + " in " + directory);
        }
        Manifest manifest;
        try {
            manifest = DatasetReader.readManifest(directory);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return stale(DatasetWriter.MANIFEST + " is unreadable: " + e.getMessage());
        }
        if (manifest.fingerprint() == null || !manifest.fingerprint().equals(fingerprint)) {
            return stale("inputs changed since the last generation");
        }
        for (Manifest.FileEntry entry : manifest.files()) {
            Path file = directory.resolve(entry.file());
            try {
                if (!Files.isRegularFile(file)) {
                    return stale(entry.file() + " is missing");
                }
                if (Files.size(file) != entry.bytes() || !sha256(file).equals(entry.sha256())) {
                    return stale(entry.file() + " was modified");
                }
            } catch (IOException e) {
                return stale(entry.file() + " is unreadable: " + e.getMessage());
            }
        }
        return new DatasetStatus(true, "inputs unchanged and all " + manifest.files().size() + " files intact");
    }

    private static DatasetStatus stale(String reason) {
        return new DatasetStatus(false, reason);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = DatasetWriter.sha256Digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
