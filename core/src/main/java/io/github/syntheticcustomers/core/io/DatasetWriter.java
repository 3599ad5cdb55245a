package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writes dataset parts in every requested format, plus {@code manifest.json}, into a {@link DatasetDirectory}.
 *
 * <p>Records are generated and serialised in index-ordered chunks, in parallel on {@code threads}
 * workers, and the chunks are appended in index order. At most {@value #IN_FLIGHT} indices are in flight
 * whatever the thread count (more threads, smaller chunks), so memory stays constant: {@code jsonl},
 * {@code csv} and even {@code json} stream. The bytes do not depend on the thread count.
 *
 * <p>Every file is written to an exclusive temporary file of the directory; only when all are complete does
 * the directory {@linkplain DatasetDirectory publish} them (journal, renames, manifest last). A failure before
 * that leaves the previous dataset as it was and no temporary file; a kill during the publish is finished by
 * the next run that opens the directory.
 */
public final class DatasetWriter {

    /** The manifest's file name. */
    public static final String MANIFEST = DatasetDirectory.MANIFEST;
    /** Most indices generated and serialised but not yet appended, whatever the thread count. */
    static final int IN_FLIGHT = 2048;
    /** How a {@code .json} file starts, and how it ends after its last record, or with no record at all. */
    static final byte[] JSON_START = "[".getBytes(StandardCharsets.UTF_8);
    static final byte[] JSON_END = "\n]\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] JSON_END_EMPTY = "]\n".getBytes(StandardCharsets.UTF_8);
    private static final int MIN_CHUNK = 8;

    private final Path directoryPath;
    private final DatasetDirectory directory;
    private final Set<Format> formats;
    private final int threads;
    private final FileSink sink;
    private final Progress progress;

    /**
     * A writer that opens {@code directory} itself for each {@link #write} (default {@link DirectoryOptions}).
     *
     * @param directory the output directory (created when missing)
     * @param formats the formats to write; parts without a CSV form skip {@code csv}
     * @param threads worker threads for generation and serialisation (1 = the calling thread only)
     * @param sink where file bytes go; {@link FileSink#FILES} except in fault-injection tests
     */
    public DatasetWriter(Path directory, Set<Format> formats, int threads, FileSink sink) {
        this(directory, null, formats, threads, sink, Progress.NONE);
    }

    /** A writer into an already opened (and locked) directory. */
    public DatasetWriter(DatasetDirectory directory, Set<Format> formats, int threads) {
        this(directory.path(), directory, formats, threads, null, Progress.NONE);
    }

    private DatasetWriter(Path path, DatasetDirectory directory, Set<Format> formats, int threads, FileSink sink,
            Progress progress) {
        this.threads = Limits.requireThreads("threads", threads);
        this.directoryPath = path;
        this.directory = directory;
        this.formats = Set.copyOf(formats);
        this.sink = sink;
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /** This writer reporting to {@code listener} after each chunk of records. */
    public DatasetWriter withProgress(Progress listener) {
        return new DatasetWriter(directoryPath, directory, formats, threads, sink, listener);
    }

    /** File name of a part in a format, e.g. {@code customers.jsonl}. */
    public static String fileName(String part, Format format) {
        return part + "." + format.extension();
    }

    /**
     * Writes {@code count} dataset indices of every part, the JSON Schemas ({@link DatasetSchema}) and then the
     * manifest that {@code manifest} builds from the data files' entries; all are published together.
     */
    public Manifest write(long count, List<? extends DatasetPart<?>> parts,
            Function<List<Manifest.FileEntry>, Manifest> manifest) {
        return write(new RecordRange(0, count), parts, manifest);
    }

    /** As {@link #write(long, List, Function)}, for the dataset indices {@code records} only (a shard). */
    public Manifest write(RecordRange records, List<? extends DatasetPart<?>> parts,
            Function<List<Manifest.FileEntry>, Manifest> manifest) {
        if (directory != null) {
            return write(directory, records, parts, manifest);
        }
        DirectoryOps ops = sink == null || sink == FileSink.FILES ? DirectoryOps.FILES
                : DirectoryOps.FILES.withSink(sink);
        try (DatasetDirectory opened = DatasetDirectory.forWriting(directoryPath, DirectoryOptions.defaults(), ops)) {
            return write(opened, records, parts, manifest);
        }
    }

    private Manifest write(DatasetDirectory into, RecordRange records, List<? extends DatasetPart<?>> parts,
            Function<List<Manifest.FileEntry>, Manifest> manifest) {
        List<DatasetDirectory.Temp> temps = new ArrayList<>();
        int window = Math.min(threads * 4, IN_FLIGHT / MIN_CHUNK);
        int chunk = Math.max(MIN_CHUNK, IN_FLIGHT / window);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, new Workers()) : null;
        boolean published = false;
        try {
            List<Written> written = writeParts(into, records, parts, pool, temps, window, chunk);
            Publication publication = prepare(into, written, manifest, temps);
            published = true;
            into.publish(publication.files(), publication.manifestFile(), true);
            return publication.manifest();
        } catch (IOException e) {
            throw new DatasetDirectoryException("cannot write the dataset to " + into.path() + ": " + e.getMessage(), e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (!published) {
                temps.forEach(into::deleteQuietly);
            }
        }
    }

    /**
     * One record as the {@code .json} files write it (two-space indent, LF, plain decimals), without the array
     * around it: what {@code show} prints.
     */
    public static String prettyJson(Object record) {
        try {
            return JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@link DatasetDirectory#publish} moves into place: data and schema files, then the manifest.
     *
     * @param manifest the manifest as published, listing the schema files
     */
    record Publication(List<DatasetDirectory.NewFile> files, DatasetDirectory.NewFile manifestFile, Manifest manifest) {
    }

    /**
     * Prepares the publishing of completed data files with the JSON Schemas of what they hold (every part written as
     * JSON or JSON Lines, the manifest, {@code quality.json} and {@code analysis.json}) and the manifest that
     * {@code manifestOf} builds from the data files' entries, listing those schemas: the schemas and the manifest are
     * written to temporary files of {@code into} (added to {@code temps}, which the caller deletes if anything fails
     * before it publishes). The writer and {@link ShardMerge} both publish through here, so a merged dataset's manifest
     * is built as a run's.
     */
    static Publication prepare(DatasetDirectory into, List<Written> written,
            Function<List<Manifest.FileEntry>, Manifest> manifestOf, List<DatasetDirectory.Temp> temps)
            throws IOException {
        Manifest unlisted = manifestOf.apply(written.stream().map(Written::entry).toList());
        // described once: the same files are digested into the manifest and written beside it
        List<SchemaFiles.SchemaFile> described = SchemaFiles.describing(unlisted.files());
        Manifest manifest = withSchemas(unlisted, described);
        List<DatasetDirectory.NewFile> files = new ArrayList<>(written.stream()
                .map(w -> new DatasetDirectory.NewFile(w.entry().file(), w.temp().name(), w.entry().sha256())).toList());
        for (SchemaFiles.SchemaFile schema : described) {
            files.add(into.writeTemp(schema.fileName(), schema.bytes(), temps));
        }
        DatasetDirectory.NewFile manifestFile = into.writeTemp(MANIFEST, manifestBytes(manifest), temps);
        return new Publication(files, manifestFile, manifest);
    }

    /** {@code manifest} listing the JSON Schema files its dataset is published with, with their sizes and digests. */
    static Manifest withSchemas(Manifest manifest) {
        return withSchemas(manifest, SchemaFiles.describing(manifest.files()));
    }

    private static Manifest withSchemas(Manifest manifest, List<SchemaFiles.SchemaFile> described) {
        List<Manifest.FileDigest> schemas = new ArrayList<>();
        for (SchemaFiles.SchemaFile schema : described) {
            byte[] bytes = schema.bytes();
            schemas.add(new Manifest.FileDigest(schema.fileName(), bytes.length, DatasetDirectory.sha256(bytes)));
        }
        return manifest.withSchemas(schemas);
    }

    /**
     * One record as a line of the {@code .jsonl} files, without the line end: what a part's JSON Lines file holds
     * for it (the Spark module writes these lines on its executors).
     */
    public static String jsonLine(Object record) {
        try {
            return Serializer.COMPACT.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] manifestBytes(Manifest manifest) throws IOException {
        return (JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(manifest) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A completed data file: its temporary file and manifest entry. */
    record Written(DatasetDirectory.Temp temp, Manifest.FileEntry entry) {
    }

    /**
     * Writes every part in one pass over the indices: a chunk task asks each part for index {@code i}
     * in turn on one thread, so a part built on another (scenarios on customers) reuses its record.
     */
    private List<Written> writeParts(DatasetDirectory into, RecordRange range, List<? extends DatasetPart<?>> parts,
            ExecutorService pool, List<DatasetDirectory.Temp> temps, int window, int chunk) throws IOException {
        List<Target> targets = new ArrayList<>();
        try {
            for (FileOf file : files(parts, formats)) {
                DatasetDirectory.Temp temp = into.newTemp();
                temps.add(temp);
                Target target = new Target(file.part(), file.format(), temp, new Output(temp.out()));
                targets.add(target);
                target.output.begin(header(file.part(), file.format()));
            }
            // a part no requested format writes is not generated at all (the CSV of a part without one, FHIR only)
            List<? extends DatasetPart<?>> generated = parts.stream()
                    .filter(p -> targets.stream().anyMatch(t -> t.part == p)).toList();
            Serializer serializer = new Serializer(generated, targets);
            ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
            long next = range.from();
            long end = range.to();
            while (next < end || !inFlight.isEmpty()) {
                while (next < end && (pool == null ? inFlight.isEmpty() : inFlight.size() < window)) {
                    long from = next;
                    long to = from + Math.min(chunk, end - from);
                    inFlight.add(pool == null ? CompletableFuture.completedFuture(serializer.chunk(from, to))
                            : pool.submit(() -> serializer.chunk(from, to)));
                    next = to;
                }
                Chunk done = await(inFlight.poll());
                long bytes = 0;
                for (int k = 0; k < targets.size(); k++) {
                    Target t = targets.get(k);
                    t.output.append(done.bytes[k], t.format == Format.JSON, done.records[k]);
                    bytes += t.output.bytes();
                }
                progress.update(done.to - range.from(), range.size(), bytes);
            }
            List<Written> written = new ArrayList<>();
            for (Target t : targets) {
                t.output.finish(t.format == Format.JSON);
                written.add(new Written(t.temp, new Manifest.FileEntry(fileName(t.part.name(), t.format),
                        t.part.name(), t.format.id(), t.output.records, t.output.bytes(), t.output.sha256())));
            }
            return written;
        } finally {
            for (Target t : targets) {
                t.output.closeQuietly();
            }
        }
    }

    private static Chunk await(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** One output file: a part in a format. */
    private record Target(DatasetPart<?> part, Format format, DatasetDirectory.Temp temp, Output output) {
    }

    /** A file a run writes: a part in a format. */
    record FileOf(DatasetPart<?> part, Format format) {

        String name() {
            return fileName(part.name(), format);
        }
    }

    /** The files a run of {@code parts} in {@code formats} writes, in the manifest's order. */
    static List<FileOf> files(List<? extends DatasetPart<?>> parts, Set<Format> formats) {
        List<FileOf> files = new ArrayList<>();
        for (DatasetPart<?> part : parts) {
            for (Format f : Format.values()) {
                if (formats.contains(f) && part.supports(f)) {
                    files.add(new FileOf(part, f));
                }
            }
        }
        return files;
    }

    /** What a part's file in {@code format} starts with before its first record. */
    static byte[] header(DatasetPart<?> part, Format format) {
        if (format == Format.JSON) {
            return JSON_START;
        }
        if (format == Format.CSV || format == Format.RELATIONAL) {
            return Csv.row(part.csvColumns().names()).getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    /**
     * Appends one record of {@code part} as its file in {@code format} holds it: a JSON element with the
     * {@code ",\n  "} before it (the file's first element is written without the comma), a JSON Lines or NDJSON line,
     * a CSV row. The writer and {@link ShardMerge}'s regeneration both serialise through here.
     */
    static void appendRecord(ByteArrayBuilder out, DatasetPart<?> part, Format format, Object record)
            throws IOException {
        Serializer.append(out, part, format, record);
    }

    /**
     * The serialised bytes and record counts of one chunk of indices, per target (in target order).
     *
     * @param to the index after the chunk's last
     */
    private record Chunk(byte[][] bytes, long[] records, long to) {
    }

    /** Serialises the records of every part into each of its targets. Thread-safe. */
    private static final class Serializer {
        private static final ObjectWriter PRETTY = JsonMappers.data().writer(JsonMappers.prettyPrinter());
        private static final ObjectWriter COMPACT = JsonMappers.data().writer();

        private final List<? extends DatasetPart<?>> parts;
        private final List<Target> targets;

        Serializer(List<? extends DatasetPart<?>> parts, List<Target> targets) {
            this.parts = parts;
            this.targets = targets;
        }

        Chunk chunk(long from, long to) throws IOException {
            int n = targets.size();
            ByteArrayBuilder[] buffers = new ByteArrayBuilder[n];
            long[] records = new long[n];
            for (int k = 0; k < n; k++) {
                buffers[k] = new ByteArrayBuilder(1 << 16);
            }
            for (long i = from; i < to; i++) {
                for (DatasetPart<?> part : parts) {
                    List<?> recordsOfPart = part.recordsFor(i);
                    for (int k = 0; k < n; k++) {
                        Target t = targets.get(k);
                        if (t.part != part) {
                            continue;
                        }
                        records[k] += recordsOfPart.size();
                        for (Object record : recordsOfPart) {
                            append(buffers[k], t.part, t.format, record);
                        }
                    }
                }
            }
            byte[][] bytes = new byte[n][];
            for (int k = 0; k < n; k++) {
                bytes[k] = buffers[k].toByteArray();
            }
            return new Chunk(bytes, records, to);
        }

        /** Straight to UTF-8 bytes: no String, StringBuilder or re-encoding copies in between (JSONL, CSV). */
        @SuppressWarnings("unchecked")
        private static void append(ByteArrayBuilder out, DatasetPart<?> part, Format format, Object record)
                throws IOException {
            switch (format) {
                case JSON -> out.write((",\n  " + PRETTY.writeValueAsString(record).replace("\n", "\n  "))
                        .getBytes(StandardCharsets.UTF_8));
                case JSONL -> {
                    out.write(COMPACT.writeValueAsBytes(record));
                    out.append('\n');
                }
                case CSV -> out.write(Csv.row((CsvColumns<Object>) part.csvColumns(), record)
                        .getBytes(StandardCharsets.UTF_8));
                case RELATIONAL -> out.write(Csv.exactRow((CsvColumns<Object>) part.csvColumns(), record)
                        .getBytes(StandardCharsets.UTF_8));
                case FHIR, FHIR_BUNDLE -> {
                    // the providing module encodes its resources itself (FormatParts): one line each
                    if (!(record instanceof String line) || line.indexOf('\n') >= 0) {
                        throw new IllegalStateException("part " + part.name() + " gave a record that is not one"
                                + " encoded line");
                    }
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.append('\n');
                }
            }
        }
    }

    /** One file being written: counts records and bytes and digests them on the way. */
    private static final class Output {
        private final MessageDigest digest;
        private final CountingStream counter;
        private final OutputStream out;
        long records;

        Output(OutputStream raw) {
            this.digest = sha256Digest();
            this.counter = new CountingStream(raw);
            this.out = new BufferedOutputStream(new DigestOutputStream(counter, digest), 1 << 16);
        }

        void begin(byte[] header) throws IOException {
            out.write(header);
        }

        void append(byte[] bytes, boolean json, long chunkRecords) throws IOException {
            if (bytes.length == 0) {
                return;
            }
            // each JSON record starts with ",": the very first one in the file must not
            int skip = json && records == 0 ? 1 : 0;
            out.write(bytes, skip, bytes.length - skip);
            records += chunkRecords;
        }

        void finish(boolean json) throws IOException {
            if (json) {
                out.write(records == 0 ? JSON_END_EMPTY : JSON_END);
            }
            out.close();
        }

        long bytes() {
            return counter.count;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        void closeQuietly() {
            try {
                out.close();
            } catch (IOException ignored) {
                // already failed; the temporary file is deleted by the caller
            }
        }
    }

    /** Counts the bytes written through it. */
    static final class CountingStream extends OutputStream {
        private final OutputStream target;
        long count;

        CountingStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "synthetic-customers-writer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
