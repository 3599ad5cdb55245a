package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exit codes {@code --help} and the guide (command-line.md) promise, per command, in this JVM: {@code 0} done, {@code 1} a
 * failed check or a failed run (an I/O error, a lock timeout, a damaged or tampered dataset or shard), {@code 2} bad
 * usage or configuration only (an invalid option, a configuration error, a refused output directory, no dataset or
 * shard where one is needed). Every numeric option is bounded with the plugin's words, and a refused option
 * creates nothing.
 */
class ExitCodesTest {

    @TempDir
    Path work;

    private String dir(String name) {
        return work.resolve(name).toString();
    }

    @Test
    void generateIntoATargetNameThatIsADirectoryIsAFailedRunNotBadUsage() throws IOException {
        assertEquals(0, CommandRun.of("generate", "--count", "20", "--quiet", "--output", dir("out")).exit());
        Files.createDirectory(work.resolve("out/customers.jsonl"));
        CommandRun failed = CommandRun.of("generate", "--seed", "3", "--count", "20", "--formats", "jsonl",
                "--quiet", "--output",
                dir("out"));
        assertEquals(1, failed.exit(), failed.err());
        assertTrue(failed.err().startsWith("error: "), failed.err());
        assertTrue(failed.err().contains("customers.jsonl"), failed.err());
    }

    @Test
    void anOutputDirectoryTheOperatingSystemCannotCreateIsAFailedRun() throws IOException {
        Files.writeString(work.resolve("plain"), "mine\n", StandardCharsets.UTF_8);
        CommandRun failed = CommandRun.of("generate", "--count", "5", "--quiet", "--output", dir("plain/sub"));
        assertEquals(1, failed.exit(), failed.err());
        assertTrue(failed.err().startsWith("error: cannot create the dataset directory "), failed.err());
        assertFalse(failed.err().contains("Exception"), "the reason in words, no exception type: " + failed.err());
    }

    @Test
    void anOutputDirectoryThatIsAFileOrRefusedIsBadUsage() throws IOException {
        Files.writeString(work.resolve("plain"), "mine\n", StandardCharsets.UTF_8);
        CommandRun file = CommandRun.of("generate", "--count", "5", "--quiet", "--output", dir("plain"));
        assertEquals(2, file.exit(), file.err());
        assertTrue(file.err().contains(" is not a directory"), file.err());
        Files.createDirectory(work.resolve("mine"));
        Files.writeString(work.resolve("mine/notes.txt"), "mine\n", StandardCharsets.UTF_8);
        CommandRun foreign = CommandRun.of("generate", "--count", "5", "--quiet", "--output", dir("mine"));
        assertEquals(2, foreign.exit(), foreign.err());
        assertTrue(foreign.err().startsWith("error: outputDirectory: refused: "), foreign.err());
    }

    @Test
    void aLockTimeoutIsAFailedRunOnEveryCommand() {
        assertEquals(0, CommandRun.of("generate", "--count", "20", "--quiet", "--output", dir("out")).exit());
        try (DatasetDirectory held = DatasetDirectory.forReading(work.resolve("out"), DirectoryOptions.defaults())) {
            for (String command : new String[] {"generate", "check", "report"}) {
                CommandRun locked = CommandRun.of(command, "--output", dir("out"), "--lock-timeout", "0");
                assertEquals(1, locked.exit(), command + ": " + locked.err());
                assertTrue(locked.err().contains(" is locked by "), locked.err());
            }
        }
    }

    @Test
    void checkAndReportWithoutADatasetAreBadUsageAndWithADamagedManifestAFailedRun() throws IOException {
        for (String command : new String[] {"check", "report"}) {
            CommandRun missing = CommandRun.of(command, "--output", dir("nothing-here"));
            assertEquals(2, missing.exit(), missing.err());
            assertTrue(missing.err().startsWith("error: No synthetic customer dataset in "), missing.err());
        }
        assertEquals(0, CommandRun.of("generate", "--count", "20", "--quiet", "--output", dir("out")).exit());
        Files.writeString(work.resolve("out/manifest.json"), "{", StandardCharsets.UTF_8);
        for (String command : new String[] {"check", "report"}) {
            CommandRun damaged = CommandRun.of(command, "--output", dir("out"));
            assertEquals(1, damaged.exit(), damaged.err());
            assertTrue(damaged.err().startsWith("error: No valid synthetic customer dataset in "), damaged.err());
        }
    }

