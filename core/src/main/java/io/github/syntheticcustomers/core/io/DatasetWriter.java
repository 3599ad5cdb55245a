package io.github.syntheticcustomers.core.io;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * Writes dataset parts in every requested format, plus {@code manifest.json}, atomically.
 *
 * <p>Records are generated and serialised in index-ordered chunks, in parallel on {@code threads}
 * workers, and the chunks are appended in index order; a bounded window of chunks keeps memory
 * constant, so {@code jsonl}, {@code csv} and even {@code json} stream. The bytes do not depend on the
 * thread count.
 *
 * <p>Every file is written to a temporary name beside its target. Only when all files are complete
 * is the old manifest removed, the files moved into place, files of formats no longer requested
 * deleted, and the new manifest moved in last. A failure before that leaves the previous dataset as it
 * was and no temporary file; a crash during the moves leaves no manifest, so the dataset is never
 * mistaken for complete.
 */
public final class DatasetWriter {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int CHUNK = 256;

    private final Path directory;
    private final Set<Format> formats;
    private final int threads;
    private final FileSink sink;

    /**
     * @param directory the output directory (created when missing)
     * @param formats the formats to write; parts without a CSV form skip {@code csv}
     * @param threads worker threads for generation and serialisation (1 = the calling thread only)
     * @param sink where file bytes go; {@link FileSink#FILES} except in fault-injection tests
     */
    public DatasetWriter(Path directory, Set<Format> formats, int threads, FileSink sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
        }
        this.directory = directory;
        this.formats = Set.copyOf(formats);
        this.threads = threads;
        this.sink = sink;
    }

    /** File name of a part in a format, e.g. {@code customers.jsonl}. */
    public static String fileName(String part, Format format) {
        return part + "." + format.extension();
    }

    /**
     * Writes {@code count} dataset indices of every part and then the manifest that {@code manifest}
     * builds from the file entries.
     */
    public Manifest write(long count, List<? extends DatasetPart<?>> parts,
            Function<List<Manifest.FileEntry>, Manifest> manifest) {
        List<Path> temps = new ArrayList<>();
        List<Manifest.FileEntry> entries = new ArrayList<>();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, new Workers()) : null;
        try {
            Files.createDirectories(directory);
            sweepLeftovers(parts);
            entries.addAll(writeParts(count, parts, pool, temps));
            Manifest result = manifest.apply(entries);
            Path manifestTemp = temp(MANIFEST);
            temps.add(manifestTemp);
            try (OutputStream out = sink.open(manifestTemp)) {
                out.write(manifestBytes(result));
            }
            publish(parts, entries, manifestTemp);
            temps.clear();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset to " + directory + ": " + e.getMessage(), e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: the original failure is what the caller needs to see
                }
            }
        }
    }

    /**
     * Deletes temporary files a killed earlier run left behind. They are only ever ours: a dot, a
     * dataset file name, {@code .tmp}.
     */
    private void sweepLeftovers(List<? extends DatasetPart<?>> parts) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(MANIFEST);
        for (DatasetPart<?> part : parts) {
            for (Format f : Format.values()) {
                names.add(fileName(part.name(), f));
            }
        }
        for (String name : names) {
            Files.deleteIfExists(temp(name));
        }
    }

    static byte[] manifestBytes(Manifest manifest) throws IOException {
        return (JsonMappers.data().writer(JsonMappers.prettyPrinter()).writeValueAsString(manifest) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void publish(List<? extends DatasetPart<?>> parts, List<Manifest.FileEntry> entries, Path manifestTemp)
            throws IOException {
        Files.deleteIfExists(directory.resolve(MANIFEST));
        for (Manifest.FileEntry e : entries) {
            move(temp(e.file()), directory.resolve(e.file()));
        }
        for (DatasetPart<?> part : parts) {
            for (Format f : Format.values()) {
                String name = fileName(part.name(), f);
                if (entries.stream().noneMatch(e -> e.file().equals(name))) {
                    Files.deleteIfExists(directory.resolve(name));
                }
            }
        }
        move(manifestTemp, directory.resolve(MANIFEST));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path temp(String fileName) {
        return directory.resolve("." + fileName + TEMP_SUFFIX);
    }

    /**
     * Writes every part in one pass over the indices: a chunk task asks each part for index {@code i}
     * in turn on one thread, so a part built on another (scenarios on customers) reuses its record.
     */
    private List<Manifest.FileEntry> writeParts(long count, List<? extends DatasetPart<?>> parts, ExecutorService pool,
            List<Path> temps) throws IOException {
        List<Target> targets = new ArrayList<>();
        try {
            for (DatasetPart<?> part : parts) {
                for (Format f : Format.values()) {
                    if (formats.contains(f) && part.supports(f)) {
                        Path t = temp(fileName(part.name(), f));
                        temps.add(t);
                        Target target = new Target(part, f, new Output(sink.open(t)));
                        targets.add(target);
                        target.output.begin(target.header());
                    }
                }
            }
            Serializer serializer = new Serializer(parts, targets);
            ArrayDeque<Future<Chunk>> window = new ArrayDeque<>();
            long next = 0;
            while (next < count || !window.isEmpty()) {
                while (next < count && (pool == null ? window.isEmpty() : window.size() < threads * 4)) {
                    long from = next;
                    long to = Math.min(count, from + CHUNK);
                    window.add(pool == null ? CompletableFuture.completedFuture(serializer.chunk(from, to))
                            : pool.submit(() -> serializer.chunk(from, to)));
                    next = to;
                }
                Chunk chunk = await(window.poll());
                for (int k = 0; k < targets.size(); k++) {
                    Target t = targets.get(k);
                    t.output.append(chunk.bytes[k], t.format == Format.JSON, chunk.records[k]);
                }
            }
            List<Manifest.FileEntry> entries = new ArrayList<>();
            for (Target t : targets) {
                t.output.finish(t.format == Format.JSON);
                entries.add(new Manifest.FileEntry(fileName(t.part.name(), t.format), t.part.name(),
                        t.format.extension(), t.output.records, t.output.bytes(), t.output.sha256()));
            }
            return entries;
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
    private record Target(DatasetPart<?> part, Format format, Output output) {

        byte[] header() {
            if (format == Format.JSON) {
                return "[".getBytes(StandardCharsets.UTF_8);
            }
            if (format == Format.CSV) {
                return Csv.row(part.csvColumns().names()).getBytes(StandardCharsets.UTF_8);
            }
            return new byte[0];
        }
    }

    /** The serialised bytes and record counts of one chunk of indices, per target (in target order). */
    private record Chunk(byte[][] bytes, long[] records) {
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
                            append(buffers[k], t, record);
                        }
                    }
                }
            }
            byte[][] bytes = new byte[n][];
            for (int k = 0; k < n; k++) {
                bytes[k] = buffers[k].toByteArray();
            }
            return new Chunk(bytes, records);
        }

        /** Straight to UTF-8 bytes: no String, StringBuilder or re-encoding copies in between (JSONL, CSV). */
        @SuppressWarnings("unchecked")
        private static void append(ByteArrayBuilder out, Target t, Object record) throws IOException {
            switch (t.format) {
                case JSON -> out.write((",\n  " + PRETTY.writeValueAsString(record).replace("\n", "\n  "))
                        .getBytes(StandardCharsets.UTF_8));
                case JSONL -> {
                    out.write(COMPACT.writeValueAsBytes(record));
                    out.append('\n');
                }
                case CSV -> out.write(Csv.row((CsvColumns<Object>) t.part.csvColumns(), record)
                        .getBytes(StandardCharsets.UTF_8));
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
                out.write((records == 0 ? "]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
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

    private static final class CountingStream extends OutputStream {
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
