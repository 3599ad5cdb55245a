package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static io.github.syntheticcustomers.core.io.DirectoryContents.copyTree;
import static io.github.syntheticcustomers.core.io.DirectoryContents.visible;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency, step by step: a run replacing dataset A (seed 1, json + csv) by dataset B (seed 2,
 * jsonl + csv, so files are replaced, added and removed) is killed before each of its file operations in
 * turn. At every such point a reader sees A complete, B complete, or no manifest and a journal; the next
 * opening of the directory then leaves exactly A or exactly B (B once the journal was committed), with no
 * temporary file. Recovery is itself killed at each of its steps and finished by the opening after that.
 */
@SuppressWarnings("try") // try-with-resources that only hold a directory or its lock open
class PublishCrashTest {

    private static final int COUNT = 30;

    @TempDir
    Path root;

    private static GenerationRequest request(Path dir, long seed, Set<Format> formats) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, COUNT, formats, dir, 1);
    }

    private static GenerationRequest a(Path dir) {
        return request(dir, 1, EnumSet.of(Format.JSON, Format.CSV));
    }

    private static GenerationRequest b(Path dir) {
        return request(dir, 2, EnumSet.of(Format.JSONL, Format.CSV));
    }

    private static void writeB(Path dir, DirectoryOps ops) {
        try (DatasetDirectory directory = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults(), ops)) {
            SyntheticDatasets.generate(b(dir), directory);
        }
    }

    @Test
    void aKillBeforeAnyFileOperationLeavesTheOldOrTheNewDatasetNeverAMix() throws IOException {
        Path refA = root.resolve("ref-a");
        SyntheticDatasets.generate(a(refA));
        Map<String, byte[]> datasetA = visible(refA);
        Path refB = root.resolve("ref-b");
        SyntheticDatasets.generate(a(refB));
        CrashingOps counter = CrashingOps.counting();
        writeB(refB, counter);
        Map<String, byte[]> datasetB = visible(refB);
        List<String> steps = counter.done();
        assertTrue(steps.size() >= 14, "every create, move and delete is a step: " + steps);
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("move customers.json -> .synthetic-customers-")), "A's json files go: " + steps);

        int committed = 0;
        for (int k = 0; k < steps.size(); k++) {
            Path dir = root.resolve("kill-" + k);
            copyTree(refA, dir); // dataset A as its run left it (generated once, above): the same bytes
            CrashingOps crashing = new CrashingOps(k);
            assertThrows(CrashingOps.Killed.class, () -> writeB(dir, crashing), "run killed before " + steps.get(k));

            String where = "killed before step " + k + " (" + steps.get(k) + ")";
            boolean journal = Files.exists(dir.resolve(DatasetDirectory.JOURNAL_FILE));
            Map<String, byte[]> seen = visible(dir);
            if (seen.containsKey(DatasetDirectory.MANIFEST)) {
                assertDataset(seen, datasetA, datasetB, where + ": a manifest that describes exactly its files");
            } else {
                assertTrue(journal, where + ": without a manifest the journal must say how to finish");
            }
            if (journal) {
                committed++;
                for (int j = 0; ; j++) {
                    Path copy = root.resolve("kill-" + k + "-recovery-" + j);
                    copyTree(dir, copy);
                    try (DatasetDirectory ignored = DatasetDirectory.forWriting(copy, DirectoryOptions.defaults(),
                            new CrashingOps(j))) {
                        break; // recovery needed fewer than j steps: it has been killed at each of them
                    } catch (CrashingOps.Killed killed) {
                        assertEquals(datasetB, reopened(copy), where + ", recovery killed at its step " + j);
                    }
                }
            }
            Map<String, byte[]> after = reopened(dir);
            assertEquals(journal ? datasetB : null, journal ? after : null, where + ": a committed journal finishes B");
            if (!journal) {
                assertDataset(after, datasetA, datasetB, where);
            }
        }
        assertTrue(committed > 0 && committed < steps.size(), "both sides of the commit point were tested");
    }

    @Test
    void anUncommittedJournalOrAForeignOneIsIgnoredAndTheDatasetStaysValid() throws IOException {
        Path dir = root.resolve("d");
        SyntheticDatasets.generate(a(dir));
        Map<String, byte[]> before = visible(dir);
        for (String journal : List.of("{", "null", "{\"kind\":\"x\"}",
                "{\"kind\":\"synthetic-customers publish journal\",\"version\":1,\"moves\":[{\"from\":\"../../etc/passwd\","
                        + "\"to\":\"customers.json\"}],\"deletes\":[],\"manifest\":\".synthetic-customers-"
                        + "0123456789abcdef0123456789abcdef.tmp\"}",
                "{\"kind\":\"synthetic-customers publish journal\",\"version\":1,\"moves\":[],\"deletes\":[\"/etc/hosts\"],"
                        + "\"manifest\":\".synthetic-customers-0123456789abcdef0123456789abcdef.tmp\"}")) {
            Files.writeString(dir.resolve(DatasetDirectory.JOURNAL_FILE), journal);
            try (DatasetDirectory opened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                assertTrue(opened.manifest() != null, journal);
            }
            assertFalse(Files.exists(dir.resolve(DatasetDirectory.JOURNAL_FILE)), "dropped: " + journal);
            assertEquals(before, visible(dir), journal);
        }
    }

    /** Opens and closes the directory (which recovers and sweeps), then returns what a reader sees. */
    private static Map<String, byte[]> reopened(Path dir) throws IOException {
        try (DatasetDirectory ignored = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
            // opening is the recovery
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> hidden = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden, "no journal and no temporary file is left");
        }
        return visible(dir);
    }

    private static void assertDataset(Map<String, byte[]> seen, Map<String, byte[]> a, Map<String, byte[]> b,
            String where) {
        if (!sameFiles(seen, a) && !sameFiles(seen, b)) {
            fail(where + ": neither dataset A " + a.keySet() + " nor B " + b.keySet() + " but " + seen.keySet());
        }
    }

    private static boolean sameFiles(Map<String, byte[]> x, Map<String, byte[]> y) {
        if (!x.keySet().equals(y.keySet())) {
            return false;
        }
        return x.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), y.get(e.getKey())));
    }
}
