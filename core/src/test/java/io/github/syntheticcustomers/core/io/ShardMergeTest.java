package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shards: records {@code [from, to)} of a dataset are exactly those lines of the whole run, and shards of any sizes
 * that cover the dataset merge into the whole run's files and manifest, byte for byte (JSON Lines, CSV and the JSON
 * array); shards that are not the whole of one dataset, or whose files changed, are refused naming why.
 */
class ShardMergeTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final Set<Format> FORMATS = Set.of(Format.JSON, Format.JSONL, Format.CSV);

    @TempDir
    Path dir;

    private GenerationRequest request(long seed, long count, String name) {
        return new GenerationRequest(DEFAULTS, seed, count, FORMATS, dir.resolve(name), 2);
    }

    private List<Path> shards(long seed, long count, long... bounds) {
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            Path shard = dir.resolve("shard-" + bounds[i]);
            SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, seed, count, FORMATS, shard, 2)
                    .withShard(new RecordRange(bounds[i], bounds[i + 1])));
            shards.add(shard);
        }
        return shards;
    }

    static Stream<Arguments> splits() {
        return Stream.of(Arguments.of(42L, 230L, new long[] {0, 1, 100, 230}),
                Arguments.of(7L, 300L, new long[] {0, 100, 200, 300}),
                Arguments.of(1234L, 97L, new long[] {0, 96, 97}),
                Arguments.of(3L, 50L, new long[] {0, 50}));
    }

    @ParameterizedTest(name = "seed {0}, count {1}")
    @MethodSource("splits")
    void shardsOfAnySizeMergeIntoTheWholeRunsBytes(long seed, long count, long[] bounds) throws IOException {
        SyntheticDatasets.generate(request(seed, count, "whole"));
        List<Path> shards = shards(seed, count, bounds);
        // in any order
        List<Path> shuffled = new ArrayList<>(shards);
        java.util.Collections.reverse(shuffled);
        Manifest merged = ShardMerge.merge(shuffled, dir.resolve("merged"), DirectoryOptions.defaults());
        assertNull(merged.shard());
        Map<String, byte[]> whole = files(dir.resolve("whole"));
        assertEquals(whole.keySet(), files(dir.resolve("merged")).keySet());
        whole.forEach((name, bytes) -> assertArrayEquals(bytes, files(dir.resolve("merged")).get(name), name));
        assertEquals(ManifestParser.read(dir.resolve("whole/manifest.json")), merged);
        assertEquals(merged, ShardMerge.verify(shards), "verified in place: the same files and digests");
        // the merged directory is the whole run's dataset: up to date for its request
        assertTrue(SyntheticDatasets.status(request(seed, count, "merged")).upToDate());
    }

    @Test
    void aShardHoldsExactlyThoseLinesOfTheWholeRunAndSaysWhichRecords() throws IOException {
        SyntheticDatasets.generate(request(42, 200, "whole"));
        Path shard = shards(42, 200, 60, 140).get(0);
        Manifest manifest = ManifestParser.read(shard.resolve("manifest.json"));
        Manifest whole = ManifestParser.read(dir.resolve("whole/manifest.json"));
        assertEquals(new Manifest.Shard(60, 140, whole.fingerprint()), manifest.shard());
        assertEquals(200, manifest.count());
        assertNotEquals(whole.fingerprint(), manifest.fingerprint());
        for (String part : List.of("customers", "scenarios", "engagement-steps")) {
            List<String> lines = Files.readAllLines(shard.resolve(part + ".jsonl"), StandardCharsets.UTF_8);
            List<String> all = Files.readAllLines(dir.resolve("whole").resolve(part + ".jsonl"), StandardCharsets.UTF_8);
            assertEquals(manifest.file(part + ".jsonl").records(), lines.size());
            int start = all.indexOf(lines.get(0));
            assertTrue(start >= 0, part + ": the shard's first line is a line of the whole run");
            assertEquals(all.subList(start, start + lines.size()), lines, part);
        }
        assertTrue(Files.readString(shard.resolve("customers.jsonl")).startsWith("{\"id\":\"cus-000061\""));
        // a shard is not the whole dataset: the checks refuse it, and the whole run is not up to date there
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> QualityChecks.run(shard, DEFAULTS));
        assertEquals("no dataset in " + shard + ": it holds records 60:140, a shard of a dataset of 200 customers;"
                + " merge the shards (synthetic-customers merge --output DIR SHARD...) and check the merged directory",
                refused.getCause().getMessage());
        assertFalse(SyntheticDatasets.status(new GenerationRequest(DEFAULTS, 42, 200, FORMATS, shard, 1)).upToDate());
        assertTrue(SyntheticDatasets.status(new GenerationRequest(DEFAULTS, 42, 200, FORMATS, shard, 1)
                .withShard(new RecordRange(60, 140))).upToDate());
    }

    @Test
    void shardsThatAreNotTheWholeOfOneDatasetAreRefusedNamingWhy() throws IOException {
        List<Path> shards = shards(42, 90, 0, 30, 60, 90);
        Path out = dir.resolve("merged");
        assertEquals("records 30:60 are in no shard (the shards of a dataset of 90 must cover 0:90)",
                refused(List.of(shards.get(0), shards.get(2)), out));
        assertEquals("records 60:90 are in no shard (the shards of a dataset of 90 must cover 0:90)",
                refused(shards.subList(0, 2), out));
        Path overlapping = dir.resolve("overlap");
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 42, 90, FORMATS, overlapping, 1)
                .withShard(new RecordRange(20, 60)));
        assertEquals("the shards " + shards.get(0) + " and " + overlapping + " overlap at records 20:30",
                refused(List.of(shards.get(0), overlapping, shards.get(2)), out));
        Path otherSeed = dir.resolve("other-seed");
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 43, 90, FORMATS, otherSeed, 1)
                .withShard(new RecordRange(30, 60)));
        assertEquals("the shards " + shards.get(0) + " and " + otherSeed + " are of different datasets: seed 42 and 43",
                refused(List.of(shards.get(0), otherSeed, shards.get(2)), out));
        SyntheticDatasets.generate(request(42, 90, "whole"));
        assertEquals(dir.resolve("whole") + " holds a whole dataset (count 90), not a shard of one",
                refused(List.of(dir.resolve("whole")), out));
        assertEquals("cannot merge into " + shards.get(1) + ": it is one of the shards", refused(shards, shards.get(1)));
        Path edited = shards.get(1).resolve("scenarios.jsonl");
        Files.writeString(edited, Files.readString(edited).replace("cus-", "cux-"));
        String modified = assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, out, DirectoryOptions.defaults())).getMessage();
        assertTrue(modified.startsWith(edited + ", line 1 (record 1; the shard claims records 30:60): is not the"
                + " record the generator writes for record index 30"), modified);
        assertFalse(Files.exists(out.resolve("manifest.json")), "nothing was published");
        assertTrue(files(out).isEmpty(), "and no file of the merge is left: " + files(out).keySet());
    }

    @Test
    void theEventsOfShardsMergeIntoTheWholeRunsBytesAndAnEditedEventIsRefused() throws IOException {
        Set<Part> all = Part.all();
        SyntheticDatasets.generate(request(9, 120, "whole").withParts(all));
        List<Path> shards = new ArrayList<>();
        long[] bounds = {0, 1, 40, 120};
        for (int i = 0; i + 1 < bounds.length; i++) {
            Path shard = dir.resolve("events-" + bounds[i]);
            SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 9, 120, FORMATS, shard, 2, null, all)
                    .withShard(new RecordRange(bounds[i], bounds[i + 1])));
            shards.add(shard);
        }
        Manifest merged = ShardMerge.merge(shards, dir.resolve("merged"), DirectoryOptions.defaults());
        Map<String, byte[]> whole = files(dir.resolve("whole"));
        assertTrue(whole.containsKey("events.csv") && whole.containsKey("events.json")
                && whole.containsKey("events.jsonl"));
        assertEquals(whole.keySet(), files(dir.resolve("merged")).keySet());
        whole.forEach((name, bytes) -> assertArrayEquals(bytes, files(dir.resolve("merged")).get(name), name));
        assertEquals(ManifestParser.read(dir.resolve("whole/manifest.json")), merged);
        assertEquals(merged, ShardMerge.verify(shards));

        // the first event of index 40 (the last shard's first index, always regenerated) given to index 41
        Path edited = shards.get(2).resolve("events.jsonl");
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        String id = "evt-000041-000001";
        assertTrue(text.contains("\"event_id\":\"" + id + "\""), "index 40 has events");
        Files.writeString(edited, text.replace("\"event_id\":\"" + id + "\"", "\"event_id\":\"evt-000042-000001\""),
                StandardCharsets.UTF_8);
        String refused = assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, dir.resolve("merged-again"), DirectoryOptions.defaults())).getMessage();
        assertTrue(refused.startsWith(edited + ", line "), refused);
        assertTrue(refused.contains("expected " + id), refused);
        assertFalse(Files.exists(dir.resolve("merged-again/manifest.json")));
        String verified = assertThrows(ShardMismatchException.class, () -> ShardMerge.verify(shards)).getMessage();
        assertTrue(verified.contains("expected " + id), verified);
    }

    @Test
    void aShardBeyondTheDatasetIsRefusedBeforeAnythingIsWritten() {
        ConfigException e = assertThrows(ConfigException.class, () -> request(42, 100, "s")
                .withShard(new RecordRange(50, 101)));
        assertEquals("shard: reaches past the dataset's last record (count 100) (was: 50:101; allowed: FROM:TO with"
                + " 0 <= FROM < TO <= 100)", e.getMessage());
        assertEquals("shard: holds no record (was: 5:5; allowed: FROM:TO with 0 <= FROM < TO <= count)",
                assertThrows(ConfigException.class, () -> new RecordRange(5, 5)).getMessage());
        assertEquals(new RecordRange(0, 250_000), RecordRange.parse("shard", " 0:250000 "));
        assertEquals("shard: is not a range of records (was: 10-20; allowed: FROM:TO with 0 <= FROM < TO <= count,"
                + " e.g. 0:250000)", assertThrows(ConfigException.class, () -> RecordRange.parse("shard", "10-20"))
                        .getMessage());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    private static String refused(List<Path> shards, Path out) {
        return assertThrows(DatasetDirectoryException.class,
                () -> ShardMerge.merge(shards, out, DirectoryOptions.defaults())).getMessage();
    }

    /** The visible files of a directory with their bytes. */
    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
