package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code quality} section: defaults, merging, located errors. */
class QualityConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsComeFromDefaultsYaml() {
        assertEquals(1.0, ConfigLoader.defaults().quality().personaShareTolerance());
        assertEquals(new QualityConfig(1.0, 1.0, 1.0, 0.5, 0, 0.3, 0.5, 40.0, 0, 0, 0, 50.0, 0, 0.1, 0.65, 0.95, 8.0, 2.5),
                ConfigLoader.defaults().quality());
    }

    @Test
    void aUserFileOverridesOneThresholdAndKeepsTheOthers() throws IOException {
        Path file = dir.resolve("q.yaml");
        Files.writeString(file, "quality:\n  risk_level_tolerance: 2.5\n");
        QualityConfig q = ConfigLoader.load(file).quality();
        assertEquals(2.5, q.riskLevelTolerance());
        assertEquals(1.0, q.personaShareTolerance());
        assertEquals(0, q.maxProfileViolations());
    }

    @Test
    void thresholdsDoNotChangeTheConfigurationDigest() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, "quality:\n  min_step_completion_rate: 90\n");
        GeneratorConfig strict = ConfigLoader.load(file);
        assertEquals(90.0, strict.quality().minStepCompletionRate());
        assertEquals(io.github.syntheticcustomers.core.SyntheticDatasets.configDigest(ConfigLoader.defaults()),
                io.github.syntheticcustomers.core.SyntheticDatasets.configDigest(strict));
    }

    @Test
    void outOfRangeThresholdNamesFileLinePropertyValueAndAllowed() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "# thresholds\nquality:\n  persona_share_tolerance: -1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file + ":3:3: quality.persona_share_tolerance: out of range (was: -1.0; allowed: percentage "
                + "points 0–100)", e.getMessage());

        Files.writeString(file, "quality:\n  min_risk_profile_correlation: 1.5\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("quality.min_risk_profile_correlation: out of range (was: 1.5; allowed: "
                + "a number -1.0–1.0)"), e.getMessage());

        Files.writeString(file, "quality:\n  max_profile_violations: -2\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2:3: quality.max_profile_violations"), e.getMessage());
    }

    @Test
    void unknownThresholdIsRefusedWithTheKnownOnes() throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "quality:\n  persona_tolerance: 2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("unknown property 'persona_tolerance'"), e.getMessage());
        assertTrue(e.getMessage().contains("persona_share_tolerance"), e.getMessage());
    }
}
