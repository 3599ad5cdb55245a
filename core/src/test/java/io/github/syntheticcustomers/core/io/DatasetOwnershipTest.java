package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.syntheticcustomers.core.io.DirectoryContents.copyTree;
import static io.github.syntheticcustomers.core.io.DirectoryContents.hidden;
import static io.github.syntheticcustomers.core.io.DirectoryContents.visible;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Ownership by content: a run replaces or deletes a file only when the manifest lists it with the SHA-256 it still has
 * (or it holds exactly the new bytes), whoever made it; the publish journal is carried out only when everything it
 * names is proven ours; a failed publish keeps the previous dataset and leaves no temporary file. Each test first
 * reproduces a failure seen on an earlier version.
 */
@SuppressWarnings("try") // try-with-resources that only hold a directory open
class DatasetOwnershipTest {

    private static final int COUNT = 20;

    @TempDir
    Path root;

    private static GenerationRequest request(Path dir, long seed, Set<Format> formats) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, COUNT, formats, dir, 1);
    }

    private static void update(Path dir, long seed, Set<Format> formats) {
        SyntheticDatasets.update(request(dir, seed, formats), DirectoryOptions.defaults(), false);
    }

    @Test
    void aChangeOfFormatsNeverOverwritesAUsersFileAtADataFileName() throws IOException {
        Path dir = root.resolve("p1");
        update(dir, 1, EnumSet.of(Format.JSON));
        Map<String, byte[]> before = visible(dir);
        Files.writeString(dir.resolve("customers.csv"), "my,data\n");

        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> update(dir, 1, EnumSet.of(Format.CSV)));
        assertTrue(refused.getMessage().contains("customers.csv was not written by synthetic-customers"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
        assertEquals("my,data\n", Files.readString(dir.resolve("customers.csv")));
        Files.delete(dir.resolve("customers.csv"));
        assertEquals(before, visible(dir), "the previous dataset is untouched");
        assertTrue(SyntheticDatasets.status(request(dir, 1, EnumSet.of(Format.JSON))).upToDate());
        assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir));
    }

    @Test
    void aUsersFileAtASchemaNameIsNeverOverwrittenAndOnlyWrittenPartsGetASchema() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.CSV));
        assertFalse(Files.exists(dir.resolve("customers.schema.json")), "CSV has no schema: none written");
        Manifest csv = DatasetReader.readManifest(dir);
        assertEquals(List.of("manifest.schema.json", "quality.schema.json", "analysis.schema.json"),
                csv.schemas().stream().map(Manifest.FileDigest::file).toList());
        Files.writeString(dir.resolve("customers.schema.json"), "{\"mine\": true}");

        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> update(dir, 1, EnumSet.of(Format.JSON)));
        assertTrue(refused.getMessage().contains("customers.schema.json was not written by synthetic-customers"),
                refused.getMessage());
        assertEquals("{\"mine\": true}", Files.readString(dir.resolve("customers.schema.json")));
    }

    @Test
    void schemaFilesAnEarlierVersionWroteWithoutListingThemAreReplacedButOnlyIfTheyAreOurs() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSON));
        // what the version before this one left: a manifest without schemas, and its own (older) schema texts
        var mapper = io.github.syntheticcustomers.core.internal.JsonMappers.data();
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                dir.resolve(DatasetDirectory.MANIFEST).toFile());
        manifest.remove("schemas");
        Files.writeString(dir.resolve(DatasetDirectory.MANIFEST), mapper.writeValueAsString(manifest));
        String older = "{\"$id\": \"" + DatasetSchema.MANIFEST.id() + "\", \"title\": \"an older text\"}";
        Files.writeString(dir.resolve("manifest.schema.json"), older);
        Files.writeString(dir.resolve("customers.schema.json"), "{\"title\": \"mine\"}");

        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> SyntheticDatasets.update(request(dir, 1, EnumSet.of(Format.JSON)), DirectoryOptions.defaults(),
                        true));
        assertTrue(refused.getMessage().contains("customers.schema.json was not written by synthetic-customers"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("manifest.schema.json"), "ours by its $id: " + refused.getMessage());
        assertEquals(older, Files.readString(dir.resolve("manifest.schema.json")), "nothing changed");
        Files.delete(dir.resolve("customers.schema.json"));
        SyntheticDatasets.update(request(dir, 1, EnumSet.of(Format.JSON)), DirectoryOptions.defaults(), true);
        assertTrue(SyntheticDatasets.status(request(dir, 1, EnumSet.of(Format.JSON))).upToDate());
    }

    @Test
    void theManifestListsEveryFileTheRunWritesWithItsDigest() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 3, EnumSet.of(Format.JSONL, Format.CSV));
        Manifest manifest = DatasetReader.readManifest(dir);
        List<String> listed = new ArrayList<>(DatasetDirectory.listed(manifest).stream()
                .map(Manifest.FileDigest::file).toList());
        listed.add(DatasetDirectory.MANIFEST);
        assertEquals(new TreeMap<>(visible(dir)).keySet().stream().sorted().toList(), listed.stream().sorted().toList());
        for (Manifest.FileDigest d : DatasetDirectory.listed(manifest)) {
            byte[] bytes = Files.readAllBytes(dir.resolve(d.file()));
            assertEquals(d.sha256(), DatasetDirectory.sha256(bytes), d.file());
            assertEquals(d.bytes(), bytes.length, d.file());
        }
    }

    @Test
    void aPlantedJournalDeletesNothingItCannotProveOurs() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSON));
        Files.writeString(dir.resolve("budget.csv"), "a,b\n1,2\n");
        Files.writeString(dir.resolve("export.json"), "[]\n");
        Map<String, byte[]> before = visible(dir);
        String manifestSha = DatasetStatus.sha256(dir.resolve(DatasetDirectory.MANIFEST));
        String budgetSha = DatasetStatus.sha256(dir.resolve("budget.csv"));
        String exportSha = DatasetStatus.sha256(dir.resolve("export.json"));
        String temp = ".synthetic-customers-0123456789abcdef0123456789abcdef.tmp";
        for (String journal : List.of(
                // the shape of version 1, which named deletions without digests
                "{\"kind\":\"synthetic-customers publish journal\",\"version\":1,\"moves\":[],\"deletes\":[\"budget.csv\","
                        + "\"export.json\"],\"manifest\":\"" + temp + "\"}",
                // version 2, with the right digests of the user's files: still not listed by the manifest
                "{\"kind\":\"synthetic-customers publish journal\",\"version\":2,\"direction\":\"forward\",\"entries\":["
                        + change("budget.csv", null, null, ".synthetic-customers-11111111111111111111111111111111.tmp",
                                budgetSha) + ","
                        + change("export.json", null, null, ".synthetic-customers-22222222222222222222222222222222.tmp",
                                exportSha) + "],\"manifest\":" + change("manifest.json", temp, manifestSha,
                                ".synthetic-customers-33333333333333333333333333333333.tmp", manifestSha) + "}",
                "{\"kind\":\"synthetic-customers publish journal\",\"version\":2,\"direction\":\"back\",\"entries\":["
                        + change("budget.csv", null, null, ".synthetic-customers-11111111111111111111111111111111.tmp",
                                budgetSha) + "],\"manifest\":" + change("manifest.json", temp, manifestSha, null, null)
                        + "}")) {
            Files.writeString(dir.resolve(DatasetDirectory.JOURNAL_FILE), journal);
            List<String> log = new ArrayList<>();
            try (DatasetDirectory opened = DatasetDirectory.forReading(dir, DirectoryOptions.defaults()
                    .withLog(log::add))) {
                assertNotNull(opened.manifest(), journal);
            }
            assertEquals(before, visible(dir), journal);
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir), "the journal is dropped: " + journal);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Ignored the publish journal in ")), log.toString());
        }
        ReportFiles.check(dir, ConfigLoader.defaults());
        assertEquals("a,b\n1,2\n", Files.readString(dir.resolve("budget.csv")));
        assertEquals("[]\n", Files.readString(dir.resolve("export.json")));
    }

    @Test
    void aPlantedJournalThatNamesPlantedManifestsOrClaimsSameBytesStillTouchesNothingOfTheUsers() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSON));
        Files.writeString(dir.resolve("budget.csv"), "a,b\n1,2\n");
        String budgetSha = DatasetStatus.sha256(dir.resolve("budget.csv"));
        String genuineSha = DatasetStatus.sha256(dir.resolve(DatasetDirectory.MANIFEST));
        // a "new manifest" planted at a temporary name that lists the user's file with its digest
        var mapper = io.github.syntheticcustomers.core.internal.JsonMappers.data();
        var fake = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                dir.resolve(DatasetDirectory.MANIFEST).toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) fake.get("formats")).add("csv");
        ((com.fasterxml.jackson.databind.node.ArrayNode) fake.get("files")).addObject().put("file", "budget.csv")
                .put("part", "budget").put("format", "csv").put("records", 1).put("bytes", 8).put("sha256", budgetSha);
        String planted = ".synthetic-customers-44444444444444444444444444444444.tmp";
        Files.writeString(dir.resolve(planted), mapper.writeValueAsString(fake));
        String plantedSha = DatasetStatus.sha256(dir.resolve(planted));
        Files.writeString(dir.resolve(".synthetic-customers-55555555555555555555555555555555.tmp"),
                mapper.writeValueAsString(fake));
        Map<String, byte[]> before = visible(dir);
        String t1 = ".synthetic-customers-11111111111111111111111111111111.tmp";
        String t2 = ".synthetic-customers-22222222222222222222222222222222.tmp";
        for (String journal : List.of(
                // undo a publish that "moved budget.csv in": the planted new manifest lists it
                journal("back", change("budget.csv", t2, budgetSha, null, null),
                        change("manifest.json", planted, plantedSha, null, null)),
                journal("back", change("budget.csv", t2, budgetSha, null, null),
                        change("manifest.json", planted, plantedSha, t1, genuineSha)),
                // "the same bytes replace it", with neither copy of those bytes there
                journal("forward", change("budget.csv", t2, budgetSha, t1, budgetSha),
                        change("manifest.json", planted, plantedSha, t1.replace('1', '3'), genuineSha)),
                // a planted previous manifest at the backup name while the real one is in place
                journal("forward", change("budget.csv", null, null, t1, budgetSha),
                        change("manifest.json", planted, plantedSha,
                                ".synthetic-customers-55555555555555555555555555555555.tmp", plantedSha))
        )) {
            Files.writeString(dir.resolve(DatasetDirectory.JOURNAL_FILE), journal);
            try (DatasetDirectory opened = DatasetDirectory.forReading(dir, DirectoryOptions.defaults())) {
                assertNotNull(opened.manifest(), journal);
            }
            assertEquals("a,b\n1,2\n", Files.readString(dir.resolve("budget.csv")), journal);
            assertEquals(genuineSha, DatasetStatus.sha256(dir.resolve(DatasetDirectory.MANIFEST)), journal);
            Map<String, byte[]> seen = visible(dir);
            assertEquals(before, seen, journal);
            // the sweep took the planted temporary files; plant them again for the next shape
            Files.writeString(dir.resolve(planted), mapper.writeValueAsString(fake));
            Files.writeString(dir.resolve(".synthetic-customers-55555555555555555555555555555555.tmp"),
                    mapper.writeValueAsString(fake));
        }
    }

    private static String journal(String direction, String entry, String manifest) {
        return "{\"kind\":\"synthetic-customers publish journal\",\"version\":2,\"direction\":\"" + direction
                + "\",\"entries\":[" + entry + "],\"manifest\":" + manifest + "}";
    }

    @Test
    void aFaultAtAnyFileOperationOfWritingDerivedFilesKeepsTheOldOrTheNewAndNoTemporaryFile() throws IOException {
        Path ref = root.resolve("ref");
        update(ref, 1, EnumSet.of(Format.JSONL));
        Map<String, byte[]> before = visible(ref);
        Path done = root.resolve("done");
        copyTree(ref, done);
        CrashingOps counter = CrashingOps.counting();
        try (DatasetDirectory opened = DatasetDirectory.forWriting(done, DirectoryOptions.defaults(), counter)) {
            ReportFiles.report(opened, ConfigLoader.defaults());
        }
        Map<String, byte[]> after = visible(done);
        for (int k = 0; k < counter.done().size(); k++) {
            Path dir = root.resolve("derived-fault-" + k);
            copyTree(ref, dir);
            try (DatasetDirectory opened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults(),
                    new FailingOps(k, false))) {
                ReportFiles.report(opened, ConfigLoader.defaults());
            } catch (DatasetDirectoryException expected) {
                // the failure is reported; what matters is what is left
            }
            try (DatasetDirectory reopened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                assertNotNull(reopened.manifest());
            }
            Map<String, byte[]> seen = visible(dir);
            assertTrue(seen.equals(before) || seen.equals(after), "a fault at " + counter.done().get(k) + ": "
                    + seen.keySet());
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir), "a fault at " + counter.done().get(k));
        }
    }

    private static String change(String target, String next, String nextSha, String backup, String previousSha) {
        return "{\"target\":\"" + target + "\",\"next\":" + quoted(next) + ",\"next_sha256\":" + quoted(nextSha)
                + ",\"backup\":" + quoted(backup) + ",\"previous_sha256\":" + quoted(previousSha) + "}";
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void anObstacleAtATargetNameKeepsThePreviousDatasetNamesItAndTheNextRunSucceedsOnceItIsGone() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSON));
        Map<String, byte[]> before = visible(dir);
        Files.createDirectory(dir.resolve("customers.jsonl"));

        for (boolean force : new boolean[] {false, true}) {
            DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                    () -> SyntheticDatasets.update(request(dir, 3, EnumSet.of(Format.JSONL)),
                            DirectoryOptions.defaults(), force));
            assertTrue(refused.getMessage().contains("customers.jsonl is a directory"), refused.getMessage());
            assertTrue(refused.getMessage().contains("Move those away"), refused.getMessage());
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir), "no temporary file is left");
            assertTrue(SyntheticDatasets.status(request(dir, 1, EnumSet.of(Format.JSON))).upToDate(),
                    "the previous dataset is whole and usable");
        }
        Files.delete(dir.resolve("customers.jsonl"));
        ReportFiles.check(dir, ConfigLoader.defaults());
        assertEquals(before.keySet(), withoutDerived(visible(dir)).keySet());
        update(dir, 3, EnumSet.of(Format.JSONL));
        assertTrue(SyntheticDatasets.status(request(dir, 3, EnumSet.of(Format.JSONL))).upToDate());
    }

    @Test
    void aFaultAtAnyFileOperationOfThePublishKeepsThePreviousDatasetAndLeavesNoTemporaryFile() throws IOException {
        Publish publish = publishBOverA(true);
        Path refA = publish.refA();
        Map<String, byte[]> a = publish.a();
        Map<String, byte[]> b = publish.b();
        CrashingOps counter = publish.counter();
        int steps = counter.done().size();
        assertTrue(steps > 30, counter.done().toString());
        int published = counter.done().indexOf(counter.done().stream().filter(s -> s.endsWith("-> manifest.json"))
                .reduce((first, last) -> last).orElseThrow());

        int failedRuns = 0;
        for (int k = 0; k < steps; k++) {
            Path dir = root.resolve("fault-" + k);
            copyTree(refA, dir);
            FailingOps ops = new FailingOps(k, false);
            String where = "an I/O error at operation " + k + " (" + counter.done().get(k) + ")";
            try {
                writeB(dir, ops);
            } catch (DatasetDirectoryException e) {
                assertTrue(k <= published, where + ": " + e.getMessage());
                failedRuns++;
                assertTrue(e.getMessage().contains("Input/output error"), where + ": names the cause: " + e.getMessage());
            }
            Map<String, byte[]> seen = visible(dir);
            assertEquals(k > published ? b : a, seen, where + ": the previous dataset, or the new one when only the"
                    + " clean-up after the new manifest failed");
            if (seen.equals(a)) {
                assertTrue(SyntheticDatasets.status(request(dir, 1, EnumSet.of(Format.JSON, Format.CSV))).upToDate(),
                        where);
            }
            writeB(dir, DirectoryOps.FILES);
            assertEquals(withoutDerived(b), visible(dir), where + ": the next run succeeds");
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir), where + ": no temporary file is left");
        }
        assertTrue(failedRuns > steps / 2, failedRuns + " of " + steps);
    }

    @Test
    void aLastingFaultAfterTheCommitLeavesAJournalThatTheNextOpeningCarriesToOneWholeDataset() throws IOException {
        Publish publish = publishBOverA(false);
        Path refA = publish.refA();
        Map<String, byte[]> a = publish.a();
        Map<String, byte[]> b = publish.b();
        CrashingOps counter = publish.counter();
        for (int k = 0; k < counter.done().size(); k++) {
            Path dir = root.resolve("lasting-" + k);
            copyTree(refA, dir);
            try {
                writeB(dir, new FailingOps(k, true));
            } catch (DatasetDirectoryException expected) {
                // the disk went bad: whatever this run could not do, the next opening does
            }
            for (int j = 0; ; j++) {
                try (DatasetDirectory opened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults(),
                        new FailingOps(j, false))) {
                    break; // recovery failed at each of its first j operations and was finished by the next opening
                } catch (DatasetDirectoryException failedAgain) {
                    assertTrue(failedAgain.getMessage().startsWith("cannot prepare the dataset directory"),
                            failedAgain.getMessage());
                }
            }
            try (DatasetDirectory opened = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                assertNotNull(opened.manifest());
            }
            Map<String, byte[]> seen = visible(dir);
            assertTrue(seen.equals(a) || seen.equals(b), "a lasting fault from operation " + k + ": " + seen.keySet());
            assertEquals(List.of(DatasetDirectory.LOCK_FILE), hidden(dir));
        }
    }

    @Test
    void derivedFilesAreListedReplacedOnlyWhileOursAndRemovedWithTheirDataset() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL));
        ReportFiles.report(dir, ConfigLoader.defaults());
        Manifest reported = DatasetReader.readManifest(dir);
        assertEquals(List.of("quality.json", "analysis.json", "report.html"),
                reported.derived().stream().map(Manifest.FileDigest::file).toList());
        assertTrue(SyntheticDatasets.status(request(dir, 1, EnumSet.of(Format.JSONL))).upToDate(),
                "listing derived files changes nothing about the dataset");
        String recorded = "\"dataset_fingerprint\": \"" + reported.fingerprint() + "\"";
        assertTrue(Files.readString(dir.resolve("quality.json")).contains(recorded), "quality.json says which dataset");
        assertTrue(Files.readString(dir.resolve("analysis.json")).contains(recorded), "analysis.json says which");
        assertTrue(Files.readString(dir.resolve("report.html")).contains("<code>" + reported.fingerprint() + "</code>"));
        ReportFiles.check(dir, ConfigLoader.defaults());

        update(dir, 2, EnumSet.of(Format.JSONL));
        for (String name : List.of("quality.json", "analysis.json", "report.html")) {
            assertFalse(Files.exists(dir.resolve(name)), name + " described seed 1: gone with it");
        }
        assertEquals(List.of(), DatasetReader.readManifest(dir).derived());

        ReportFiles.check(dir, ConfigLoader.defaults());
        Files.writeString(dir.resolve("quality.json"), "{\"my\": \"notes\"}", StandardCharsets.UTF_8);
        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> ReportFiles.check(dir, ConfigLoader.defaults()));
        assertTrue(refused.getMessage().contains("quality.json changed since synthetic-customers wrote it"),
                refused.getMessage());
        assertEquals("{\"my\": \"notes\"}", Files.readString(dir.resolve("quality.json")));
        update(dir, 3, EnumSet.of(Format.JSONL));
        assertEquals("{\"my\": \"notes\"}", Files.readString(dir.resolve("quality.json")), "an edited file is kept");
    }

    /**
     * Dataset A (seed 1, JSON and CSV; with its report when {@code reported}) and B (seed 2, JSON Lines and CSV)
     * published over a copy of it, every file operation of that publish counted.
     */
    private Publish publishBOverA(boolean reported) throws IOException {
        Path refA = root.resolve("ref-a");
        update(refA, 1, EnumSet.of(Format.JSON, Format.CSV));
        if (reported) {
            ReportFiles.report(refA, ConfigLoader.defaults());
        }
        Path refB = root.resolve("ref-b");
        copyTree(refA, refB);
        CrashingOps counter = CrashingOps.counting();
        writeB(refB, counter);
        return new Publish(refA, visible(refA), visible(refB), counter);
    }

    /** What {@link #publishBOverA} made: A's directory and files, B's files, and B's counted operations. */
    private record Publish(Path refA, Map<String, byte[]> a, Map<String, byte[]> b, CrashingOps counter) {
    }

    private static void writeB(Path dir, DirectoryOps ops) {
        try (DatasetDirectory directory = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults(), ops)) {
            SyntheticDatasets.generate(request(dir, 2, EnumSet.of(Format.JSONL, Format.CSV)), directory);
        }
    }

    private static Map<String, byte[]> withoutDerived(Map<String, byte[]> files) {
        Map<String, byte[]> data = new DirectoryContents.Bytes(files);
        for (DerivedFile f : DerivedFile.values()) {
            data.remove(f.fileName());
        }
        return data;
    }
}
