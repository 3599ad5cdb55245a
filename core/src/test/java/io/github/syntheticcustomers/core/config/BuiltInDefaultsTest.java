package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code BuiltInDefaults} is generated during the build from {@code defaults.yaml} ({@link DefaultsCompiler}),
 * so that the defaults cost no YAML parser and no JSON serializer on a cold JVM. This test proves that the
 * build uses the compiled class, that it equals {@code defaults.yaml} (configuration, map order and digest),
 * and that no copy of it is committed.
 */
class BuiltInDefaultsTest {

    private static Class<?> compiled() throws ClassNotFoundException {
        return Class.forName(DefaultsCompiler.COMPILED_CLASS);
    }

    @Test
    void theCompiledDefaultsEqualDefaultsYamlInContentOrderAndDigest() throws Exception {
        GeneratorConfig fromYaml = ConfigLoader.defaultsFromYaml();
        String digest = SyntheticDatasets.configDigest(fromYaml);
        GeneratorConfig compiled = (GeneratorConfig) compiled().getDeclaredMethod("config").invoke(null);
        assertSame(compiled, ConfigLoader.defaults(), "the build's defaults are the compiled ones, not a YAML parse");
        assertEquals(fromYaml, compiled);
        assertEquals(digest, ConfigLoader.defaultsDigest());
        // equal maps may still differ in order, and order is output order: the digest covers it. A copy,
        // so that configDigest serialises it instead of answering the compiled digest
        assertEquals(digest, SyntheticDatasets.configDigest(compiled.withReferenceDate(compiled.referenceDate())));
        assertEquals(DefaultsCompiler.source(), DefaultsCompiler.source(), "the generated source is deterministic");
    }

    @Test
    void noGeneratedSourceIsCommitted() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."), "src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().equals("BuiltInDefaults.java")),
                    "BuiltInDefaults.java is generated into target/generated-sources, never committed");
        }
    }

    @Test
    void defaultsAreTheCompiledConstantAndLoadingNothingGivesThem() {
        assertSame(ConfigLoader.defaults(), ConfigLoader.load((Path) null));
        assertSame(ConfigLoader.defaults(), ConfigLoader.load("x.yaml", null));
        assertEquals(ConfigLoader.defaults(), ConfigLoader.load("empty.yaml", ""));
    }

    @Test
    void compiledDefaultsAreUnmodifiable() {
        GeneratorConfig config = ConfigLoader.defaults();
        assertThrows(UnsupportedOperationException.class, () -> config.personas().remove("health_aware_avoider"));
        assertThrows(UnsupportedOperationException.class, () -> config.journey().completion().skippableSteps().clear());
    }
}
