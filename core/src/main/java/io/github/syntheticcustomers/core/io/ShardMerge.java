package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.syntheticcustomers.core.ShardInputs;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.internal.Rng;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shards back into the whole dataset. A shard is a dataset directory written for records {@code [from, to)} of a
 * dataset ({@link io.github.syntheticcustomers.core.GenerationRequest#withShard}); its manifest says which
 * ({@link Manifest#shard()}). Shards that together hold every record concatenate into exactly the files, and the
 * manifest, that one run of the whole dataset writes.
 *
 * <p>No manifest is trusted. Before anything is written every shard's manifest is read (as untrusted input); the
 * shards must be of the same dataset (generator version, seed, count, reference date, formats, configuration, the
 * whole dataset's fingerprint, the same files), cover {@code [0, count)} exactly, without gap or overlap, and each
 * manifest's inputs must give its own fingerprints. The whole run's request is rebuilt from them ({@link
 * ShardInputs}). Then every file is streamed once: its records are counted, each record's id must be the next id of
 * the shard's range in order ({@code cus-000001} is index 0), and the records of a seeded sample of indices of every
 * shard, its first and last included, are regenerated and must be the writer's bytes; {@link #verify} regenerates
 * every record. Each file must also have the size, SHA-256 and record count its manifest records. The merged manifest
 * is built by the writer's own code from the counted and hashed files. Any problem is an error naming the shard's
 * file, the line and record, and what was expected and found ({@link ShardMismatchException} when the shards' content
 * is wrong), and a refused merge leaves nothing behind. Memory stays constant: files are streamed.
 */
public final class ShardMerge {

    /** Indices regenerated per shard by {@link #merge}, besides its first and last. */
    static final int SAMPLE = 8;
    /** The longest line a shard file may have: far above any record the generator writes. */
    static final int MAX_LINE = 64 << 20;
    private static final String SAMPLE_PURPOSE = "shard-merge-sample";

    private ShardMerge() {
    }

    /**
     * What merging needs from the generator: the whole run's parts, serialisation and manifest, rebuilt from the
     * shards' manifests ({@link ShardInputs}).
     */
    public interface Regeneration {

        /** The dataset's seed. */
        long seed();

        /** The parts one run of the dataset writes, in file order. */
        List<DatasetPart<?>> parts();

        /** The formats of the dataset. */
        Set<Format> formats();

        /** The fingerprint the manifest of the dataset's shard of records {@code range} records. */
        String shardFingerprint(RecordRange range);

        /** The manifest one run of the whole dataset writes for {@code files}. */
        Manifest manifest(List<Manifest.FileEntry> files);

        /** How the ids of {@code part}'s records follow from the record index, or null when they do not (FHIR). */
        RecordIds ids(String part);
    }

    /**
     * How a part's record ids follow from the record index.
     */
    public abstract static class RecordIds {
        private final String jsonField;
        private final String csvColumn;
        private final boolean onePerIndex;

        /**
         * @param jsonField the JSON property that holds the id
         * @param csvColumn the CSV column that holds it
         * @param onePerIndex whether every record index has exactly one record of the part
         */
        public RecordIds(String jsonField, String csvColumn, boolean onePerIndex) {
            this.jsonField = jsonField;
            this.csvColumn = csvColumn;
            this.onePerIndex = onePerIndex;
        }

        /** The id of the record at 1-based {@code position} among the records of {@code index}. */
        public abstract String id(long index, int position);

        /** Whether {@code id} is the id of one of the records of {@code index}. */
        public boolean ofIndex(String id, long index) {
            return id.equals(id(index, 1));
        }
    }

    /**
     * Merges {@code shards} (their directories, in any order) into the dataset directory {@code output}, opened with
     * {@code options} like any output directory; returns the merged manifest, which equals the whole run's. The
     * records of a seeded sample of indices of every shard (its first and last included) are regenerated and
     * compared; {@link #verify} compares every record.
     *
     * @throws ShardMismatchException when a shard's files do not hold exactly its records as the generator writes
     *     them, or differ from its manifest, or its manifest from its inputs
     * @throws DatasetDirectoryException when the shards are not the whole of one dataset, or {@code output} is one of
     *     the shards or cannot be written
     * @throws InvalidManifestException when a shard's manifest is missing or invalid
     */
    public static Manifest merge(List<Path> shards, Path output, DirectoryOptions options) {
        List<Opened> shardsOpened = open(shards);
        for (Opened s : shardsOpened) {
            if (sameFile(s.directory, output)) {
                throw DatasetDirectoryException.wrongDirectory("cannot merge into " + output + ": it is one of the shards");
            }
        }
        Regeneration inputs = inputs(shardsOpened);
        List<DatasetWriter.FileOf> files = files(shardsOpened, inputs);
        Leftovers leftovers = Leftovers.before(output);
        boolean locked = false;
        boolean published = false;
        try (DatasetDirectory into = DatasetDirectory.forWriting(output, options)) {
            locked = true;
            List<DatasetDirectory.Temp> temps = new ArrayList<>();
            try {
                List<OutputStream> outs = new ArrayList<>();
                for (int k = 0; k < files.size(); k++) {
                    DatasetDirectory.Temp temp = into.newTemp();
                    temps.add(temp);
                    outs.add(temp.out());
                }
                List<Manifest.FileEntry> entries = stream(shardsOpened, inputs, files, outs, false);
                List<DatasetWriter.Written> written = new ArrayList<>();
                for (int k = 0; k < files.size(); k++) {
                    written.add(new DatasetWriter.Written(temps.get(k), entries.get(k)));
                }
                DatasetWriter.Publication publication = DatasetWriter.prepare(into, written, inputs::manifest, temps);
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
        } finally {
            // only what this merge made while it held the directory's lock: a directory another run holds stays
            if (locked && !published) {
                leftovers.remove();
            }
        }
    }

    /**
     * Checks {@code shards} in place as {@link #merge} does, but regenerating every record and comparing its bytes,
     * and returns the manifest the merged dataset would have (its files' sizes and SHA-256 included), without writing
     * anything.
     *
     * @throws ShardMismatchException as {@link #merge}, for any record that is not the generator's
     * @throws DatasetDirectoryException as {@link #merge}
     * @throws InvalidManifestException as {@link #merge}
     */
    public static Manifest verify(List<Path> shards) {
        List<Opened> opened = open(shards);
        Regeneration inputs = inputs(opened);
        List<DatasetWriter.FileOf> files = files(opened, inputs);
        List<OutputStream> outs = files.stream().map(f -> OutputStream.nullOutputStream()).toList();
        try {
            return DatasetWriter.withSchemas(inputs.manifest(stream(opened, inputs, files, outs, true)));
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot read the shards: " + e.getMessage(), e);
        }
    }

    /** The whole run's inputs, rebuilt from the first shard's manifest; every shard's fingerprint must be its own. */
    private static Regeneration inputs(List<Opened> opened) {
        Regeneration inputs = ShardInputs.of(opened.get(0).directory, opened.get(0).manifest);
        for (Opened s : opened) {
            Manifest.Shard range = s.manifest.shard();
            String expected = inputs.shardFingerprint(new RecordRange(range.from(), range.to()));
            if (!expected.equals(s.manifest.fingerprint())) {
                throw new ShardMismatchException(s.directory.resolve(DatasetDirectory.MANIFEST) + ": its fingerprint "
                        + s.manifest.fingerprint() + " is not that of records " + range.from() + ":" + range.to()
                        + " of its dataset (expected " + expected + "; its shard range or fingerprint was modified)");
            }
        }
        return inputs;
    }

    /** The files one run writes; every shard's manifest must list exactly those, in that order. */
    private static List<DatasetWriter.FileOf> files(List<Opened> opened, Regeneration inputs) {
        List<DatasetWriter.FileOf> files = DatasetWriter.files(inputs.parts(), inputs.formats());
        List<String> expected = files.stream()
                .map(f -> f.name() + "/" + f.part().name() + "/" + f.format().id()).toList();
        for (Opened s : opened) {
            List<String> listed = s.manifest.files().stream().map(f -> f.file() + "/" + f.part() + "/" + f.format())
                    .toList();
            if (!listed.equals(expected)) {
                throw new ShardMismatchException(s.directory.resolve(DatasetDirectory.MANIFEST) + " lists the files "
                        + s.manifest.files().stream().map(Manifest.FileEntry::file).toList() + ", but a run of its"
                        + " inputs writes " + files.stream().map(DatasetWriter.FileOf::name).toList());
            }
        }
        return files;
    }

    /** The indices of {@code range} whose records {@link #merge} regenerates: first, last and a seeded sample. */
    static NavigableSet<Long> sample(long seed, RecordRange range) {
        NavigableSet<Long> sample = new TreeSet<>();
        sample.add(range.from());
        sample.add(range.to() - 1);
        Rng rng = Rng.of(seed, range.from(), SAMPLE_PURPOSE);
        for (int k = 0; k < SAMPLE; k++) {
            sample.add(range.from() + Math.floorMod(rng.nextLong(), range.size()));
        }
        return sample;
    }

    /**
     * Streams every shard's files, in record order, into {@code outs} (one per file of {@code files}) as the whole
     * run's files, checking each record; returns the merged files' entries (counted records, bytes, SHA-256).
     */
    private static List<Manifest.FileEntry> stream(List<Opened> shards, Regeneration inputs,
            List<DatasetWriter.FileOf> files, List<OutputStream> outs, boolean everyRecord) throws IOException {
        List<Merged> merged = new ArrayList<>();
        try {
            for (int k = 0; k < files.size(); k++) {
                merged.add(new Merged(files.get(k), outs.get(k)));
            }
            for (Opened shard : shards) {
                Manifest.Shard claimed = shard.manifest.shard();
                RecordRange range = new RecordRange(claimed.from(), claimed.to());
                NavigableSet<Long> sample = everyRecord ? null : sample(inputs.seed(), range);
                List<Cursor> cursors = new ArrayList<>();
                try {
                    for (Merged m : merged) {
                        Manifest.FileEntry own = shard.manifest.file(m.file.name());
                        ShardFile in = new ShardFile(shard.directory.resolve(own.file()), own);
                        cursors.add(new Cursor(in, Scanner.of(m.file, in, inputs.ids(m.file.part().name())), m,
                                range, everyRecord, inputs.ids(m.file.part().name())));
                    }
                    List<DatasetPart<?>> parts = inputs.parts();
                    for (long i = range.from(); i < range.to(); i++) {
                        boolean sampled = everyRecord || sample.contains(i);
                        for (DatasetPart<?> part : parts) {
                            List<?> records = null;
                            for (Cursor c : cursors) {
                                if (c.merged.file.part() != part) {
                                    continue;
                                }
                                if (sampled && records == null) {
                                    records = part.recordsFor(i);
                                }
                                c.index(i, sampled ? records : null);
                            }
                        }
                    }
                    for (Cursor c : cursors) {
                        c.finish();
                    }
                } finally {
                    for (Cursor c : cursors) {
                        c.in.close();
                    }
                }
            }
            List<Manifest.FileEntry> entries = new ArrayList<>();
            for (Merged m : merged) {
                entries.add(m.finish());
            }
            return entries;
        } finally {
            for (OutputStream out : outs) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the merge failed already, or the entries were taken after the flush
                }
            }
        }
    }

    /** One merged file being written: the writer's header, the shards' records, the writer's end. */
    private static final class Merged {
        final DatasetWriter.FileOf file;
        final MessageDigest digest = DatasetWriter.sha256Digest();
        final DatasetWriter.CountingStream counted;
        final OutputStream out;
        long records;

        Merged(DatasetWriter.FileOf file, OutputStream target) throws IOException {
            this.file = file;
            this.counted = new DatasetWriter.CountingStream(new DigestOutputStream(target, digest));
            this.out = new BufferedOutputStream(counted, 1 << 16);
            out.write(DatasetWriter.header(file.part(), file.format()));
        }

        /** A record in its writer form (a JSON element with its leading comma). */
        void append(byte[] record) throws IOException {
            int skip = file.format() == Format.JSON && records == 0 ? 1 : 0;
            out.write(record, skip, record.length - skip);
            records++;
        }

        Manifest.FileEntry finish() throws IOException {
            if (file.format() == Format.JSON) {
                out.write(records == 0 ? DatasetWriter.JSON_END_EMPTY : DatasetWriter.JSON_END);
            }
            out.flush();
            return new Manifest.FileEntry(file.name(), file.part().name(), file.format().id(), records, counted.count,
                    HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** One record of a shard file, in the form the writer appends it. */
    private record Rec(byte[] bytes, long number, long line, String id) {
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

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * What a merge creates before it knows whether the shards are sound: the output directory (and its missing
     * parents) and its lock file. A refused merge removes them, so that it leaves nothing behind; a directory that
     * existed is left as it was.
     */
    private record Leftovers(List<Path> createdDirectories, Path lockFile, boolean lockExisted) {

        static Leftovers before(Path output) {
            List<Path> missing = new ArrayList<>();
            Path p = output.toAbsolutePath().normalize();
            while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(p);
                p = p.getParent();
            }
            Path lock = output.resolve(DatasetDirectory.LOCK_FILE);
            return new Leftovers(missing, lock, Files.exists(lock, LinkOption.NOFOLLOW_LINKS));
        }

        void remove() {
            try {
                if (!lockExisted) {
                    Files.deleteIfExists(lockFile);
                }
                for (Path dir : createdDirectories) {
                    Files.deleteIfExists(dir); // only when empty: what else is there is not ours to delete
                }
            } catch (IOException ignored) {
                // a directory someone else filled meanwhile stays; the refusal is the error to report
            }
        }
    }

    /** Where a merged file's records come from: one shard's file, read once, checked record by record. */
    private static final class Cursor {
        final ShardFile in;
        final Scanner scanner;
        final Merged merged;
        final RecordRange range;
        final boolean everyRecord;
        final RecordIds ids;
        final ArrayDeque<Rec> lastRecords = new ArrayDeque<>();

        Cursor(ShardFile in, Scanner scanner, Merged merged, RecordRange range, boolean everyRecord, RecordIds ids) {
            this.in = in;
            this.scanner = scanner;
            this.merged = merged;
            this.range = range;
            this.everyRecord = everyRecord;
            this.ids = ids;
        }

        /**
         * The records of index {@code i}: checked against {@code expected} (the generator's records of {@code i})
         * when it is given, and their ids against the index, then appended to the merged file.
         */
        void index(long i, List<?> expected) throws IOException {
            if (ids != null) {
                indexById(i, expected);
            } else if (expected != null) {
                indexByCount(i, expected);
            }
        }

        private void indexById(long i, List<?> expected) throws IOException {
            int k = 0;
            for (Rec r = scanner.peek(); r != null && ids.ofIndex(r.id(), i); r = scanner.peek()) {
                String id = ids.id(i, k + 1);
                if (!r.id().equals(id)) {
                    throw mismatch(r, "found id " + r.id() + ", expected " + id + " (record index " + i + ", the "
                            + ordinal(k + 1) + " of its records)");
                }
                if (ids.onePerIndex && k > 0) {
                    throw mismatch(r, "found id " + r.id() + " a second time");
                }
                if (expected != null) {
                    if (k >= expected.size()) {
                        throw mismatch(r, "found id " + r.id() + ", but record index " + i + " has " + expected.size()
                                + " records of " + merged.file.part().name() + " (the generator gives "
                                + ids.id(i, expected.size()) + " last)");
                    }
                    compare(r, i, expected.get(k));
                }
                merged.append(scanner.next().bytes());
                k++;
            }
            if ((ids.onePerIndex && k == 0) || (expected != null && k < expected.size())) {
                Rec r = scanner.peek();
                String found = r == null ? "the end of the file" : "id " + r.id();
                String where = r == null ? in.file + ", after record " + scanner.records
                        + " (" + range.from() + ":" + range.to() + " claimed by its manifest)"
                        : where(r);
                throw new ShardMismatchException(where + ": found " + found + ", expected " + ids.id(i, k + 1)
                        + " (record index " + i + "; a shard holds exactly its range's records, in order)");
            }
        }

        /** Records whose ids do not follow the index (FHIR): the first and last index by the generator's count. */
        private void indexByCount(long i, List<?> expected) throws IOException {
            if (everyRecord || i == range.from()) {
                for (Object record : expected) {
                    Rec r = scanner.next();
                    if (r == null) {
                        throw new ShardMismatchException(in.file + ": ends after record " + scanner.records
                                + ", but record index " + i + " has " + expected.size() + " records of "
                                + merged.file.part().name() + " (a shard holds exactly its range's records)");
                    }
                    compare(r, i, record);
                    merged.append(r.bytes());
                }
                return;
            }
            if (i != range.to() - 1) {
                return;
            }
            // the last index's records are the file's last ones: keep as many as it has while copying the rest
            for (Rec r = scanner.next(); r != null; r = scanner.next()) {
                merged.append(r.bytes());
                lastRecords.addLast(r);
                if (lastRecords.size() > expected.size()) {
                    lastRecords.removeFirst();
                }
            }
            if (lastRecords.size() < expected.size()) {
                throw new ShardMismatchException(in.file + ": ends after record " + scanner.records + ", but record"
                        + " index " + i + " has " + expected.size() + " records of " + merged.file.part().name());
            }
            int k = 0;
            for (Rec r : lastRecords) {
                compare(r, i, expected.get(k++));
            }
        }

        private void compare(Rec r, long i, Object record) throws IOException {
            ByteArrayBuilder regenerated = new ByteArrayBuilder(1 << 12);
            DatasetWriter.appendRecord(regenerated, merged.file.part(), merged.file.format(), record);
            byte[] expected = regenerated.toByteArray();
            if (!Arrays.equals(expected, r.bytes())) {
                int at = Arrays.mismatch(expected, r.bytes());
                throw mismatch(r, "is not the record the generator writes for record index " + i + " (first"
                        + " difference at byte " + at + ": found " + excerpt(r.bytes(), at) + ", expected "
                        + excerpt(expected, at) + ")");
            }
        }

        /** The shard file is read to its end: nothing after the range, and its size, digest and count its manifest's. */
        void finish() throws IOException {
            Rec r = scanner.next();
            if (r != null) {
                throw mismatch(r, "found " + (r.id() == null ? "a record" : "id " + r.id()) + " after the records of"
                        + " the last index " + (range.to() - 1) + ", where the file should end (a shard holds exactly"
                        + " its range's records, in the order of their index)");
            }
            in.finish();
            if (scanner.records != in.entry.records()) {
                throw new ShardMismatchException(in.file + " holds " + scanner.records + " records, but its shard's"
                        + " manifest says " + in.entry.records() + " (modified)");
            }
        }

        private ShardMismatchException mismatch(Rec r, String problem) {
            return new ShardMismatchException(where(r) + ": " + problem);
        }

        private String where(Rec r) {
            return in.file + ", line " + r.line() + " (record " + r.number() + "; the shard claims records "
                    + range.from() + ":" + range.to() + ")";
        }

        private static String ordinal(int n) {
            return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd"
                    : n % 10 == 3 ? "rd" : "th");
        }

        private static String excerpt(byte[] bytes, int at) {
            int from = Math.max(0, at - 20);
            int to = Math.min(bytes.length, at + 40);
            String text = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8)
                    .replace("\n", "\\n");
            return (from > 0 ? "\"…" : "\"") + text + (to < bytes.length ? "…\"" : "\"");
        }
    }

    /**
     * Splits a shard file into its records, in the form the writer appends them, checking the format's framing: JSON
     * Lines and NDJSON a line each; CSV the writer's header row, then a row each (quoted line ends included); JSON the
     * array of two-space-indented elements.
     */
    private abstract static class Scanner {
        final ShardFile in;
        final RecordIds ids;
        final Format format;
        long records;
        long line;
        private Rec peeked;

        Scanner(ShardFile in, RecordIds ids, Format format) {
            this.in = in;
            this.ids = ids;
            this.format = format;
        }

        static Scanner of(DatasetWriter.FileOf file, ShardFile in, RecordIds ids) throws IOException {
            return switch (file.format()) {
                case JSON -> new JsonScanner(in, ids);
                case CSV, RELATIONAL -> new CsvScanner(in, ids, file);
                default -> new LineScanner(in, ids, file.format());
            };
        }

        /** The next record without taking it, or null at the end. */
        Rec peek() throws IOException {
            if (peeked == null) {
                long start = line + 1;
                byte[] bytes = read();
                if (bytes != null) {
                    records++;
                    peeked = new Rec(bytes, records, start, ids == null ? null : id(bytes, start));
                }
            }
            return peeked;
        }

        /** The next record, or null at the end. */
        Rec next() throws IOException {
            Rec r = peek();
            peeked = null;
            return r;
        }

        /** The next record's bytes, or null at the end of the records. */
        abstract byte[] read() throws IOException;

        abstract String id(byte[] record, long at) throws IOException;

        byte[] line() throws IOException {
            byte[] l = in.readLine();
            if (l != null) {
                line++;
            }
            return l;
        }

        ShardMismatchException malformed(long at, String problem) {
            return new ShardMismatchException(in.file + ", line " + at + ": " + problem + " (modified or not written"
                    + " by synthetic-customers)");
        }

        /** The string value of the top-level property {@code field} of the JSON object at {@code offset}. */
        String jsonId(byte[] bytes, int offset, long at) throws IOException {
            try (JsonParser p = JsonMappers.data().getFactory().createParser(bytes, offset, bytes.length - offset)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw malformed(at, "the record is not a JSON object");
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals(ids.jsonField)) {
                        if (value != JsonToken.VALUE_STRING) {
                            throw malformed(at, "the record's \"" + name + "\" is not a string");
                        }
                        return p.getText();
                    }
                    p.skipChildren();
                }
                throw malformed(at, "the record has no \"" + ids.jsonField + "\"");
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw malformed(at, "the record is not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
    }

    /** JSON Lines and NDJSON: one record a line. */
    private static final class LineScanner extends Scanner {

        LineScanner(ShardFile in, RecordIds ids, Format format) {
            super(in, ids, format);
        }

        @Override
        byte[] read() throws IOException {
            byte[] l = line();
            if (l == null) {
                return null;
            }
            if (l[l.length - 1] != '\n') {
                throw malformed(line, "the last line has no line end (truncated?)");
            }
            if (l.length == 1) {
                throw malformed(line, "an empty line, where a record was expected");
            }
            return l;
        }

        @Override
        String id(byte[] record, long at) throws IOException {
            return jsonId(record, 0, at);
        }
    }

    /** CSV: the writer's header row, then one record a row (quoted line ends within it). */
    private static final class CsvScanner extends Scanner {
        private final int idColumn;

        CsvScanner(ShardFile in, RecordIds ids, DatasetWriter.FileOf file) throws IOException {
            super(in, ids, file.format());
            byte[] header = DatasetWriter.header(file.part(), file.format());
            byte[] found = row();
            if (!Arrays.equals(header, found)) {
                throw malformed(1, "the header row is not " + file.name() + "'s: expected "
                        + new String(header, StandardCharsets.UTF_8).strip() + ", found "
                        + (found == null ? "an empty file" : new String(found, StandardCharsets.UTF_8).strip()));
            }
            this.idColumn = ids == null ? -1 : file.part().csvColumns().names().indexOf(ids.csvColumn);
        }

        @Override
        byte[] read() throws IOException {
            return row();
        }

        private byte[] row() throws IOException {
            byte[] l = line();
            if (l == null) {
                return null;
            }
            long start = line;
            ByteArrayOutputStream row = null;
            int quotes = count(l);
            while (quotes % 2 != 0) {
                byte[] more = line();
                if (more == null) {
                    throw malformed(start, "a quoted cell is not closed before the end of the file");
                }
                if (row == null) {
                    row = new ByteArrayOutputStream();
                    row.write(l);
                }
                if (row.size() + more.length > MAX_LINE) {
                    throw malformed(start, "a row longer than " + MAX_LINE + " bytes");
                }
                row.write(more);
                quotes += count(more);
            }
            byte[] bytes = row == null ? l : row.toByteArray();
            if (bytes[bytes.length - 1] != '\n') {
                throw malformed(start, "the last row has no line end (truncated?)");
            }
            return bytes;
        }

        private static int count(byte[] l) {
            int n = 0;
            for (byte b : l) {
                if (b == '"') {
                    n++;
                }
            }
            return n;
        }

        @Override
        String id(byte[] record, long at) {
            String text = new String(record, StandardCharsets.UTF_8);
            int column = 0;
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',' || c == '\n') {
                    if (column == idColumn) {
                        return cell.toString();
                    }
                    column++;
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            throw malformed(at, "the row has no column " + (idColumn + 1) + " (" + ids.csvColumn + ")");
        }
    }

    /** JSON: {@code [}, the elements (each from a line {@code "  {"} to {@code "  }"}), {@code ]}. */
    private static final class JsonScanner extends Scanner {
        private static final byte[] OPEN = "[\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] ELEMENT = "  {\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] LAST = "  }\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] NOT_LAST = "  },\n".getBytes(StandardCharsets.UTF_8);
        private static final byte[] CLOSE = "]\n".getBytes(StandardCharsets.UTF_8);
        private boolean ended;

        JsonScanner(ShardFile in, RecordIds ids) throws IOException {
            super(in, ids, Format.JSON);
            byte[] first = line();
            if (Arrays.equals(first, "[]\n".getBytes(StandardCharsets.UTF_8))) {
                ended = true;
            } else if (!Arrays.equals(first, OPEN)) {
                throw malformed(1, "does not start a JSON array as the writer does");
            }
        }

        @Override
        byte[] read() throws IOException {
            if (ended) {
                return null;
            }
            byte[] l = line();
            long start = line;
            if (l == null) {
                throw malformed(start, "the JSON array is not closed (truncated?)");
            }
            if (Arrays.equals(l, CLOSE)) {
                if (records > 0) {
                    throw malformed(start, "the array ends after a \",\"");
                }
                throw malformed(start, "an empty array is written \"[]\"");
            }
            if (!Arrays.equals(l, ELEMENT)) {
                throw malformed(start, "an element of the array does not start as the writer starts it");
            }
            ByteArrayOutputStream element = new ByteArrayOutputStream();
            element.write(',');
            element.write('\n');
            element.write(l, 0, l.length - 1);
            while (true) {
                byte[] more = line();
                if (more == null) {
                    throw malformed(start, "the element is not closed (truncated?)");
                }
                if (element.size() + more.length > MAX_LINE) {
                    throw malformed(start, "an element longer than " + MAX_LINE + " bytes");
                }
                boolean last = Arrays.equals(more, LAST);
                if (last || Arrays.equals(more, NOT_LAST)) {
                    element.write('\n');
                    element.write(more, 0, 3);
                    if (last) {
                        ended = true;
                        byte[] close = line();
                        if (!Arrays.equals(close, CLOSE)) {
                            throw malformed(line, "the array does not end as the writer ends it");
                        }
                    }
                    return element.toByteArray();
                }
                if (more.length < 5 || more[0] != ' ' || more[1] != ' ' || more[2] != ' ' || more[3] != ' ') {
                    throw malformed(line, "a line of an element is not indented as the writer indents it");
                }
                element.write('\n');
                element.write(more, 0, more.length - 1);
            }
        }

        @Override
        String id(byte[] record, long at) throws IOException {
            return jsonId(record, 1, at);
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
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private long read;

        ShardFile(Path file, Manifest.FileEntry entry) throws IOException {
            this.file = file;
            this.entry = entry;
            if (!DatasetDirectory.isPlainFile(file)) {
                throw new ShardMismatchException(file + " is missing or not a plain file, but its shard's manifest"
                        + " lists it");
            }
            this.in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }

        /** The next line with its line end (the last one may have none), or null at the end. */
        byte[] readLine() throws IOException {
            ByteArrayOutputStream longer = null;
            while (true) {
                if (position == limit && !fill()) {
                    break;
                }
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                boolean complete = end < limit;
                int stop = complete ? end + 1 : end;
                if (complete && longer == null) {
                    byte[] line = Arrays.copyOfRange(buffer, position, stop);
                    position = stop;
                    return consumed(line);
                }
                if (longer == null) {
                    longer = new ByteArrayOutputStream(Math.max(256, 2 * (stop - position)));
                }
                longer.write(buffer, position, stop - position);
                position = stop;
                if (longer.size() > MAX_LINE) {
                    throw new ShardMismatchException(file + ": a line longer than " + MAX_LINE + " bytes (modified or"
                            + " not written by synthetic-customers)");
                }
                if (complete) {
                    break;
                }
            }
            return longer == null || longer.size() == 0 ? null : consumed(longer.toByteArray());
        }

        private boolean fill() throws IOException {
            int n;
            do {
                n = in.read(buffer);
            } while (n == 0);
            position = 0;
            limit = Math.max(0, n);
            return n > 0;
        }

        private byte[] consumed(byte[] line) {
            digest.update(line);
            read += line.length;
            return line;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The file was read whole: its size and digest must be its manifest's. */
        void finish() throws IOException {
            if (readLine() != null) {
                throw new ShardMismatchException(file + " has bytes after the end of its format's records (modified or"
                        + " not written by synthetic-customers)");
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (read != entry.bytes() || !sha256.equals(entry.sha256())) {
                throw new ShardMismatchException(file + " differs from its shard's manifest (" + read + " bytes, "
                        + "manifest " + entry.bytes() + "; SHA-256 " + sha256 + ", manifest " + entry.sha256()
                        + "; modified, truncated or replaced)");
            }
        }
    }
}
