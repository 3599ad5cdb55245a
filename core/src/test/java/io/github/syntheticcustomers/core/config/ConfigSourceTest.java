package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration as written travels in the manifest, so a reader rebuilds exactly the generated one. */
class ConfigSourceTest {

    @TempDir
    Path dir;

    private static final String TEXT = "# a team's own shares\npersonas:\n  healthcare_professional: { share: 50 }\n"
            + "  health_aware_avoider: { share: 20 }\n  structured_system_seeker: { share: 10 }\n"
            + "  balanced_life_integrator: { share: 10 }\n  overlooked_risk_group: { share: 10 }\n";

    @Test
    void aManifestRecordsTheFileByNameAndTextAndItLoadsToTheSameDigest() throws Exception {
        Path file = Files.createDirectories(dir.resolve("src/test/synthetic")).resolve("team.yaml");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        ConfigSource source = ConfigSource.read(file);
        assertEquals(file.toString(), source.name(), "errors name the file as given");
        GeneratorConfig config = source.load();
        Manifest manifest = SyntheticDatasets.generate(new GenerationRequest(config, 3, 20, Set.of(Format.JSONL),
                dir.resolve("out"), 1).withConfigSource(source));
        assertEquals(new ConfigSource("team.yaml", TEXT), manifest.config(), "no directories: bytes do not depend on them");
        Manifest read = DatasetReader.readManifest(dir.resolve("out"));
        assertEquals(manifest, read);
        assertEquals(read.configDigest(), SyntheticDatasets.configDigest(read.config().load()));
    }

    @Test
    void theBuiltInDefaultsHaveNoText() throws Exception {
        assertSame(ConfigSource.BUILT_IN, ConfigSource.read(null));
        assertTrue(ConfigSource.BUILT_IN.builtIn());
        assertSame(ConfigLoader.defaults(), ConfigSource.BUILT_IN.load());
        Manifest manifest = SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 3, 5,
                Set.of(Format.JSON), dir.resolve("out"), 1));
        assertEquals(ConfigSource.BUILT_IN, manifest.config(), "recorded without being asked: it is the defaults");
        String json = Files.readString(dir.resolve("out/manifest.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"config\": {\n    \"name\": \"built-in defaults\"\n  },"), json);
    }

    @Test
    void anUnnamedConfigurationIsNotRecorded() throws Exception {
        GeneratorConfig config = ConfigLoader.load("inline.yaml", TEXT);
        Manifest manifest = SyntheticDatasets.generate(new GenerationRequest(config, 3, 5, Set.of(Format.JSON),
                dir.resolve("out"), 1));
        assertNull(manifest.config());
        assertFalse(Files.readString(dir.resolve("out/manifest.json"), StandardCharsets.UTF_8).contains("\"config\":"));
        assertEquals(manifest, DatasetReader.readManifest(dir.resolve("out")), "a manifest without it still reads");
    }

    @Test
    void aDirectoryOrMissingFileIsNamed() {
        ConfigException directory = assertThrows(ConfigException.class, () -> ConfigSource.read(dir));
        assertTrue(directory.getMessage().startsWith(dir + ": is a directory, not a file"), directory.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> ConfigSource.read(dir.resolve("no.yaml")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("no.yaml") + ": configuration file does not exist"),
                missing.getMessage());
    }

    @Test
    void withoutDirectoriesKeepsTheFileName() {
        assertEquals("a.yaml", new ConfigSource("x/y/a.yaml", "").withoutDirectories().name());
        assertEquals("a.json", new ConfigSource("C:\\\\x\\\\a.json", "").withoutDirectories().name());
        assertSame(ConfigSource.BUILT_IN, ConfigSource.BUILT_IN.withoutDirectories());
    }
}
