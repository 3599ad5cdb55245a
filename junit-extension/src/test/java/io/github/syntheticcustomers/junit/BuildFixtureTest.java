package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Loading the plugin's output from the class path, and detecting a stale or edited fixture. */
class BuildFixtureTest {

    @TempDir
    Path classpath;

    private Manifest generate(Path directory, GeneratorConfig config, long seed, long count, Format format) {
        return SyntheticDatasets.generate(new GenerationRequest(config, seed, count, Set.of(format), directory, 2));
    }

    /** Runs {@code action} with {@link #classpath} as the context class loader, as a test class path would be. */
    private <T> T onClasspath(Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void loadsTheGeneratedFilesAndTheyEqualTheInjectedData() throws Exception {
        generate(classpath, ConfigLoader.defaults(), 42, 50, Format.JSON);
        BuildFixture fixture = onClasspath(BuildFixture::load);
        assertEquals(42, fixture.manifest().seed());
        assertEquals(50, fixture.customers().size());
        ObjectMapper mapper = JsonMappers.data();
        SyntheticDataset injected = SyntheticDataset.of(ConfigLoader.defaults(), 42, 50);
        for (int i = 0; i < 50; i++) {
            assertEquals(mapper.valueToTree(injected.customer(i)), mapper.valueToTree(fixture.customers().get(i)),
                    "record " + i);
        }
        fixture.assertUpToDate();
        assertThrows(UnsupportedOperationException.class, () -> fixture.customers().clear());
    }

    @Test
    void readsJsonLinesFromASubdirectory() throws Exception {
        generate(classpath.resolve("fixtures/small"), ConfigLoader.defaults(), 8, 12, Format.JSONL);
        BuildFixture fixture = onClasspath(() -> BuildFixture.load("/fixtures/small/"));
        assertEquals(12, fixture.customers().size());
        fixture.assertUpToDate();
    }

    @Test
    void anEditedFileIsReported() throws Exception {
        generate(classpath, ConfigLoader.defaults(), 42, 20, Format.JSON);
        Path customers = classpath.resolve("customers.json");
        String first = SyntheticDataset.of(ConfigLoader.defaults(), 42, 20).customer(0).demographics().firstName();
        Files.writeString(customers, Files.readString(customers, StandardCharsets.UTF_8)
                .replaceFirst("\"" + first + "\"", "\"Edited\""), StandardCharsets.UTF_8);
        BuildFixture fixture = onClasspath(BuildFixture::load);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, fixture::assertUpToDate);
        assertEquals("modified fixture customers.json: its SHA-256 differs from the manifest's; restore it with:"
                + " mvn clean process-test-resources (customers.json sha256)", e.getMessage());
    }

    @Test
    void anotherConfigurationIsReported() throws Exception {
        generate(classpath, ConfigLoader.defaults(), 42, 20, Format.JSON);
        GeneratorConfig heavy = ConfigLoader.load(Path.of("src/test/resources/professionals-heavy.yaml"));
        BuildFixture fixture = onClasspath(BuildFixture::load);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> fixture.assertUpToDate(heavy));
        assertTrue(e.getMessage().startsWith("stale fixture manifest.json: its configuration digest differs from the"
                + " given configuration's"), e.getMessage());
        assertEquals(SyntheticDatasets.configDigest(heavy), e.getExpected().getStringRepresentation());
    }

    @Test
    void recordsThatTheManifestsInputsDoNotGenerateAreReported() throws Exception {
        generate(classpath, ConfigLoader.defaults(), 42, 20, Format.JSON);
        ObjectMapper mapper = JsonMappers.data();
        Path file = classpath.resolve("manifest.json");
        Manifest m = mapper.readValue(file.toFile(), Manifest.class);
        mapper.writeValue(file.toFile(), new Manifest(m.generator(), m.generatorVersion(), 43, m.count(),
                m.referenceDate(), m.formats(), m.configDigest(), m.fingerprint(), m.files()));
        BuildFixture fixture = onClasspath(BuildFixture::load);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, fixture::assertUpToDate);
        assertEquals("stale fixture customers.json: record 0 (cus-000001) differs from what seed 43, count 20 and the"
                + " configuration generate; regenerate it with: mvn process-test-resources", e.getMessage());
    }

    @Test
    void checksAgainstTheConfigurationTheFixtureWasGeneratedWith() throws Exception {
        Path configFile = Path.of("src/test/resources/professionals-heavy.yaml");
        ConfigSource source = ConfigSource.read(configFile);
        SyntheticDatasets.generate(new GenerationRequest(source.load(), 42, 30, Set.of(Format.JSON), classpath, 2)
                .withConfigSource(source));
        BuildFixture fixture = onClasspath(BuildFixture::load);
        assertEquals(new ConfigSource("professionals-heavy.yaml", Files.readString(configFile, StandardCharsets.UTF_8)),
                fixture.manifest().config());
        fixture.assertUpToDate();
        // against the built-in defaults the same files are stale
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> fixture.assertUpToDate(ConfigLoader.defaults()));
        assertTrue(e.getMessage().startsWith("stale fixture manifest.json: its configuration digest differs"),
                e.getMessage());
    }

    @Test
    void aManifestWithoutItsConfigurationIsReported() throws Exception {
        GeneratorConfig heavy = ConfigLoader.load(Path.of("src/test/resources/professionals-heavy.yaml"));
        generate(classpath, heavy, 42, 20, Format.JSON); // no source given: the manifest cannot record it
        BuildFixture fixture = onClasspath(BuildFixture::load);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, fixture::assertUpToDate);
        assertEquals("stale fixture manifest.json: manifest.json does not record the configuration its dataset was"
                + " generated with (a manifest of version 0.1.0); regenerate it with: mvn process-test-resources"
                + " -Dsynthetic.force=true", e.getMessage());
        fixture.assertUpToDate(heavy);
    }

    @Test
    void aMissingFixtureSaysHowToCreateIt() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> onClasspath(BuildFixture::load));
        assertEquals("No manifest.json on the test class path; run the plugin's generate goal (phase"
                + " generate-test-resources) first, or pass the directory the files are in", e.getMessage());
    }

}
