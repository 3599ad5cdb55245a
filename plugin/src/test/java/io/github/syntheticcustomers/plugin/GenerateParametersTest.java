package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.RecordRange;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateParametersTest {

    @TempDir
    Path dir;

    private GenerateParameters params(long count, File config, String formats, String date, int threads) {
        return new GenerateParameters(42, count, config, dir.resolve("out").toFile(), formats, date, threads);
    }

    @Test
    void mapsEveryParameterToTheCoreRequest() throws Exception {
        GenerationRequest request = new GenerateParameters(7, 40, null, dir.toFile(), " csv, JSON ", "2025-06-30", 3)
                .toRequest();
        assertEquals(7, request.seed());
        assertEquals(40, request.count());
        assertEquals(EnumSet.of(Format.JSON, Format.CSV), request.formats());
        assertEquals(LocalDate.of(2025, 6, 30), request.config().referenceDate());
        assertEquals(dir, request.outputDirectory());
        assertEquals(3, request.threads());
        assertEquals(Part.defaults(), request.parts(), "every part but the events by default");
    }

    @Test
    void aShardIsParsedAndABadOneNamed() throws Exception {
        GenerationRequest request = new GenerateParameters(7, 40, null, dir.toFile(), "jsonl", null, 1, "all",
                " 10:25 ").toRequest();
        assertEquals(new RecordRange(10, 25), request.shard());
        assertEquals(null, new GenerateParameters(7, 40, null, dir.toFile(), "jsonl", null, 1, "all", "").toRequest()
                .shard(), "blank: every record");
        MojoExecutionException beyond = assertThrows(MojoExecutionException.class, () -> new GenerateParameters(7,
                40, null, dir.toFile(), "jsonl", null, 1, "all", "30:41").toRequest());
        assertEquals("Invalid parameter shard (property synthetic.shard): reaches past the dataset's last record"
                + " (count 40) (was: 30:41; allowed: FROM:TO, records FROM (0-based) up to but not including TO, with"
                + " 0 <= FROM < TO <= count, e.g. 0:250000)", beyond.getMessage());
    }

    @Test
    void partsAreParsedAndNamedWhenUnknown() throws Exception {
        GenerationRequest request = new GenerateParameters(7, 40, null, dir.toFile(), "jsonl", null, 1,
                " Customers, scenarios ").toRequest();
        assertEquals(EnumSet.of(Part.CUSTOMERS, Part.SCENARIOS), request.parts());
        assertEquals(Part.all(), new GenerateParameters(7, 40, null, dir.toFile(), "jsonl", null, 1, "all")
                .toRequest().parts());
        assertTrue(Part.all().contains(Part.EVENTS));
        assertEquals(EnumSet.of(Part.EVENTS), new GenerateParameters(7, 40, null, dir.toFile(), "jsonl", null, 1,
                "events").toRequest().parts());
        MojoExecutionException unknown = assertThrows(MojoExecutionException.class, () -> new GenerateParameters(7,
                40, null, dir.toFile(), "jsonl", null, 1, "customers,steps").toRequest());
        assertEquals("Invalid parameter parts (property synthetic.parts): unknown part (was: steps; allowed:"
                + " customers, scenarios, engagement-steps, events, boundary-cases or all (comma-separated))",
                unknown.getMessage());
        MojoExecutionException empty = assertThrows(MojoExecutionException.class, () -> new GenerateParameters(7,
                40, null, dir.toFile(), "jsonl", null, 1, " , ").toRequest());
        assertEquals("Invalid parameter parts (property synthetic.parts): no part given (was:  , ; allowed:"
                + " customers, scenarios, engagement-steps, events, boundary-cases or all (comma-separated))",
                empty.getMessage());
    }

    @Test
    void withoutReferenceDateTheConfigurationsApplies() throws Exception {
        GenerationRequest request = params(10, null, "json", " ", 0).toRequest();
        assertEquals(LocalDate.of(2026, 1, 1), request.config().referenceDate());
        assertTrue(request.threads() >= 1, "0 threads means one per processor");
    }

    @Test
    void countBelowOneNamesParameterValueAndAllowed() {
        for (long count : new long[] {0, -5}) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class,
                    () -> params(count, null, "json", null, 1).toRequest());
            assertEquals("Invalid parameter count (property synthetic.count): must be at least 1 (was: " + count
                    + "; allowed: a whole number from 1 to 1000000000000000000)", e.getMessage());
        }
    }

    @Test
    void unknownFormatIsNamedAmongTheOthers() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, null, "json,xml", null, 1).toRequest());
        assertEquals("Invalid parameter formats (property synthetic.formats): unknown format (was: xml; allowed: json,"
                + " jsonl, csv, fhir, fhir-bundle, relational (comma-separated, e.g. json,csv))", e.getMessage());
    }

    @Test
    void emptyFormatListIsRefused() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, null, " , ", null, 1).toRequest());
        assertTrue(e.getMessage().startsWith("Invalid parameter formats (property synthetic.formats): no output format"),
                e.getMessage());
    }

    @Test
    void unparsableReferenceDateIsRefused() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, null, "json", "2026-02-30", 1).toRequest());
        assertEquals("Invalid parameter referenceDate (property synthetic.referenceDate): not an ISO date (was: "
                + "2026-02-30; allowed: yyyy-MM-dd, e.g. 2026-01-01, from 1900-01-01 to 2199-12-31)", e.getMessage());
    }

    @Test
    void negativeThreadsAreRefused() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, null, "json", null, -1).toRequest());
        assertTrue(e.getMessage().startsWith("Invalid parameter threads (property synthetic.threads)"), e.getMessage());
    }

    @Test
    void threadCountsBeyondTheCapAndHugeCountsAreRefusedNamingTheRange() {
        for (int threads : new int[] {257, 1 << 29, Integer.MAX_VALUE}) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class,
                    () -> params(10, null, "json", null, threads).toRequest());
            assertEquals("Invalid parameter threads (property synthetic.threads): is too large (was: " + threads
                    + "; allowed: 0 (one per available processor, at most 256) or a whole number from 1 to 256)",
                    e.getMessage());
        }
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(Long.MAX_VALUE, null, "json", null, 1).toRequest());
        assertEquals("Invalid parameter count (property synthetic.count): is too large (was: " + Long.MAX_VALUE
                + "; allowed: a whole number from 1 to 1000000000000000000)", e.getMessage());
    }

    @Test
    void referenceDatesOutsideTheRangeAreRefused() {
        for (String date : new String[] {"0001-01-01", "9999-12-31"}) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class,
                    () -> params(10, null, "json", date, 1).toRequest());
            assertEquals("Invalid parameter referenceDate (property synthetic.referenceDate): is outside the supported"
                    + " range (was: " + date + "; allowed: yyyy-MM-dd, e.g. 2026-01-01, from 1900-01-01 to 2199-12-31)",
                    e.getMessage());
        }
    }

    @Test
    void missingConfigFileIsAnInvalidParameter() {
        File missing = dir.resolve("nope.yaml").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, missing, "json", null, 1).toRequest());
        assertEquals("Invalid parameter configFile (property synthetic.configFile): configuration file does not exist"
                + " (was: " + missing + "; allowed: the path of a readable YAML or JSON file)", e.getMessage());
    }

    @Test
    void configurationErrorsKeepCoresMessage() throws IOException {
        Path config = dir.resolve("personas.yaml");
        Files.writeString(config, "personas:\n  health_aware_avoider:\n    shar: 30\n", StandardCharsets.UTF_8);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> params(10, config.toFile(), "json", null, 1).toRequest());
        ConfigException cause = assertInstanceOf(ConfigException.class, e.getCause());
        assertEquals(cause.getMessage(), e.getMessage());
        assertTrue(e.getMessage().startsWith(config + ":3:"), e.getMessage());
    }

    @Test
    void configurationFileContentIsUsed() throws Exception {
        Path config = dir.resolve("date.yaml");
        Files.writeString(config, "reference_date: 2024-02-29\n", StandardCharsets.UTF_8);
        GenerationRequest request = params(10, config.toFile(), "json", null, 1).toRequest();
        assertEquals(LocalDate.of(2024, 2, 29), request.config().referenceDate());
        GenerationRequest overridden = params(10, config.toFile(), "json", "2025-01-01", 1).toRequest();
        assertEquals(LocalDate.of(2025, 1, 1), overridden.config().referenceDate());
    }
}
