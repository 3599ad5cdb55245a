package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code check} and {@code report} goals judge a dataset by the configuration its manifest records when no
 * {@code configFile} is given, and name a {@code configFile} that differs from it.
 */
class RecordedConfigurationTest {

    @TempDir
    Path work;

    private Path personas;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void generateWithAConfigurationFile() throws Exception {
        personas = work.resolve("personas.yaml");
        Files.writeString(personas, "personas:\n  health_aware_avoider:\n    name: Careful avoider\n",
                StandardCharsets.UTF_8);
        SyntheticDatasets.update(new GenerateParameters(42, 100, personas.toFile(), work.resolve("out").toFile(), "json",
                null, 1).toRequest(), DirectoryOptions.defaults(), false);
    }

    private <T extends AbstractDatasetMojo> T goal(T mojo, Path configFile) {
        mojo.outputDirectory = work.resolve("out").toFile();
        mojo.configFile = configFile == null ? null : configFile.toFile();
        mojo.lockTimeout = 0;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        return mojo;
    }

    private CheckMojo check(Path configFile) {
        CheckMojo check = goal(new CheckMojo(), configFile);
        check.failOnViolation = true;
        return check;
    }

    @Test
    void withoutConfigFileTheGoalsUseTheRecordedConfiguration() throws Exception {
        check(null).execute();
        goal(new ReportMojo(), null).execute();
        assertEquals(List.of(), warnings);
        assertTrue(Files.readString(work.resolve("out/quality.json"), StandardCharsets.UTF_8)
                .contains("\"passed\": true"));
    }

    @Test
    void aConfigFileThatDiffersIsNamedAndFailsTheCheck() throws IOException {
        Path other = work.resolve("other.yaml");
        Files.writeString(other, "personas:\n  health_aware_avoider:\n    name: Someone else\n", StandardCharsets.UTF_8);
        MojoFailureException failed = assertThrows(MojoFailureException.class, () -> check(other).execute());
        assertTrue(failed.getMessage().contains("generated_with_this_configuration = 0"), failed.getMessage());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("configuration file " + other + " is not the configuration the dataset"
                + " in "), warnings.get(0));
        assertTrue(warnings.get(0).contains(" was generated with (manifest.json records personas.yaml, reference date"
                + " 2026-01-01); the dataset_integrity check fails"), warnings.get(0));
    }
}
