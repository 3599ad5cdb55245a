package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code report} load the configuration through {@link ConfigParameters} and
 * {@code generate} through {@link GenerateParameters}: both must give the configuration digest the
 * manifest records, or the integrity check calls a fresh dataset stale.
 */
class ConfigParametersTest {

    @TempDir
    Path dir;

    @Test
    void givesTheConfigurationGenerateWritesWith() throws Exception {
        File file = dir.resolve("personas.yaml").toFile();
        Files.writeString(file.toPath(), "reference_date: 2024-02-29\nquality:\n  min_step_completion_rate: 10\n",
                StandardCharsets.UTF_8);
        for (String date : new String[] {null, " ", "2025-07-01"}) {
            GeneratorConfig generated = new GenerateParameters(42, 10, file, dir.toFile(), "json", date, 1)
                    .toRequest().config();
            GeneratorConfig checked = new ConfigParameters(file, date).load();
            assertEquals(SyntheticDatasets.configDigest(generated), SyntheticDatasets.configDigest(checked));
            assertEquals(generated.referenceDate(), checked.referenceDate());
        }
        assertEquals(LocalDate.of(2025, 7, 1), new ConfigParameters(file, "2025-07-01").load().referenceDate());
        assertEquals(LocalDate.of(2024, 2, 29), new ConfigParameters(file, null).load().referenceDate());
    }

    @Test
    void withoutParametersTheDefaultsApplyAndAnotherDateIsAnotherConfiguration() throws Exception {
        GeneratorConfig defaults = new ConfigParameters(null, null).load();
        assertEquals(SyntheticDatasets.configDigest(ConfigLoader.defaults()), SyntheticDatasets.configDigest(defaults));
        assertNotEquals(SyntheticDatasets.configDigest(defaults),
                SyntheticDatasets.configDigest(new ConfigParameters(null, "2025-07-01").load()));
    }

    @Test
    void badParametersAreNamed() {
        MojoExecutionException date = assertThrows(MojoExecutionException.class,
                () -> new ConfigParameters(null, "yesterday").load());
        assertEquals("Invalid parameter referenceDate (property synthetic.referenceDate): not an ISO date (was: "
                + "yesterday; allowed: yyyy-MM-dd, e.g. 2026-01-01, from 1900-01-01 to 2199-12-31)", date.getMessage());
        File missing = dir.resolve("nope.yaml").toFile();
        MojoExecutionException file = assertThrows(MojoExecutionException.class,
                () -> new ConfigParameters(missing, null).load());
        assertEquals("Invalid parameter configFile (property synthetic.configFile): configuration file does not exist"
                + " (was: " + missing + "; allowed: the path of a readable YAML or JSON file)", file.getMessage());
    }
}
