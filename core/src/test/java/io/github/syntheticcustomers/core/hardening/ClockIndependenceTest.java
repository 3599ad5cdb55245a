package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same generation in JVMs whose clock libfaketime moves to 2024-02-29 and to 2031-01-01 gives
 * the bytes of this JVM's run: nothing depends on the clock. Skipped, with the reason, where the
 * {@code faketime} command is missing ({@code .ci/run} installs Debian's {@code faketime}).
 */
class ClockIndependenceTest {

    private static final Path FAKETIME = Path.of("/usr/bin/faketime");

    @TempDir
    Path dir;

    @BeforeAll
    static void requireFaketime() {
        Assumptions.assumeTrue(Files.isExecutable(FAKETIME),
                "faketime is not installed (apt-get install faketime): clock independence not checked");
    }

    @Test
    void generationUnderAFakeClockGivesTheSameBytes() throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 300,
                Format.builtIn(), dir.resolve("real"), 2));
        for (String when : List.of("2024-02-29 12:00:00", "2031-01-01 00:00:01")) {
            assertEquals(when.substring(0, 10), run(when, ClockProbe.class.getName()).strip(),
                    "the forked JVM must see the fake clock, or this test proves nothing");
            Path out = dir.resolve(when.substring(0, 10));
            run(when, "io.github.syntheticcustomers.core.Main", "--count", "300", "--seed", "42", "--threads", "2",
                    "--formats", "json,jsonl,csv,relational", "--output", out.toString());
            for (String file : List.of("customers.json", "customers.jsonl", "customers.csv", "table-customers.csv",
                    "manifest.json")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("real").resolve(file)), Files.readAllBytes(out.resolve(file)),
                        file + " under a clock at " + when);
            }
        }
    }

    private static String run(String when, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(FAKETIME.toString(), when,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "forked JVM did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }

    /** Prints the date the JVM's clock shows. */
    public static final class ClockProbe {
        public static void main(String[] args) {
            System.out.println(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        }
    }
}
