package io.github.syntheticcustomers.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Shards back into the whole dataset. A shard is a dataset directory written for records {@code [from, to)} of a
 * dataset ({@link io.github.syntheticcustomers.core.GenerationRequest#withShard}); its manifest says which
 * ({@link Manifest#shard()}). Shards that together hold every record concatenate into exactly the files, and the
 * manifest, that one run of the whole dataset writes:
 *
 * <ul>
 *   <li>JSON Lines and the FHIR NDJSON files: the shards' files one after the other;</li>
 *   <li>CSV: the first shard's file, then each next one without its header row (which must be the same);</li>
 *   <li>JSON: one array of the shards' elements, in shard order.</li>
 * </ul>
 *
 * <p>Before anything is written every shard's manifest is read (as untrusted input), and the shards must be of the
 * same dataset (generator version, seed, count, reference date, formats, configuration, the whole dataset's
 * fingerprint, the same files) and cover {@code [0, count)} exactly, without gap or overlap; while they are read every
 * file must have the size and SHA-256 its manifest records. Any problem is an error naming the shard, the file and
 * what is wrong, and no merged file is published. Memory stays constant: files are streamed.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Merges {@code shards} (their directories, in any order) into the dataset directory {@code output}, opened with
     * {@code options} like any output directory; returns the merged manifest, which equals the whole run's.
     *
     * @throws DatasetDirectoryException when the shards are not the whole of one dataset, a file differs from its
     *     manifest, or {@code output} is one of the shards or cannot be written
     * @throws InvalidManifestException when a shard's manifest is missing or invalid
     */
    public static Manifest merge(List<Path> shards, Path output, DirectoryOptions options) {
        List<Opened> opened = open(shards);
        for (Opened s : opened) {
            if (sameFile(s.directory, output)) {
                throw DatasetDirectoryException.wrongDirectory("cannot merge into " + output + ": it is one of the shards");
            }
        }
        try (DatasetDirectory into = DatasetDirectory.forWriting(output, options)) {
            List<DatasetDirectory.Temp> temps = new ArrayList<>();
            boolean published = false;
            try {
                List<DatasetWriter.Written> written = new ArrayList<>();
                for (Manifest.FileEntry entry : opened.get(0).manifest.files()) {
                    DatasetDirectory.Temp temp = into.newTemp();
                    temps.add(temp);
                    Manifest.FileEntry merged;
                    try (OutputStream out = temp.out()) {
                        merged = concatenate(opened, entry, out);
                    }
                    written.add(new DatasetWriter.Written(temp, merged));
                }
                Manifest manifest = merged(opened, written.stream().map(DatasetWriter.Written::entry).toList());
                DatasetWriter.Publication publication = DatasetWriter.prepare(into, written, manifest, temps);
                published = true;
                into.publish(publication.files(), publication.manifestFile(), true);
                return publication.manifest();
            } catch (IOException e) {
                throw new DatasetDirectoryException("cannot merge the shards into " + output + ": " + e.getMessage(),
                        e);
            } finally {
                if (!published) {
                    temps.forEach(into::deleteQuietly);
                }
            }
        }
    }

    /**
     * Checks {@code shards} in place as {@link #merge} does, reading every file once, and returns the manifest the
     * merged dataset would have (its files' sizes and SHA-256 included), without writing anything.
     *
     * @throws DatasetDirectoryException as {@link #merge}
     * @throws InvalidManifestException as {@link #merge}
     */
    public static Manifest verify(List<Path> shards) {
        List<Opened> opened = open(shards);
        List<Manifest.FileEntry> entries = new ArrayList<>();
        try {
            for (Manifest.FileEntry entry : opened.get(0).manifest.files()) {
                entries.add(concatenate(opened, entry, OutputStream.nullOutputStream()));
            }
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot read the shards: " + e.getMessage(), e);
        }
        return merged(opened, entries);
    }

    /** A shard directory and its manifest. */
    private record Opened(Path directory, Manifest manifest) {
    }

    /** The shards' manifests, checked to be the whole of one dataset, in record order. */
    private static List<Opened> open(List<Path> shards) {
        if (shards == null || shards.isEmpty()) {
            throw DatasetDirectoryException.wrongDirectory("no shard to merge: name the shard directories");
        }
        List<Opened> opened = new ArrayList<>();
        for (Path dir : shards) {
            Path file = dir.resolve(DatasetDirectory.MANIFEST);
            if (!DatasetDirectory.isPlainFile(file)) {
                throw DatasetDirectoryException.wrongDirectory("no " + DatasetDirectory.MANIFEST + " in " + dir
                        + ": not a shard written by synthetic-customers");
            }
            Manifest manifest;
            try {
                manifest = ManifestParser.read(file);
            } catch (IOException e) {
                throw new DatasetDirectoryException("cannot read " + file + ": " + e.getMessage(), e);
            }
            if (manifest.shard() == null) {
                throw DatasetDirectoryException.wrongDirectory(dir + " holds a whole dataset (count " + manifest.count()
                        + "), not a shard of one");
            }
            opened.add(new Opened(dir, manifest));
        }
        opened.sort(Comparator.comparingLong(o -> o.manifest.shard().from()));
        Opened first = opened.get(0);
        for (Opened other : opened.subList(1, opened.size())) {
            String difference = difference(first.manifest, other.manifest);
            if (difference != null) {
                throw DatasetDirectoryException.wrongDirectory("the shards " + first.directory + " and " + other.directory
                        + " are of different datasets: " + difference);
            }
        }
        long next = 0;
        Opened previous = null;
        for (Opened s : opened) {
            Manifest.Shard range = s.manifest.shard();
            if (range.from() > next) {
                throw gap(next, range.from(), first.manifest.count());
            }
            if (range.from() < next) {
                throw DatasetDirectoryException.wrongDirectory("the shards " + previous.directory + " and " + s.directory
                        + " overlap at records " + range.from() + ":" + Math.min(next, range.to()));
            }
            next = range.to();
            previous = s;
        }
        if (next != first.manifest.count()) {
            throw gap(next, first.manifest.count(), first.manifest.count());
        }
        return List.copyOf(opened);
    }

    private static DatasetDirectoryException gap(long from, long to, long count) {
        return DatasetDirectoryException.wrongDirectory("records " + from + ":" + to + " are in no shard (the shards of a dataset"
                + " of " + count + " must cover 0:" + count + ")");
    }

    /** What differs between two shards' manifests that must not, or null. */
    private static String difference(Manifest a, Manifest b) {
        if (!a.generatorVersion().equals(b.generatorVersion())) {
            return "generator version " + a.generatorVersion() + " and " + b.generatorVersion();
        }
        if (a.seed() != b.seed()) {
            return "seed " + a.seed() + " and " + b.seed();
        }
        if (a.count() != b.count()) {
            return "count " + a.count() + " and " + b.count();
        }
        if (!a.referenceDate().equals(b.referenceDate())) {
            return "reference date " + a.referenceDate() + " and " + b.referenceDate();
        }
        if (!a.formats().equals(b.formats())) {
            return "formats " + a.formats() + " and " + b.formats();
        }
        if (!a.configDigest().equals(b.configDigest()) || !Objects.equals(a.config(), b.config())) {
            return "their configurations";
        }
        if (!a.shard().datasetFingerprint().equals(b.shard().datasetFingerprint())) {
            return "their inputs (dataset fingerprints)";
        }
        List<String> filesA = a.files().stream().map(f -> f.file() + "/" + f.part() + "/" + f.format()).toList();
        List<String> filesB = b.files().stream().map(f -> f.file() + "/" + f.part() + "/" + f.format()).toList();
        if (!filesA.equals(filesB)) {
            return "files " + a.files().stream().map(Manifest.FileEntry::file).toList() + " and "
                    + b.files().stream().map(Manifest.FileEntry::file).toList();
        }
        return null;
    }

    private static Manifest merged(List<Opened> opened, List<Manifest.FileEntry> entries) {
        Manifest m = opened.get(0).manifest;
        return DatasetWriter.withSchemas(new Manifest(m.generator(), m.generatorVersion(), m.seed(), m.count(),
                m.referenceDate(), m.formats(), m.config(), m.configDigest(), m.shard().datasetFingerprint(), null,
                entries));
    }

    /**
     * Writes {@code entry}'s file of every shard, in record order, to {@code out} as the whole run's file; returns the
     * merged file's entry.
     */
    private static Manifest.FileEntry concatenate(List<Opened> shards, Manifest.FileEntry entry, OutputStream target)
            throws IOException {
        Format format = Format.parse("format", entry.format());
        MessageDigest digest = DatasetWriter.sha256Digest();
        DatasetWriter.CountingStream counted = new DatasetWriter.CountingStream(new DigestOutputStream(target, digest));
        OutputStream out = new BufferedOutputStream(counted, 1 << 16);
        long records = 0;
        byte[] csvHeader = null;
        boolean anyJson = false;
        if (format == Format.JSON) {
            out.write(DatasetWriter.JSON_START);
        }
        for (Opened shard : shards) {
            Manifest.FileEntry own = shard.manifest.file(entry.file());
            Path file = shard.directory.resolve(entry.file());
            try (ShardFile in = new ShardFile(file, own)) {
                byte[] header = concatenateOne(format, in, own, out, csvHeader, anyJson);
                if (csvHeader == null) {
                    csvHeader = header;
                }
                anyJson |= format == Format.JSON && own.records() > 0;
                in.finish();
            }
            records += own.records();
        }
        if (format == Format.JSON) {
            out.write(anyJson ? DatasetWriter.JSON_END : DatasetWriter.JSON_END_EMPTY);
        }
        out.flush();
        return new Manifest.FileEntry(entry.file(), entry.part(), entry.format(), records, counted.count,
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * One shard's file into the merged file, after the shards before it (the first shard's CSV header is
     * {@code csvHeader}, null before it); returns the CSV header row it read, null for the other formats.
     */
    private static byte[] concatenateOne(Format format, ShardFile in, Manifest.FileEntry own, OutputStream out,
            byte[] csvHeader, boolean afterJsonElements) throws IOException {
        if (format == Format.JSON) {
            if (!Arrays.equals(in.read(DatasetWriter.JSON_START.length), DatasetWriter.JSON_START)) {
                throw in.malformed("does not start a JSON array");
            }
            if (own.records() == 0) {
                in.expectRest(DatasetWriter.JSON_END_EMPTY);
            } else {
                if (afterJsonElements) {
                    out.write(',');
                }
                in.copyAllBut(DatasetWriter.JSON_END, out);
            }
            return null;
        }
        if (format == Format.CSV) {
            byte[] header = in.readLine();
            if (csvHeader == null) {
                out.write(header);
            } else if (!Arrays.equals(csvHeader, header)) {
                throw in.malformed("has another header row than the first shard's");
            }
            in.copyAllBut(new byte[0], out);
            return header;
        }
        in.copyAllBut(new byte[0], out);
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * One shard's file, read once: every byte goes through a digest, and at the end its size and SHA-256 must be
     * the ones its manifest records.
     */
    private static final class ShardFile implements AutoCloseable {
        private final Path file;
        private final Manifest.FileEntry entry;
        private final InputStream in;
        private final MessageDigest digest = DatasetWriter.sha256Digest();
        private long read;

        ShardFile(Path file, Manifest.FileEntry entry) throws IOException {
            this.file = file;
            this.entry = entry;
            if (!DatasetDirectory.isPlainFile(file)) {
                throw new DatasetDirectoryException(file + " is missing or not a plain file, but its shard's manifest"
                        + " lists it");
            }
            this.in = new java.io.BufferedInputStream(Files.newInputStream(file, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS), 1 << 16);
        }

        /** Up to {@code n} bytes. */
        byte[] read(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            consumed(bytes, bytes.length);
            return bytes;
        }

        /** The first line, with its line end. */
        byte[] readLine() throws IOException {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
                if (line.size() > 1 << 20) {
                    throw malformed("has no line end in its first megabyte");
                }
            }
            byte[] bytes = line.toByteArray();
            consumed(bytes, bytes.length);
            return bytes;
        }

        /** The rest must be exactly {@code expected}. */
        void expectRest(byte[] expected) throws IOException {
            byte[] rest = in.readNBytes(expected.length + 1);
            consumed(rest, rest.length);
            if (!Arrays.equals(rest, expected)) {
                throw malformed("is not an empty JSON array");
            }
        }

        /** Copies the rest to {@code out} but for its last bytes, which must be {@code suffix}. */
        void copyAllBut(byte[] suffix, OutputStream out) throws IOException {
            byte[] buffer = new byte[1 << 16];
            byte[] tail = new byte[suffix.length];
            int held = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                consumed(buffer, n);
                // the last suffix.length bytes seen are held back until more arrive
                int total = held + n;
                int release = Math.max(0, total - suffix.length);
                int fromHeld = Math.min(release, held);
                out.write(tail, 0, fromHeld);
                out.write(buffer, 0, release - fromHeld);
                byte[] next = new byte[suffix.length];
                int k = 0;
                for (int i = fromHeld; i < held; i++) {
                    next[k++] = tail[i];
                }
                for (int i = release - fromHeld; i < n; i++) {
                    next[k++] = buffer[i];
                }
                tail = next;
                held = k;
            }
            if (held != suffix.length || !Arrays.equals(tail, suffix)) {
                throw malformed("does not end as its format's files do");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The file was read whole: its size and digest must be its manifest's. */
        void finish() throws IOException {
            if (in.read() >= 0) {
                throw malformed("has bytes after its end");
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (read != entry.bytes() || !sha256.equals(entry.sha256())) {
                throw new DatasetDirectoryException(file + " differs from its shard's manifest (" + read + " bytes, "
                        + "manifest " + entry.bytes() + "; modified, truncated or replaced)");
            }
        }

        DatasetDirectoryException malformed(String problem) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the error below is the one to report
            }
            return new DatasetDirectoryException(file + " " + problem + " (modified or not written by"
                    + " synthetic-customers)");
        }

        private void consumed(byte[] bytes, int n) {
            digest.update(bytes, 0, n);
            read += n;
        }
    }
}
