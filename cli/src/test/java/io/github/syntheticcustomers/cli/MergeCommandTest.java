package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge} in process: shards merge into the whole run's files; a tampered shard (a file's {@code records}
 * raised by one in its manifest, which the previous version merged with exit 0) is a failed run, exit 1, one
 * {@code error:} line naming the file and what was expected and found, and no output directory.
 */
class MergeCommandTest {

    @TempDir
    Path dir;

    private void generate(String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--count", "60", "--formats", "jsonl,csv",
                "--output", dir.resolve(output).toString()));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aTamperedShardIsAFailedRunThatLeavesNothingBehind() throws IOException {
        generate("whole");
        generate("s1", "--shard", "0:25");
        generate("s2", "--shard", "25:60");
        String s1 = dir.resolve("s1").toString();
        String s2 = dir.resolve("s2").toString();
        Path merged = dir.resolve("merged");
        CommandRun ok = CommandRun.of("merge", "--output", merged.toString(), s2, s1);
        assertEquals(0, ok.exit(), ok.err());
        for (String file : List.of("manifest.json", "customers.jsonl", "engagement-steps.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("whole").resolve(file)),
                    Files.readAllBytes(merged.resolve(file)), file);
        }
        CommandRun upToDate = CommandRun.of("generate", "--count", "60", "--formats", "jsonl,csv", "--output",
                merged.toString());
        assertTrue(upToDate.out().contains(" are up to date "), upToDate.out());

        Path manifest = dir.resolve("s2/manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        int entry = text.indexOf("\"file\": \"customers.jsonl\"");
        int records = text.indexOf("\"records\": 35", entry);
        assertTrue(entry > 0 && records > entry, text);
        Files.writeString(manifest, text.substring(0, records) + "\"records\": 36"
                + text.substring(records + "\"records\": 35".length()), StandardCharsets.UTF_8);
        Path refusedInto = dir.resolve("refused");
        CommandRun refused = CommandRun.of("merge", "--output", refusedInto.toString(), s1, s2);
        String expected = "error: " + dir.resolve("s2/customers.jsonl") + " holds 35 records, but its shard's manifest"
                + " says 36 (modified)\n";
        assertEquals(1, refused.exit(), refused.err());
        assertEquals(expected, refused.err());
        assertFalse(Files.exists(refusedInto), "nothing left behind");
        CommandRun verify = CommandRun.of("merge", "--verify", s1, s2);
        assertEquals(1, verify.exit(), verify.err());
        assertEquals(expected, verify.err());
    }
}
