package io.github.syntheticcustomers.benchmarks;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.CustomerPart;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.FileSink;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Streams N customers as JSON Lines through the real writer with a sink that keeps no bytes: it
 * digests the whole file and, separately, its first {@code prefixLines} lines. Run it with a small
 * heap to show that memory does not grow with N, and compare the digests with a default-heap run:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.syntheticcustomers.benchmarks.ConstantMemoryRun 10000000 1000000
 * java          -cp benchmarks/target/benchmarks.jar io.github.syntheticcustomers.benchmarks.ConstantMemoryRun 10000000 1000000
 * </pre>
 */
public final class ConstantMemoryRun {

    private ConstantMemoryRun() {
    }

    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long prefixLines = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("constant-memory");
        PrefixDigest prefix = new PrefixDigest(prefixLines);
        FileSink sink = file -> {
            Files.createFile(file);
            return file.getFileName().toString().contains("customers") ? prefix : OutputStream.nullOutputStream();
        };
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 42, count);
        long started = System.nanoTime();
        Manifest manifest = new DatasetWriter(dir, EnumSet.of(Format.JSONL), threads, sink)
                .write(count, List.of(new CustomerPart(generator)), files -> new Manifest("synthetic-customers",
                        "bench", 42, count, generator.config().referenceDate(), List.of("jsonl"), "", "", files));
        double seconds = (System.nanoTime() - started) / 1e9;
        Manifest.FileEntry file = manifest.file("customers.jsonl");
        System.out.printf(Locale.ROOT, "customers=%d bytes=%d sha256=%s first%dLinesSha256=%s seconds=%.1f"
                        + " records/s=%.0f maxHeapMiB=%d%n", file.records(), file.bytes(), file.sha256(), prefixLines,
                prefix.hex(), seconds, file.records() / seconds, Runtime.getRuntime().maxMemory() >> 20);
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    /** Keeps nothing: digests the first N lines. */
    private static final class PrefixDigest extends OutputStream {
        private final MessageDigest digest;
        private long linesLeft;

        PrefixDigest(long lines) {
            this.linesLeft = lines;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len && linesLeft > 0; i++) {
                digest.update(b[i]);
                if (b[i] == '\n') {
                    linesLeft--;
                }
            }
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

}
