package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code report} on a dataset with a damaged data file: {@code check} exits 1 with the failed
 * {@code dataset_integrity} naming the file and line, {@code report} renders it; both write their files, and neither
 * prints an exception type or the parser's text.
 */
class DamagedDatasetCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} cut to {1}%")
    @CsvSource({"customers.jsonl, 50", "customers.jsonl, 0", "scenarios.json, 50", "engagement-steps.jsonl, 3",
        "customers.json, 0", "customers.json, 99"})
    void aDamagedFileFailsCheckWithExitOneAndTheReportShowsIt(String file, int percent) throws IOException {
        String format = file.substring(file.indexOf('.') + 1);
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 20, Format.parseList("f", format),
                dir, 1));
        Path damaged = dir.resolve(file);
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100)));

        CommandRun check = CommandRun.of("check", "--output", dir.toString());
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains("  - dataset_integrity: "), check.err());
        assertTrue(check.err().contains("e.g. " + file + " line "), check.err());
        assertOurWords(check);
        JsonNode quality = new ObjectMapper().readTree(dir.resolve("quality.json").toFile());
        assertFalse(quality.get("passed").asBoolean());
        assertEquals("fail", quality.get("checks").get(0).get("status").asText());
        assertTrue(quality.get("checks").get(0).get("examples").get(0).asText().startsWith(file + " line "));

        CommandRun report = CommandRun.of("report", "--output", dir.toString());
        assertOurWords(report);
        assertTrue(report.out().contains("quality checks failed, listed in the report and by check"), report.out());
        assertTrue(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8).contains(file + " line "));
    }

    /** No exception type, stack frame or parser text reaches the terminal. */
    private static void assertOurWords(CommandRun run) {
        String text = run.out() + run.err();
        for (String raw : List.of("Exception", "\tat ", "Source:", "Unexpected", "com.fasterxml", "end-of-input",
                "(code ")) {
            assertFalse(text.contains(raw), "'" + raw + "' in: " + text);
        }
    }
}