    @Test
    void aTamperedShardIsAFailedMergeAndShardsThatAreNoDatasetBadUsage() throws IOException {
        assertEquals(0, CommandRun.of("generate", "--count", "20", "--shard", "0:10", "--quiet", "--output",
                dir("s1")).exit());
        assertEquals(0, CommandRun.of("generate", "--count", "20", "--shard", "10:20", "--quiet", "--output",
                dir("s2")).exit());
        Path file = work.resolve("s1/customers.json");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("cus-000002", "cus-000003"),
                StandardCharsets.UTF_8);
        CommandRun verify = CommandRun.of("merge", "--verify", dir("s1"), dir("s2"));
        assertEquals(1, verify.exit(), verify.err());
        // the line is the second record's first line in the pretty-printed array (its length is the record's)
        assertTrue(verify.err().matches("(?s).*customers\\.json, line \\d+ \\(record 2; the shard claims records 0:10\\): "
                + "found id cus-000003, expected cus-000002.*"), verify.err());
        CommandRun merge = CommandRun.of("merge", "--output", dir("merged"), dir("s1"), dir("s2"));
        assertEquals(1, merge.exit(), merge.err());
        Files.writeString(work.resolve("s2/manifest.json"), "{}", StandardCharsets.UTF_8);
        CommandRun invalid = CommandRun.of("merge", "--verify", dir("s1"), dir("s2"));
        assertEquals(1, invalid.exit(), invalid.err());
        assertTrue(invalid.err().contains("is not a valid synthetic-customers manifest"), invalid.err());

        CommandRun gap = CommandRun.of("merge", "--verify", dir("s1"));
        assertEquals(2, gap.exit(), gap.err());
        assertTrue(gap.err().startsWith("error: records 10:20 are in no shard"), gap.err());
        CommandRun notAShard = CommandRun.of("merge", "--verify", dir("s1"), dir("nothing-here"));
        assertEquals(2, notAShard.exit(), notAShard.err());
        assertTrue(notAShard.err().startsWith("error: no manifest.json in "), notAShard.err());
    }

    @Test
    void aFailedCheckExitsOneAndAPassedOneZero() {
        assertEquals(0, CommandRun.of("generate", "--count", "60", "--quiet", "--output", dir("out")).exit());
        assertEquals(0, CommandRun.of("check", "--output", dir("out")).exit());
        assertEquals(0, CommandRun.of("report", "--output", dir("out")).exit());
        CommandRun failed = CommandRun.of("check", "--output", dir("out"), "--reference-date", "2025-01-01");
        assertEquals(1, failed.exit(), failed.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "generate --lock-timeout 9223372037|option --lock-timeout: is too large (was: 9223372037; allowed: a whole number"
                + " of seconds from 0 to 1000000, 0 to fail at once)",
        "generate --lock-timeout -1|option --lock-timeout: must not be negative (was: -1; allowed: a whole number of seconds"
                + " from 0 to 1000000, 0 to fail at once)",
        "generate --lock-timeout 99999999999999999999|option --lock-timeout: is too large (was: 99999999999999999999;"
                + " allowed: a whole number of seconds from 0 to 1000000, 0 to fail at once)",
        "generate --lock-timeout 1.5|option --lock-timeout: is not a whole number (was: 1.5; allowed: a whole number of"
                + " seconds from 0 to 1000000, 0 to fail at once)",
        "check --lock-timeout 9223372037|option --lock-timeout: is too large (was: 9223372037; allowed: a whole number of"
                + " seconds from 0 to 1000000, 0 to fail at once)",
        "generate --count 99999999999999999999|option --count: is too large (was: 99999999999999999999; allowed: a whole"
                + " number from 1 to 1000000000000000000)",
        "generate --count ten|option --count: is not a whole number (was: ten; allowed: a whole number from 1 to"
                + " 1000000000000000000)",
        "generate --seed 99999999999999999999|option --seed: is too large (was: 99999999999999999999; allowed: a whole"
                + " number from -9223372036854775808 to 9223372036854775807)",
        "generate --seed -99999999999999999999|option --seed: is too small (was: -99999999999999999999; allowed: a whole"
                + " number from -9223372036854775808 to 9223372036854775807)",
        "generate --threads 99999999999|option --threads: is too large (was: 99999999999; allowed: 0 (one per available"
                + " processor, at most 256) or a whole number from 1 to 256)",
        "generate --threads 257|option --threads: is too large (was: 257; allowed: 0 (one per available processor, at most"
                + " 256) or a whole number from 1 to 256)",
        "generate --shard 5:99999999999999999999|option --shard: is not a range of records (was: 5:99999999999999999999;"
                + " allowed: FROM:TO, records FROM (0-based) up to but not including TO, with 0 <= FROM < TO <= count,"
                + " e.g. 0:250000)",
        "show 99999999999999999999|parameter INDEX: is too large (was: 99999999999999999999; allowed: a record index,"
                + " a whole number from 0 to count - 1)",
        "show 500|parameter INDEX: is outside the dataset (was: 500; allowed: 0 to 499)",
        "show -1|parameter INDEX: must not be negative (was: -1; allowed: a record index, a whole number from 0 to"
                + " count - 1)",
        "show 1 --count 0|option --count: must be at least 1 (was: 0; allowed: a whole number from 1 to"
                + " 1000000000000000000)",
    })
    void everyNumericOptionIsBoundedWithOneClearLineAndCreatesNothing(String args, String expected) throws IOException {
        String output = dir("out");
        String[] words = (args + " --output " + output).split(" ");
        if (args.startsWith("show")) {
            words = args.split(" ");
        }
        CommandRun refused = CommandRun.of(words);
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("error: Invalid " + expected + "\n", refused.err());
        assertEquals("", refused.out());
        assertFalse(Files.exists(work.resolve("out")), "a refused option creates no directory");
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(0, left.count(), "nothing written");
        }
    }
}
