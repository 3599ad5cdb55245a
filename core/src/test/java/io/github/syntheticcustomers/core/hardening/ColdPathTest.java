package io.github.syntheticcustomers.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What keeps the first injected test short (issue 8), checked as behaviour rather than time: a new JVM
 * that takes the built-in defaults and generates the default dataset's customers, as the JUnit extension
 * does, loads no Jackson class (no YAML or JSON parser, no serializer for the digest) and no
 * {@code java.text.Normalizer} (English names are ASCII). Timings live in {@code InjectionBenchmark}.
 */
class ColdPathTest {

    @Test
    void defaultsAndCustomersLoadNoParserSerializerOrNormalizer() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), ColdMain.class.getName())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM did not finish");
        assertEquals(0, process.exitValue(), log);
        assertTrue(log.contains("customers=500 digest=" + ConfigLoader.defaultsDigest()), log);
        List<String> unwanted = log.lines().filter(l -> l.contains("com.fasterxml.") || l.contains("java.text.Normalizer"))
                .toList();
        assertEquals(List.of(), unwanted, "classes loaded on the cold path of the default dataset");
    }

    /** The extension's cold path, without JUnit: defaults, digest, 500 customers. */
    public static final class ColdMain {
        private ColdMain() {
        }

        @SuppressWarnings("forbiddenapis") // prints for the parent test
        public static void main(String[] args) {
            SyntheticDataset dataset = SyntheticDataset.of(ConfigLoader.defaults(), 42, 500);
            System.out.println("customers=" + dataset.customers().size() + " digest=" + dataset.configDigest());
        }
    }
}
