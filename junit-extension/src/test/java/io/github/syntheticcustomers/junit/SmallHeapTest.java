package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: 50 test classes with distinct seeds at {@code -Xmx256m} ended in an {@code OutOfMemoryError} attributed
 * to no test; with the cache's default budget (a quarter of the heap) every one of them passes, in a JVM of that
 * size ({@link FiftySeeds}).
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class SmallHeapTest {

    @Test
    void fiftyTestClassesWithDistinctSeedsPassIn256Megabytes() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FiftySeeds.class.getName())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "ended");
        assertEquals(0, process.exitValue(), output);
        assertEquals("succeeded 50 failed 0", output.strip(), output);
    }
}
