package io.github.syntheticcustomers.core.hardening;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetStatus;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;

/**
 * A separate JVM that writes a dataset the way a build does, for {@link ConcurrentProcessesTest}:
 * {@code write DIR SEED ORDER_LOG} opens (and locks) the directory, appends its seed to the order log while
 * it holds the lock, generates, checks that the directory now holds exactly its own dataset and prints
 * {@code generated SEED FINGERPRINT}; {@code hold DIR MILLIS} only holds the lock for a while, {@code hold DIR until-told} until a line on its
 * standard input.
 */
@SuppressWarnings("try") // try-with-resources that only hold a directory or its lock open
public final class DatasetWriterProcess {

    static final long COUNT = 20;

    private DatasetWriterProcess() {
    }

    static GenerationRequest request(Path dir, long seed) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, COUNT, EnumSet.of(Format.JSONL), dir, 1);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (DatasetDirectory ignored = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                System.out.println("locked");
                System.out.flush();
                if (args[2].equals("until-told")) {
                    System.in.read(); // a line (or the end) on standard input releases the lock
                } else {
                    Thread.sleep(Long.parseLong(args[2]));
                }
            }
            return;
        }
        long seed = Long.parseLong(args[2]);
        GenerationRequest request = request(dir, seed);
        String fingerprint = SyntheticDatasets.fingerprint(request, SyntheticDatasets.configDigest(request.config()));
        try (DatasetDirectory directory = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
            Files.writeString(Path.of(args[3]), seed + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Manifest manifest = SyntheticDatasets.generate(request, directory);
            DatasetStatus status = DatasetStatus.of(dir, fingerprint);
            if (!status.upToDate()) {
                System.out.println("not my data: " + status.reason());
                System.exit(3);
            }
            System.out.println("generated " + manifest.seed() + " " + manifest.fingerprint());
        }
    }
}
