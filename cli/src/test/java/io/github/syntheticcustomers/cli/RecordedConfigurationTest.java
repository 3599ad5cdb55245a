package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code report} judge a dataset by the configuration its manifest records when no {@code --config}
 * is given; a {@code --config} or {@code --reference-date} that differs from it is named, both sides, and fails
 * {@code dataset_integrity}; a manifest that records no configuration (an older version's) is judged as before, by
 * the defaults.
 */
class RecordedConfigurationTest {

    @TempDir
    Path work;

    private Path personas;

    private String dir(String name) {
        return work.resolve(name).toString();
    }

    private String quality() throws IOException {
        return Files.readString(work.resolve("out/quality.json"), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void generateWithAConfigurationFile() throws IOException {
        personas = work.resolve("config/personas.yaml");
        Files.createDirectories(personas.getParent());
        Files.writeString(personas, "personas:\n  health_aware_avoider:\n    name: Careful avoider\n",
                StandardCharsets.UTF_8);
        CommandRun generated = CommandRun.of("generate", "--count", "100", "--quiet", "--config",
                personas.toString(), "--output",
                dir("out"));
        assertEquals(0, generated.exit(), generated.err());
    }

    @Test
    void checkAndReportWithoutConfigUseTheRecordedConfiguration() throws IOException {
        CommandRun check = CommandRun.of("check", "--output", dir("out"));
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("", check.err());
        assertTrue(quality().contains("\"passed\": true"), quality());
        Files.delete(work.resolve("out/quality.json"));
        CommandRun report = CommandRun.of("report", "--output", dir("out"));
        assertEquals(0, report.exit(), report.err());
        assertEquals("", report.err());
        assertTrue(report.out().contains("all 16 quality checks passed"), report.out());
        assertTrue(Files.readString(work.resolve("out/report.html"), StandardCharsets.UTF_8).contains("Careful avoider"),
                "the report names the personas of the recorded configuration");
    }

    @Test
    void theSameConfigurationElsewhereIsNoDifference() throws IOException {
        Path copy = work.resolve("copy.yaml");
        Files.copy(personas, copy);
        CommandRun check = CommandRun.of("check", "--output", dir("out"), "--config", copy.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void aDifferentConfigIsNamedAndFailsIntegrity() throws IOException {
        Path other = work.resolve("other.yaml");
        Files.writeString(other, "personas:\n  health_aware_avoider:\n    name: Someone else\n", StandardCharsets.UTF_8);
        CommandRun check = CommandRun.of("check", "--output", dir("out"), "--config", other.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().startsWith("warning: configuration file " + other + " is not the configuration the"
                + " dataset in " + work.resolve("out").toRealPath() + " was generated with (manifest.json records"
                + " personas.yaml, reference date 2026-01-01); the dataset_integrity check fails: give no"
                + " configuration file and no reference date to judge it by the recorded one\n"), check.err());
        assertTrue(check.err().contains("dataset_integrity"), check.err());
        assertTrue(quality().contains("manifest.json records personas.yaml"), quality());

        CommandRun report = CommandRun.of("report", "--output", dir("out"), "--config", other.toString());
        assertEquals(0, report.exit(), "report never fails on a check: " + report.err());
        assertTrue(report.err().startsWith("warning: configuration file " + other + " is not the configuration"),
                report.err());

        CommandRun date = CommandRun.of("check", "--output", dir("out"), "--reference-date", "2025-01-01");
        assertEquals(1, date.exit(), date.err());
        assertTrue(date.err().startsWith("warning: the configuration manifest.json records (personas.yaml) with"
                + " reference date 2025-01-01 is not the configuration the dataset in "), date.err());
    }

    @Test
    void aManifestThatRecordsNoConfigurationIsJudgedByTheDefaultsAsBefore() throws IOException {
        Path manifest = work.resolve("out/manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        String withoutConfig = text.replaceAll("(?s)\\n  \"config\": \\{.*?\\n  },", "");
        assertFalse(withoutConfig.contains("\"config\":"), withoutConfig);
        Files.writeString(manifest, withoutConfig, StandardCharsets.UTF_8);
        CommandRun check = CommandRun.of("check", "--output", dir("out"));
        assertEquals(1, check.exit(), "the defaults are not the configuration it was generated with");
        assertTrue(check.err().startsWith("warning: the built-in defaults are not the configuration the dataset in "),
                check.err());
        assertTrue(check.err().contains("(manifest.json records no configuration, reference date 2026-01-01); the"
                + " dataset_integrity check fails: give the configuration file it was generated with"), check.err());
        assertEquals(0, CommandRun.of("check", "--output", dir("out"), "--config", personas.toString()).exit());
    }

    @Test
    void aRecordedConfigurationThisVersionRefusesIsNamedAsTheManifests() throws IOException {
        // as an older version could have written it: a right-to-left override in the recorded text
        Path manifest = work.resolve("out/manifest.json");
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8).replace("name: Careful avoider",
                "name: Careful \\u202Eavoider"), StandardCharsets.UTF_8);
        CommandRun check = CommandRun.of("check", "--output", dir("out"));
        // the dataset's own record, not an input of this run: a failed run (exit 1), as a damaged dataset is
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().startsWith("error: the configuration manifest.json in " + work.resolve("out").toRealPath()
                + " records (personas.yaml) does not load in this version: personas.yaml:3:19:"
                + " personas.health_aware_avoider.name: invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE)"),
                check.err());
        assertTrue(check.err().contains("; give a configuration file to judge the dataset by, or generate it again"),
                check.err());
        assertEquals(0, CommandRun.of("check", "--output", dir("out"), "--config", personas.toString(),
                "--warn-only").exit());
    }
}
