package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merge trusts no manifest (issue 27, item 6). Each test first does what a user or an attacker did to the shards on
 * the previous version, which merged them with success into a dataset whose records were out of order or miscounted,
 * or whose tampered record passed {@code merge --verify}: swapping the shard ranges of two manifests, adding 1 to a
 * file's {@code records}, editing a record and its manifest's {@code bytes} and {@code sha256} together. Now each is
 * refused naming the shard's file, the line and record, and what was expected and found, and a refused merge leaves
 * nothing behind; the merged manifest is the whole run's, byte for byte.
 */
class ShardMergeTrustTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    private static final Set<Format> FORMATS = Set.of(Format.JSON, Format.JSONL, Format.CSV);

    @TempDir
    Path dir;

    private List<Path> shards(GenerationRequest whole, long... bounds) {
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            Path shard = dir.resolve("shard-" + bounds[i]);
            SyntheticDatasets.generate(new GenerationRequest(whole.config(), whole.seed(), whole.count(),
                    whole.formats(), shard, 1, whole.configSource(), whole.parts())
                    .withShard(new RecordRange(bounds[i], bounds[i + 1])));
            shards.add(shard);
        }
        return shards;
    }

    private List<Path> shards230() {
        return shards(new GenerationRequest(DEFAULTS, 42, 230, FORMATS, dir.resolve("whole"), 1), 0, 100, 230);
    }

    @Test
    void swappedShardRangesAreRefusedByTheFingerprintAndByTheRecordIds() throws IOException {
        List<Path> shards = shards230();
        Manifest.Shard first = manifest(shards.get(0)).shard();
        Manifest.Shard second = manifest(shards.get(1)).shard();
        rewrite(shards.get(0), m -> withShard(m, second, m.fingerprint()));
        rewrite(shards.get(1), m -> withShard(m, first, m.fingerprint()));
        Path out = dir.resolve("merged");
        // the previous version merged these with success, shard-100's records first
        String refused = refused(shards, out);
        // (the shards are taken in the order of their claimed ranges: shard-100's claims 0:100)
        assertTrue(refused.startsWith(shards.get(1).resolve("manifest.json") + ": its fingerprint "), refused);
        assertTrue(refused.endsWith(" is not that of records 0:100 of its dataset (expected "
                + manifest(shards.get(0)).fingerprint() + "; its shard range or fingerprint was modified)"), refused);
        // fingerprints swapped with the ranges: each manifest agrees with itself, the records do not
        String fingerprint0 = manifest(shards.get(0)).fingerprint();
        String fingerprint1 = manifest(shards.get(1)).fingerprint();
        rewrite(shards.get(0), m -> withShard(m, m.shard(), fingerprint1));
        rewrite(shards.get(1), m -> withShard(m, m.shard(), fingerprint0));
        refused = refused(shards, out);
        assertEquals(shards.get(1).resolve("customers.json") + ", line 2 (record 1; the shard claims records 0:100):"
                + " found id cus-000101, expected cus-000001 (record index 0; a shard holds exactly its range's"
                + " records, in order)", refused);
        assertEquals(refused, verifyRefused(shards));
        assertFalse(Files.exists(out), "a refused merge leaves nothing behind");
    }

    @Test
    void aRecordCountThatIsNotTheFilesIsRefused() throws IOException {
        List<Path> shards = shards230();
        rewrite(shards.get(1), m -> withFile(m, "customers.jsonl", f -> new Manifest.FileEntry(f.file(), f.part(),
                f.format(), f.records() + 1, f.bytes(), f.sha256())));
        Path out = dir.resolve("merged");
        // the previous version merged it with success: its manifest said 231 customers in customers.jsonl
        assertEquals(shards.get(1).resolve("customers.jsonl") + " holds 130 records, but its shard's manifest says 131"
                + " (modified)", refused(shards, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void aRecordRemovedWithItsManifestUpdatedIsRefused() throws IOException {
        List<Path> shards = shards230();
        Path file = shards.get(1).resolve("customers.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.writeString(file, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n", StandardCharsets.UTF_8);
        rehash(shards.get(1), "customers.jsonl", -1);
        assertEquals(file + ", after record 129 (100:230 claimed by its manifest): found the end of the file, expected"
                + " cus-000230 (record index 229; a shard holds exactly its range's records, in order)",
                refused(shards, dir.resolve("merged")));
    }

    static Stream<Arguments> editedFiles() {
        return Stream.of(Arguments.of("customers.jsonl", true), Arguments.of("customers.jsonl", false),
                Arguments.of("scenarios.csv", true), Arguments.of("engagement-steps.json", false),
                Arguments.of("engagement-steps.csv", true), Arguments.of("customers.json", true));
    }

    @ParameterizedTest(name = "{0}, first record {1}")
    @MethodSource("editedFiles")
    void aFirstOrLastRecordEditedWithItsManifestUpdatedIsRefusedByTheSample(String name, boolean first)
            throws IOException {
        List<Path> shards = shards230();
        Path file = shards.get(1).resolve(name);
        long line = editRecord(file, first ? 0 : -1);
        rehash(shards.get(1), name, 0);
        // the previous version merged it, and merge --verify passed it: every size and digest agreed
        String refused = refused(shards, dir.resolve("merged"));
        assertTrue(refused.startsWith(file + ", line " + line + " (record "), refused);
        assertTrue(refused.contains("; the shard claims records 100:230): is not the record the generator writes for"
                + " record index " + (first ? 100 : 229) + " (first difference at byte "), refused);
        assertTrue(refused.contains(": found \""), refused);
        assertTrue(refused.contains("\", expected \""), refused);
        assertFalse(Files.exists(dir.resolve("merged")));
        assertEquals(refused, verifyRefused(shards));
    }

    @Test
    void verifyRegeneratesEveryRecordSoAnyEditedRecordIsRefused() throws IOException {
        List<Path> shards = shards230();
        RecordRange range = new RecordRange(100, 230);
        NavigableSet<Long> sample = ShardMerge.sample(42, range);
        assertEquals(100L, sample.first());
        assertEquals(229L, sample.last());
        assertEquals(sample, ShardMerge.sample(42, range), "drawn from the seed: the same every time");
        long unsampled = 101;
        while (sample.contains(unsampled)) {
            unsampled++;
        }
        Path file = shards.get(1).resolve("customers.jsonl");
        long line = editRecord(file, (int) (unsampled - 100));
        rehash(shards.get(1), "customers.jsonl", 0);
        assertEquals(unsampled - 100 + 1, line);
        String refused = verifyRefused(shards);
        assertTrue(refused.startsWith(file + ", line " + line + " (record " + line + "; the shard claims records"
                + " 100:230): is not the record the generator writes for record index " + unsampled), refused);
    }

    @Test
    void aRefusedMergeLeavesNoNewDirectoryAndAnExistingOneAsItWas() throws IOException {
        List<Path> shards = shards230();
        // a modified last record (the previous version refused it too, by its SHA-256, but left what it created)
        editRecord(shards.get(1).resolve("engagement-steps.csv"), -1);
        // a new directory, with parents that did not exist: none of them stays (the previous version left the
        // directory with its lock file)
        Path nested = dir.resolve("new/deeper/merged");
        assertThrows(RuntimeException.class, () -> ShardMerge.merge(shards, nested, DirectoryOptions.defaults()));
        assertFalse(Files.exists(dir.resolve("new")), "no new directory: " + (Files.exists(dir.resolve("new"))
                ? everything(dir.resolve("new")).keySet() : ""));
        assertThrows(ShardMismatchException.class, () -> ShardMerge.merge(shards, nested, DirectoryOptions.defaults()));
        // an empty directory that existed: still empty, no lock file
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThrows(ShardMismatchException.class, () -> ShardMerge.merge(shards, empty, DirectoryOptions.defaults()));
        assertEquals(Map.of(), everything(empty));
        // a dataset that existed: every file as it was, hidden ones included
        Path previous = dir.resolve("previous");
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 7, 30, FORMATS, previous, 1));
        Map<String, String> before = everything(previous);
        assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, previous, DirectoryOptions.defaults()));
        assertEquals(before, everything(previous));
        // also when the refusal comes from the manifests, before any file is read
        rewrite(shards.get(1), m -> withFile(m, "customers.jsonl", f -> new Manifest.FileEntry(f.file(), f.part(),
                f.format(), f.records() - 1, f.bytes(), f.sha256())));
        rewrite(shards.get(0), m -> withShard(m, new Manifest.Shard(0, 99, m.shard().datasetFingerprint()),
                m.fingerprint()));
        assertThrows(DatasetDirectoryException.class,
                () -> ShardMerge.merge(shards, nested, DirectoryOptions.defaults()));
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void aShardOfAFormatWhoseModuleIsAbsentIsRefusedSayingSo() throws IOException {
        List<Path> shards = shards230();
        for (Path shard : shards) {
            rewrite(shard, m -> new Manifest(m.generator(), m.generatorVersion(), m.seed(), m.count(),
                    m.referenceDate(), List.of("csv", "fhir", "json", "jsonl"), m.config(), m.configDigest(),
                    m.fingerprint(), m.shard(), m.files()));
        }
        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> ShardMerge.merge(shards, dir.resolve("merged"), DirectoryOptions.defaults()));
        assertTrue(e.getMessage().startsWith("cannot merge the shard " + shards.get(0) + " here: it holds [csv, fhir,"
                + " json, jsonl], and format fhir is written by the module"
                + " io.github.syntheticcustomers:synthetic-customers-fhir, which is not on the class path"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("merged")));
    }

    static Stream<Arguments> wholeRuns() {
        return Stream.of(Arguments.of(1L, 40L, Set.of(Format.JSONL), "all", new long[] {0, 13, 40}),
                Arguments.of(99L, 61L, Set.of(Format.CSV), "customers,engagement-steps", new long[] {0, 60, 61}),
                Arguments.of(5L, 30L, Set.of(Format.JSON), "scenarios", new long[] {0, 1, 2, 30}),
                Arguments.of(2024L, 75L, FORMATS, "file", new long[] {0, 25, 50, 75}),
                Arguments.of(3L, 20L, Set.of(Format.JSON, Format.CSV), "customers", new long[] {0, 20}),
                Arguments.of(8L, 45L, FORMATS, "events", new long[] {0, 1, 30, 45}),
                Arguments.of(12L, 33L, Set.of(Format.CSV, Format.JSON), "customers,events", new long[] {0, 32, 33}));
    }

    @ParameterizedTest(name = "seed {0}, count {1}, {2}, parts {3}")
    @MethodSource("wholeRuns")
    void theMergedDirectoryIsTheWholeRunsByteForByteManifestIncluded(long seed, long count, Set<Format> formats,
            String parts, long[] bounds) throws IOException {
        GenerationRequest whole;
        if (parts.equals("file")) {
            String text = "reference_date: \"2025-06-30\"\npersonas:\n  healthcare_professional: { share: 50 }\n"
                    + "  health_aware_avoider: { share: 20 }\n  structured_system_seeker: { share: 10 }\n"
                    + "  balanced_life_integrator: { share: 10 }\n  overlooked_risk_group: { share: 10 }\n";
            ConfigSource source = new ConfigSource("team.yaml", text);
            whole = new GenerationRequest(source.load(), seed, count, formats, dir.resolve("whole"), 2)
                    .withConfigSource(source);
        } else {
            whole = new GenerationRequest(DEFAULTS, seed, count, formats, dir.resolve("whole"), 2)
                    .withParts(Part.parseList("parts", parts));
        }
        SyntheticDatasets.generate(whole);
        List<Path> shards = shards(whole, bounds);
        Manifest verified = ShardMerge.verify(shards);
        List<Path> reversed = new ArrayList<>(shards);
        java.util.Collections.reverse(reversed);
        Manifest merged = ShardMerge.merge(reversed, dir.resolve("merged"), DirectoryOptions.defaults());
        assertEquals(verified, merged);
        Map<String, String> expected = everything(dir.resolve("whole"));
        Map<String, String> actual = everything(dir.resolve("merged"));
        assertEquals(expected.keySet(), actual.keySet());
        assertArrayEquals(Files.readAllBytes(dir.resolve("whole/manifest.json")),
                Files.readAllBytes(dir.resolve("merged/manifest.json")), "the manifest, byte for byte");
        assertEquals(expected, actual, "every file, byte for byte");
        assertTrue(SyntheticDatasets.status(new GenerationRequest(whole.config(), seed, count, formats,
                dir.resolve("merged"), 1, whole.configSource(), whole.parts())).upToDate());
    }

    @Test
    void mergedRecordsAreCountedNotTakenFromTheManifests() throws IOException {
        List<Path> shards = shards230();
        Manifest merged = ShardMerge.merge(shards, dir.resolve("merged"), DirectoryOptions.defaults());
        for (Manifest.FileEntry f : merged.files()) {
            long records = 0;
            for (Path shard : shards) {
                records += manifest(shard).file(f.file()).records();
            }
            assertEquals(records, f.records(), f.file());
        }
        assertEquals(230, merged.file("customers.csv").records());
        assertNotEquals(0, merged.file("engagement-steps.jsonl").records());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static String refused(List<Path> shards, Path out) {
        return assertThrows(ShardMismatchException.class,
                () -> ShardMerge.merge(shards, out, DirectoryOptions.defaults())).getMessage();
    }

    private static String verifyRefused(List<Path> shards) {
        return assertThrows(ShardMismatchException.class, () -> ShardMerge.verify(shards)).getMessage();
    }

    private static Manifest manifest(Path shard) throws IOException {
        return ManifestParser.read(shard.resolve("manifest.json"));
    }

    private static void rewrite(Path shard, UnaryOperator<Manifest> change) throws IOException {
        Files.write(shard.resolve("manifest.json"), DatasetWriter.manifestBytes(change.apply(manifest(shard))));
    }

    private static Manifest withShard(Manifest m, Manifest.Shard shard, String fingerprint) {
        return new Manifest(m.generator(), m.generatorVersion(), m.seed(), m.count(), m.referenceDate(), m.formats(),
                m.config(), m.configDigest(), fingerprint, shard, m.files());
    }

    private static Manifest withFile(Manifest m, String name, UnaryOperator<Manifest.FileEntry> change) {
        List<Manifest.FileEntry> files = m.files().stream().map(f -> f.file().equals(name) ? change.apply(f) : f)
                .toList();
        return new Manifest(m.generator(), m.generatorVersion(), m.seed(), m.count(), m.referenceDate(), m.formats(),
                m.config(), m.configDigest(), m.fingerprint(), m.shard(), files);
    }

    /** Records the file's new size and SHA-256 (and {@code records} changed by {@code delta}) in its manifest. */
    private static void rehash(Path shard, String name, long delta) throws IOException {
        byte[] bytes = Files.readAllBytes(shard.resolve(name));
        String sha256 = sha256(bytes);
        rewrite(shard, m -> withFile(m, name, f -> new Manifest.FileEntry(f.file(), f.part(), f.format(),
                f.records() + delta, bytes.length, sha256)));
    }

    /**
     * Changes a digit of record {@code index} of a file (from the end when negative: -1 the last) so that it stays
     * well-formed; returns the record's first line (1-based).
     */
    private static long editRecord(Path file, int index) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        List<int[]> records = new ArrayList<>(); // [start, end) of each record
        if (name.endsWith(".json")) {
            for (int at = text.indexOf("\n  {\n"); at >= 0; at = text.indexOf("\n  {\n", at + 1)) {
                int end = text.indexOf("\n  }", at);
                records.add(new int[] {at + 1, end + 4});
            }
        } else {
            int start = name.endsWith(".csv") ? text.indexOf('\n') + 1 : 0; // header row: no quoted line ends there
            boolean quoted = false;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    records.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
        }
        int[] r = records.get(index >= 0 ? index : records.size() + index);
        int digit = -1;
        for (int i = r[1] - 1; i >= r[0] && digit < 0; i--) {
            if (Character.isDigit(text.charAt(i))) {
                digit = i;
            }
        }
        char c = text.charAt(digit);
        String edited = text.substring(0, digit) + (c == '9' ? '8' : (char) (c + 1)) + text.substring(digit + 1);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return text.substring(0, r[0]).chars().filter(ch -> ch == '\n').count() + 1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under a directory, hidden ones included, with its SHA-256. */
    private static Map<String, String> everything(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
