package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.ShardInputs;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import io.github.syntheticcustomers.core.timeline.EventPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * Relational shards (issue 32 item 5, the files): shards merge into the whole run's table and description files byte
 * for byte; a shard alone is a loadable unit (the whole run's description files, child rows that refer to its own
 * customers only: RelationalFilesTest's checks run over it); the merge checks each table row's id against its record
 * index.
 */
class RelationalShardsTest {

    private static final Set<Format> FORMATS = Set.of(Format.RELATIONAL, Format.JSONL);

    @TempDir
    Path dir;

    static Stream<Arguments> splits() {
        return Stream.of(Arguments.of(42L, 40L, new long[] {0, 15, 40}), Arguments.of(7L, 20L, new long[] {0, 1, 20}));
    }

    private GenerationRequest request(long seed, long count, Path out) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, count, FORMATS, out, 2).withParts(Part.all());
    }

    private List<Path> shards(long seed, long count, long[] bounds) {
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            Path shard = dir.resolve("shard-" + bounds[i]);
            SyntheticDatasets.generate(request(seed, count, shard).withShard(new RecordRange(bounds[i], bounds[i + 1])));
            shards.add(shard);
        }
        return shards;
    }

    @ParameterizedTest(name = "seed {0}, count {1}")
    @MethodSource("splits")
    void shardsMergeIntoTheWholeRunsTablesAndEachIsALoadableUnit(long seed, long count, long[] bounds)
            throws IOException {
        SyntheticDatasets.generate(request(seed, count, dir.resolve("whole")));
        List<Path> shards = shards(seed, count, bounds);
        Map<String, byte[]> whole = files(dir.resolve("whole"));
        for (int i = 0; i < shards.size(); i++) {
            Path shard = shards.get(i);
            Map<String, byte[]> own = files(shard);
            for (String name : RelationalSchema.descriptionFileNames()) {
                assertArrayEquals(whole.get(name), own.get(name), shard + ": " + name);
            }
            // every table file is there, and its rows refer to the shard's customers only
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(shard.resolve("table-customers.csv"))) {
                if (line.startsWith("cus-")) {
                    ids.add(line.substring(0, line.indexOf(',')));
                }
            }
            assertEquals(bounds[i + 1] - bounds[i], ids.size());
            assertEquals(String.format("cus-%06d", bounds[i] + 1), ids.get(0));
            io.github.syntheticcustomers.core.relational.RelationalFilesChecks.assertLoadable(shard);
        }
        // every record of every shard regenerated and compared, table rows included
        ShardMerge.verify(shards);
        List<Path> reversed = new ArrayList<>(shards);
        java.util.Collections.reverse(reversed);
        ShardMerge.merge(reversed, dir.resolve("merged"), DirectoryOptions.defaults());
        Map<String, byte[]> merged = files(dir.resolve("merged"));
        assertEquals(whole.keySet(), merged.keySet());
        whole.forEach((name, bytes) -> assertArrayEquals(bytes, merged.get(name), name));
    }

    @Test
    void theMergeChecksEveryTableRowsIdAgainstItsRecordIndex() throws IOException {
        List<Path> shards = shards(42, 20, new long[] {0, 10, 20});
        Path second = shards.get(1);
        ShardInputs inputs = ShardInputs.of(second, ManifestParser.read(second.resolve("manifest.json")));
        assertEquals("cus-000006", inputs.ids("table-customers").id(5, 1));
        assertEquals("cus-000006", inputs.ids("table-conditions").id(5, 3));
        assertEquals("cus-000006", inputs.ids("table-customer-attributes").id(5, 2));
        assertEquals("scn-000006", inputs.ids("table-scenarios").id(5, 1));
        assertEquals("scn-000006", inputs.ids("table-journey-steps").id(5, 4));
        assertEquals(inputs.ids("engagement-steps").id(5, 2), inputs.ids("table-engagement-steps").id(5, 2));
        assertEquals(EventPart.eventId(5, 7), inputs.ids("table-events").id(5, 7));
        // two customers' rows swapped in the middle of a shard's table: well-formed, but not in record order
        Path file = second.resolve("table-measurements.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int at = -1;
        for (int k = lines.size() / 2; k + 1 < lines.size() && at < 0; k++) {
            if (!lines.get(k).startsWith(lines.get(k + 1).substring(0, 11))) {
                at = k;
            }
        }
        assertTrue(at > 1, "no two customers' rows next to each other");
        String a = lines.get(at);
        lines.set(at, lines.get(at + 1));
        lines.set(at + 1, a);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Manifest m = ManifestParser.read(second.resolve("manifest.json"));
        List<Manifest.FileEntry> entries = m.files().stream().map(f -> f.file().equals("table-measurements.csv")
                ? new Manifest.FileEntry(f.file(), f.part(), f.format(), f.records(), bytes.length, sha256(bytes))
                : f).toList();
        Files.write(second.resolve("manifest.json"), DatasetWriter.manifestBytes(new Manifest(m.generator(),
                m.generatorVersion(), m.seed(), m.count(), m.referenceDate(), m.formats(), m.config(),
                m.configDigest(), m.fingerprint(), m.shard(), entries)));
        String message = assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, dir.resolve("merged"), DirectoryOptions.defaults())).getMessage();
        assertTrue(message.contains("table-measurements.csv"), message);
        assertTrue(message.contains("found"), message);
    }

    private static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(d)) {
            for (Path f : list.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(Table.FILE_PREFIX) || name.endsWith(".sql") || name.endsWith(".json")
                        || name.endsWith(".jsonl")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
