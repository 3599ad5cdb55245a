package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The executable jar as a process, as a shell, a Gradle {@code JavaExec} task or an npm script runs it: exit codes,
 * help and version, exact messages, and output byte-identical to the plugin's (core's golden hashes, which the
 * plugin's {@code generate} goal writes for the same parameters).
 */
@Execution(ExecutionMode.CONCURRENT) // two processes at a time (cli/pom.xml): each test has its own @TempDir
class CommandLineProcessIT {

    /** A progress line of core's ProgressLog, as the command line prints it when no terminal is attached. */
    private static final String PROGRESS_LINE = "Generated \\d+ of \\d+ customers \\(\\d+ %\\), [\\d.]+ [kMGT]?B,"
            + " \\d+ customers/s, (about \\d+ (s|min \\d+ s|h \\d+ min) left|time left unknown)";

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("cli.jar")));
        command.addAll(List.of(args));
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersion() throws Exception {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: synthetic-customers [-hV] [COMMAND]"), help.out());
        assertTrue(help.out().contains("  2   bad usage or configuration"), help.out());
        Run generateHelp = run("generate", "--help");
        assertEquals(0, generateHelp.exit());
        assertTrue(generateHelp.out().contains("--parts=LIST"), generateHelp.out());
        assertTrue(generateHelp.out().replaceAll("\\s+", " ").contains("The dataset directory (default:"
                + " target/synthetic-customers)"), generateHelp.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("synthetic-customers \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
    }

    @Test
    void generateWritesThePluginsBytesThenChecksAndReports() throws Exception {
        Run generated = run("generate", "--seed", "42", "--count", "500", "--formats", "json,jsonl,csv,relational",
                "--threads", "2", "--output", "out");
        assertEquals(0, generated.exit(), generated.err());
        assertTrue(generated.out().startsWith("Generated customers.json=500, customers.jsonl=500, customers.csv=500,"),
                generated.out());
        // whether this run lasts past the quiet period depends on the machine: standard error holds progress lines
        // at most (progressLinesFromTheFirstChunkWhenAskedFor proves their format; ProgressLogTest their pacing)
        assertTrue(generated.err().lines().allMatch(l -> l.matches(PROGRESS_LINE)), generated.err());

        Run again = run("generate", "--seed", "42", "--count", "500", "--formats", "json,jsonl,csv,relational",
                "--output", "out");
        assertEquals("Synthetic customers in out are up to date (seed 42, count 500); nothing to do\n", again.out());

        Run check = run("check", "--output", "out");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().startsWith("All 16 quality checks passed (0 skipped). Wrote out"), check.out());
        Run report = run("report", "--output", "out");
        assertEquals(0, report.exit(), report.err());
        assertTrue(Files.isRegularFile(work.resolve("out/report.html")));
        // the dataset, its checks and its report: the goldens of core, which the plugin's goals write alike
        assertEquals(Files.readString(Path.of(System.getProperty("golden.directory"), "seed-42.sha256"),
                StandardCharsets.UTF_8), hashes(work.resolve("out"), true));

        Run show = run("show", "7");
        assertEquals(0, show.exit(), show.err());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode file = mapper.readTree(work.resolve("out/customers.json").toFile());
        assertEquals(file.get(7), mapper.readTree(show.out()), "record 7 alone equals line 8 of the dataset");
        assertEquals("cus-000008", mapper.readTree(show.out()).get("id").asText());
    }

    @Test
    void progressLinesFromTheFirstChunkWhenAskedFor() throws Exception {
        // the hidden --progress-after (for tests) sets the quiet period: 0 shows progress whatever the machine's speed;
        // two threads write chunks of 256 records, so the first chunk's line is the only one (none for the last)
        Run generated = run("generate", "--seed", "42", "--count", "500", "--formats", "jsonl", "--threads", "2",
                "--progress-after", "0", "--output", "out");
        assertEquals(0, generated.exit(), generated.err());
        List<String> lines = generated.err().lines().toList();
        assertEquals(1, lines.size(), generated.err());
        assertTrue(lines.get(0).matches(PROGRESS_LINE), lines.get(0));
        assertTrue(lines.get(0).startsWith("Generated 256 of 500 customers (51 %), "), lines.get(0));
        assertTrue(generated.out().startsWith("Generated customers.jsonl=500, "), generated.out());

        Run negative = run("generate", "--progress-after", "-5", "--output", "never");
        assertEquals(2, negative.exit(), negative.err());
        assertEquals("error: Invalid option --progress-after: must not be negative (was: -5; allowed: seconds of quiet"
                + " before the first progress line, 0 for progress from the start)\n", negative.err());
    }

    @Test
    void theJarWritesFhirWithThePluginsBytes() throws Exception {
        Run generated = run("generate", "--seed", "42", "--count", "500", "--formats", "fhir,fhir-bundle", "--threads",
                "2", "--output", "fhir");
        assertEquals(0, generated.exit(), generated.err());
        assertTrue(generated.out().startsWith("Generated Patient.ndjson=500, Condition.ndjson="), generated.out());
        assertTrue(generated.out().contains(", Bundle.ndjson=500 (seed 42)"), generated.out());
        // the fhir module's golden hashes: the executable jar writes the same bytes as the Java API
        assertEquals(Files.readString(Path.of(System.getProperty("fhir.golden.directory"), "fhir-seed-42.sha256"),
                StandardCharsets.UTF_8), hashes(work.resolve("fhir"), false));
        // the checks read JSON or JSON Lines; FHIR alone is named, with what to do
        Run check = run("check", "--output", "fhir");
        assertEquals(2, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains(" holds only Patient.ndjson, Condition.ndjson, Observation.ndjson,"
                + " FamilyMemberHistory.ndjson, Goal.ndjson, EpisodeOfCare.ndjson, Encounter.ndjson, Bundle.ndjson (FHIR"
                + " resources),"
                + " which the checks do not read; they read each part's .json or .jsonl file"), check.err());
        assertEquals(0, run("generate", "--count", "500", "--formats", "jsonl,fhir,fhir-bundle", "--output", "fhir")
                .exit());
        Run both = run("check", "--output", "fhir");
        assertEquals(0, both.exit(), both.out() + both.err());
        assertTrue(both.out().startsWith("All 18 quality checks passed (0 skipped)."), both.out());
    }

    @Test
    void aFailedCheckExitsOneUnlessWarnOnly() throws Exception {
        assertEquals(0, run("generate", "--count", "60", "--output", "out").exit());
        // another reference date is another configuration: named in a warning, and the integrity check says the
        // dataset is stale
        Run failed = run("check", "--output", "out", "--reference-date", "2025-01-01");
        assertEquals(1, failed.exit(), failed.out() + failed.err());
        assertTrue(failed.err().startsWith("warning: the configuration manifest.json records (the built-in defaults)"
                + " with reference date 2025-01-01 is not the configuration the dataset in "), failed.err());
        assertTrue(failed.err().contains("\nSynthetic customers in out fail the quality checks"), failed.err());
        assertEquals(0, run("check", "--output", "out", "--reference-date", "2025-01-01", "--warn-only").exit());
    }

    @Test
    void badUsageAndConfigurationExitTwoWithThePluginsWords() throws Exception {
        Run count = run("generate", "--count", "0");
        assertEquals(2, count.exit());
        assertEquals("error: Invalid option --count: must be at least 1 (was: 0; allowed: a whole number from 1 to"
                + " 1000000000000000000)\n", count.err());
        Run parts = run("generate", "--parts", "customers,steps");
        assertEquals(2, parts.exit());
        assertEquals("error: Invalid option --parts: unknown part (was: steps; allowed: customers, scenarios,"
                + " engagement-steps, events, boundary-cases or all (comma-separated))\n", parts.err());
        Run config = run("generate", "--config", "missing.yaml");
        assertEquals(2, config.exit());
        assertEquals("error: Invalid option --config: configuration file does not exist (was: missing.yaml; allowed:"
                + " the path of a readable YAML or JSON file)\n", config.err());
        Files.writeString(work.resolve("bad.yaml"), "personas:\n  nobody: { share: 100 }\n", StandardCharsets.UTF_8);
        Run invalid = run("generate", "--config", "bad.yaml");
        assertEquals(2, invalid.exit());
        assertTrue(invalid.err().startsWith("error: 3 configuration errors in bad.yaml:\n  - bad.yaml:2:3: personas.nobody.name:"), invalid.err());
        Run unknown = run("generate", "--cont", "5");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("Unknown options: '--cont', '5'"), unknown.err());
        Run missing = run("check", "--output", "nothing-here");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("error: No synthetic customer dataset in "), missing.err());
        Run none = run();
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("Missing command: generate, check, report, show, merge or load"), none.err());
    }

    @Test
    void shardsTheJarWritesMergeIntoTheWholeRunsFiles() throws Exception {
        assertEquals(0, run("generate", "--count", "150", "--formats", "json,jsonl,csv", "--output", "whole").exit());
        Run first = run("generate", "--count", "150", "--formats", "json,jsonl,csv", "--shard", "0:70", "--output", "s1");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("(seed 42, records 0:70 of 150) in s1"), first.out());
        assertEquals(0, run("generate", "--count", "150", "--formats", "json,jsonl,csv", "--shard", "70:150",
                "--output", "s2").exit());
        Run verified = run("merge", "--verify", "s2", "s1");
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().startsWith("2 shards make the dataset of seed 42, count 150 (fingerprint "),
                verified.out());
        Run merged = run("merge", "--output", "merged", "s1", "s2");
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.out().startsWith("Merged 2 shards into customers.json=150, "), merged.out());
        assertEquals(hashes(work.resolve("whole"), true), hashes(work.resolve("merged"), true));
        // a gap, a bad range and a shard given to check are bad usage, in so many words
        Run gap = run("merge", "--output", "merged", "s2");
        assertEquals(2, gap.exit());
        assertEquals("error: records 0:70 are in no shard (the shards of a dataset of 150 must cover 0:150)\n",
                gap.err());
        Run range = run("generate", "--count", "150", "--shard", "70:151", "--output", "s3");
        assertEquals(2, range.exit());
        assertTrue(range.err().startsWith("error: Invalid option --shard: reaches past the dataset's last record"
                + " (count 150) (was: 70:151; allowed: FROM:TO, records FROM (0-based) up to but not including TO"),
                range.err());
        Run check = run("check", "--output", "s1");
        assertEquals(2, check.exit());
        assertTrue(check.err().contains("it holds records 0:70, a shard of a dataset of 150 customers"), check.err());
    }

    /** SHA-256 and name of every file of {@code dir} but its hidden ones, and but the JSON Schemas unless asked. */
    private static String hashes(Path dir, boolean withSchemas) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")
                    && (withSchemas || !f.getFileName().toString().endsWith(".schema.json"))).sorted().toList()) {
                text.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file)))).append("  ").append(file.getFileName()).append('\n');
            }
        }
        return text.toString();
    }
}
