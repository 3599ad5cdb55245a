package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks over files run in one pass, one record at a time: they judge exactly as over the same dataset read
 * into memory, for several seeds, formats and parts, and need no more memory for a larger dataset.
 */
class StreamingChecksTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"42, jsonl, all", "7, json, all", "11, jsonl, 'scenarios,engagement-steps'", "3, json, customers",
        "5, jsonl, 'customers,scenarios'"})
    void filesStreamedAndReadIntoMemoryAreJudgedAlike(long seed, String format, String parts) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, seed, 300, Format.parseList("f", format),
                dir, 2).withParts(Part.parseList("p", parts)));
        JsonNode streamed = JsonMappers.data().valueToTree(QualityChecks.run(dir, Datasets.CONFIG));
        JsonNode inMemory = JsonMappers.data().valueToTree(QualityChecks.run(LoadedDataset.read(dir), Datasets.CONFIG));
        assertEquals(inMemory, streamed);
    }

    @Test
    void anEditedFileIsStillCaughtByItsDigest() throws IOException {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 50, EnumSet.of(Format.JSONL), dir, 1));
        Path customers = dir.resolve("customers.jsonl");
        Files.writeString(customers, Files.readString(customers, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        QualityReport report = QualityChecks.run(dir, Datasets.CONFIG);
        CheckResult integrity = report.checks().get(0);
        assertEquals(CheckStatus.FAIL, integrity.status());
        assertTrue(integrity.examples().get(0).startsWith("customers.jsonl differs from manifest.json"),
                integrity.examples().toString());
    }

    /**
     * 6 000 customers with all parts need some 200 MB of heap read into memory; checked, analysed and reported from
     * files they pass in a 48 MB heap, in a process of their own.
     */
    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
    @Test
    void checkingAndReportingTakeConstantMemory() throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 6_000, Set.of(Format.JSONL), dir, 2));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"), CheckProcess.class.getName(),
                dir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("passed 6000 customers, analysed 6000 customers and 6000 scenarios"), output);
        assertTrue(Files.size(dir.resolve(ReportFiles.REPORT)) > 0);
    }

    /** Checks and reports the dataset in the directory it is given and prints the outcome. */
    public static final class CheckProcess {
        public static void main(String[] args) {
            // not Datasets.CONFIG: loading Datasets builds the default dataset in memory, all its events included
            GeneratorConfig config = ConfigLoader.defaults();
            QualityReport report = QualityChecks.run(Path.of(args[0]), config);
            ReportFiles.Written written = ReportFiles.report(Path.of(args[0]), config);
            System.out.println((report.passed() ? "passed " : "failed ") + report.customers() + " customers, analysed "
                    + written.analysis().customers() + " customers and " + written.analysis().scenarios()
                    + " scenarios");
            System.exit(report.passed() && written.quality().passed() ? 0 : 1);
        }
    }
}
