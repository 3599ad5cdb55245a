package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A damaged data file (truncated mid-record or mid-line, emptied, or with bytes that are not JSON) is a failed
 * {@code dataset_integrity} naming the file, the line and the column and saying what is wrong, in our words, never
 * the parser's; {@code check} still writes {@code quality.json} and {@code report} still renders the failure. The
 * files are still streamed once, in constant memory.
 */
class DamagedFilesTest {

    @TempDir
    Path dir;

    /** How a file is damaged: where it is cut (or edited), and the line the damage is reported at. */
    enum Damage {
        /** Cut halfway through its bytes, inside a record. */
        MID_RECORD,
        /** Cut halfway through its third line. */
        MID_LINE,
        /** Emptied. */
        EMPTY,
        /** Its third line's first non-blank byte replaced by {@code #}. */
        GARBAGE,
        /** Cut right after its second line: every remaining line parses; the file is shorter than the manifest's. */
        AT_LINE_END
    }

    private void generate(String format) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 20, Format.parseList("f", format),
                dir, 1));
    }

    /** Damages {@code file}; returns the line the damage should be reported at. */
    private static long damage(Path file, Damage how) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int line3 = lineStart(bytes, 3);
        int line4 = lineStart(bytes, 4);
        switch (how) {
            case MID_RECORD -> {
                int cut = bytes.length / 2;
                while (bytes[cut - 1] == '\n' || bytes[cut] == '\n') {
                    cut++;
                }
                Files.write(file, Arrays.copyOf(bytes, cut));
                return lines(bytes, cut);
            }
            case MID_LINE -> {
                int cut = line3 + (line4 - line3) / 2;
                Files.write(file, Arrays.copyOf(bytes, cut));
                return 3;
            }
            case EMPTY -> {
                Files.write(file, new byte[0]);
                return 1;
            }
            case GARBAGE -> {
                int at = line3;
                while (bytes[at] == ' ') {
                    at++;
                }
                bytes[at] = '#';
                Files.write(file, bytes);
                return 3;
            }
            case AT_LINE_END -> {
                Files.write(file, Arrays.copyOf(bytes, line3));
                return 3;
            }
            default -> throw new IllegalArgumentException(how.name());
        }
    }

    /** The offset of 1-based line {@code n}. */
    private static int lineStart(byte[] bytes, int n) {
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (line == n) {
                return i;
            }
            line += bytes[i] == '\n' ? 1 : 0;
        }
        throw new IllegalStateException("fewer than " + n + " lines");
    }

    /** The 1-based line the byte at {@code offset} is on. */
    private static long lines(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    @ParameterizedTest(name = "{0}.{1} {2}")
    @CsvSource({
        "customers, jsonl, MID_RECORD", "customers, jsonl, MID_LINE", "customers, jsonl, EMPTY",
        "customers, jsonl, GARBAGE", "customers, jsonl, AT_LINE_END",
        "customers, json, MID_RECORD", "customers, json, MID_LINE", "customers, json, EMPTY",
        "customers, json, GARBAGE", "customers, json, AT_LINE_END",
        "scenarios, jsonl, MID_RECORD", "scenarios, jsonl, MID_LINE", "scenarios, jsonl, EMPTY",
        "scenarios, jsonl, GARBAGE",
        "scenarios, json, MID_RECORD", "scenarios, json, MID_LINE", "scenarios, json, EMPTY",
        "scenarios, json, GARBAGE",
        "engagement-steps, jsonl, MID_RECORD", "engagement-steps, jsonl, MID_LINE", "engagement-steps, jsonl, EMPTY",
        "engagement-steps, jsonl, GARBAGE",
        "engagement-steps, json, MID_RECORD", "engagement-steps, json, MID_LINE", "engagement-steps, json, EMPTY",
        "engagement-steps, json, GARBAGE", "engagement-steps, json, AT_LINE_END"})
    void aDamagedFileIsAFailedIntegrityCheckNamingFileAndLine(String part, String format, Damage how)
            throws IOException {
        generate(format);
        String name = part + "." + format;
        long line = damage(dir.resolve(name), how);

        CheckResult integrity = QualityChecks.run(dir, Datasets.CONFIG).check("dataset_integrity");
        assertEquals(CheckStatus.FAIL, integrity.status(), integrity.toString());
        String first = integrity.examples().get(0);
        assertTrue(first.startsWith(name + " line " + line + ", column "), first);
        assertOurWords(integrity);

        // check writes quality.json with the failure; report renders it
        QualityReport checked = ReportFiles.check(dir, Datasets.CONFIG);
        assertFalse(checked.passed());
        JsonNode quality = JsonMappers.data().readTree(dir.resolve(ReportFiles.QUALITY).toFile());
        assertFalse(quality.get("passed").asBoolean());
        assertEquals("dataset_integrity", quality.get("checks").get(0).get("name").asText());
        assertEquals("fail", quality.get("checks").get(0).get("status").asText());
        assertEquals(first, quality.get("checks").get(0).get("examples").get(0).asText());

        ReportFiles.Written written = ReportFiles.report(dir, Datasets.CONFIG);
        assertFalse(written.quality().passed());
        String html = Files.readString(written.reportFile(), StandardCharsets.UTF_8);
        assertTrue(html.contains(name + " line " + line + ", column "), "the report shows the damage");
    }

    @Test
    void aTruncatedRecordIsNamedByItsNumberAndWhatIsWrong() throws IOException {
        generate("jsonl");
        damage(dir.resolve("customers.jsonl"), Damage.MID_LINE);
        CheckResult integrity = QualityChecks.run(dir, Datasets.CONFIG).check("dataset_integrity");
        String first = integrity.examples().get(0);
        assertTrue(first.matches("customers\\.jsonl line 3, column \\d+: the file ends inside record 3; it is"
                + " truncated"), first);
        // the records before the damage are still judged, and the count says two of twenty were read
        assertEquals(2.0, integrity.measurements().stream().filter(m -> m.subject().equals("customers")).findFirst()
                .orElseThrow().value());
        assertEquals(1.0, integrity.measurements().stream().filter(m -> m.subject().equals("unreadable_files"))
                .findFirst().orElseThrow().value());
    }

    @Test
    void aRecordThatIsJsonButNotACustomerNamesTheField() throws IOException {
        generate("jsonl");
        Path file = dir.resolve("customers.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replaceFirst("\"age\":\\d+", "\"age\":\"old\""));
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        CheckResult integrity = QualityChecks.run(dir, Datasets.CONFIG).check("dataset_integrity");
        String first = integrity.examples().get(0);
        assertTrue(first.matches("customers\\.jsonl line 2, column \\d+: record 2 is not a customer record: field"
                + " demographics\\.age has a value of the wrong type"), first);
        assertOurWords(integrity);
    }

    @Test
    void aTruncatedCsvIsNamedWithTheLineItEndsAt() throws IOException {
        generate("jsonl,csv");
        damage(dir.resolve("customers.csv"), Damage.MID_LINE);
        CheckResult integrity = QualityChecks.run(dir, Datasets.CONFIG).check("dataset_integrity");
        assertEquals(CheckStatus.FAIL, integrity.status());
        String example = integrity.examples().stream().filter(e -> e.startsWith("customers.csv")).findFirst()
                .orElseThrow(() -> new AssertionError(integrity.examples()));
        assertTrue(example.matches("customers\\.csv line 3, column \\d+: the file ends there; it is truncated"
                + " \\(\\d+ of \\d+ bytes\\)"), example);
    }

    @Test
    void readingADamagedFileIntoMemoryNamesFileLineAndColumn() throws IOException {
        generate("jsonl");
        damage(dir.resolve("scenarios.jsonl"), Damage.MID_LINE);
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.io.UncheckedIOException.class, () -> LoadedDataset.read(dir));
        assertTrue(e.getMessage().matches("scenarios\\.jsonl line 3, column \\d+: the file ends inside record 3; it is"
                + " truncated"), e.getMessage());
    }

    /** The result says what is wrong in the product's words: no exception type, no parser text. */
    private static void assertOurWords(CheckResult result) {
        String text = result.summary() + " " + String.join(" ", result.examples());
        for (String raw : List.of("Exception", "Source:", "[Source", "Unexpected", "com.fasterxml", "jackson",
                "(code ", "end-of-input", "START_", "token")) {
            assertFalse(text.contains(raw), "'" + raw + "' in: " + text);
        }
    }
}
