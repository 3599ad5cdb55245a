package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.GenerationResult;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The output directory as a safe place: where a dataset may go, whose files a run touches, the manifest as untrusted input. */
@SuppressWarnings("try") // try-with-resources that only hold a directory or its lock open
class DatasetDirectoryTest {

    @TempDir
    Path root;

    private static GenerationRequest request(Path dir, long seed, Set<Format> formats) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, 12, formats, dir, 1);
    }

    private static GenerationResult update(Path dir, long seed, Set<Format> formats, DirectoryOptions options) {
        return SyntheticDatasets.update(request(dir, seed, formats), options, false);
    }

    // ---- places ----------------------------------------------------------------------------------------

    @Test
    void anEmptyPathTheRootTheHomeAndTheWorkingDirectoryAreRefusedBeforeAnythingIsWritten() {
        Map<Path, String> refused = new java.util.LinkedHashMap<>();
        refused.put(Path.of(""), "outputDirectory: refused: the output directory is empty (an empty path means the"
                + " working directory) (was: ''; allowed: a directory of its own for the dataset, e.g."
                + " target/synthetic-customers)");
        refused.put(Path.of("/"), "outputDirectory: refused: the output directory is a file-system root (was: /;");
        Path home = DatasetDirectory.realPath(Path.of(System.getProperty("user.home")));
        refused.put(home, "outputDirectory: refused: the output directory is the user's home directory (" + home + ")");
        Path work = DatasetDirectory.realPath(Path.of(System.getProperty("user.dir")));
        refused.put(work, "outputDirectory: refused: the output directory is the working directory (" + work + ")");
        refused.put(work.getParent(), "outputDirectory: refused: the output directory contains the working directory");
        refused.forEach((dir, message) -> {
            // place() decides before any file is touched, so the real home is never at risk here
            ConfigException e = assertThrows(ConfigException.class,
                    () -> DatasetDirectory.place(dir, DirectoryOptions.defaults()), dir.toString());
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
        });
    }

    @Test
    void aProtectedDirectoryAndItsAncestorsAreRefusedAndLeftUntouched() throws IOException {
        Path project = root.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("customers.csv"), "mine\n");
        Files.writeString(project.resolve("scenarios.jsonl"), "{}\n");
        Map<String, byte[]> before = files(project);
        DirectoryOptions options = DirectoryOptions.defaults().withProtectedDirectories(List.of(project));
        for (Path dir : List.of(project, project.resolve("."), project.resolve("sub/.."), root)) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> update(dir, 1, EnumSet.of(Format.JSONL), options));
            assertTrue(e.getMessage().contains("the output directory " + (dir.equals(root) ? "contains" : "is")
                    + " a protected directory (" + project.toRealPath() + ")"), e.getMessage());
        }
        assertEquals(before, files(project));
    }

    @Test
    void aForeignFolderIsRefusedNamingItsFilesAndNothingInItChanges() throws IOException {
        Path folder = root.resolve("mine");
        Files.createDirectories(folder.resolve("photos"));
        Files.writeString(folder.resolve("customers.csv"), "id,name\n1,me\n");
        Files.writeString(folder.resolve("notes.txt"), "keep");
        Map<String, byte[]> before = files(folder);
        ConfigException e = assertThrows(ConfigException.class,
                () -> update(folder, 1, EnumSet.of(Format.JSON, Format.CSV), DirectoryOptions.defaults()));
        assertEquals("outputDirectory: refused: the output directory " + folder.toRealPath() + " holds files"
                + " synthetic-customers did not write (customers.csv, notes.txt, photos); none was touched (was: "
                + folder.toRealPath() + "; allowed: a new or empty directory, or one holding a dataset of ours; to use"
                + " this one anyway, adopt it (plugin parameter adoptOutputDirectory, property"
                + " synthetic.adoptOutputDirectory))", e.getMessage());
        assertEquals(before, files(folder), "not even a lock file was created");
    }

    @Test
    void anAdoptedFolderKeepsItsFilesAndOneThatHoldsADatasetNameIsStillRefused() throws IOException {
        Path folder = root.resolve("adopted");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "keep");
        DirectoryOptions adopt = DirectoryOptions.defaults().withAdoptNonEmpty(true);
        assertTrue(update(folder, 1, EnumSet.of(Format.JSON, Format.CSV), adopt).generated());
        assertTrue(update(folder, 2, EnumSet.of(Format.JSONL), DirectoryOptions.defaults()).generated(),
                "once adopted, the directory is ours");
        assertEquals("keep", Files.readString(folder.resolve("notes.txt")));
        assertFalse(Files.exists(folder.resolve("customers.csv")), "our own old file is removed");

        Path clash = root.resolve("clash");
        Files.createDirectories(clash);
        Files.writeString(clash.resolve("customers.json"), "[\"mine\"]");
        Map<String, byte[]> before = files(clash);
        ConfigException e = assertThrows(ConfigException.class, () -> update(clash, 1, EnumSet.of(Format.JSONL), adopt));
        assertTrue(e.getMessage().contains("holds customers.json, which synthetic-customers did not write and a"
                + " dataset would replace; none was touched"), e.getMessage());
        assertEquals(before, files(clash));
    }

    @Test
    void aRunDeletesOnlyFilesItsPreviousManifestLists() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSON), DirectoryOptions.defaults());
        Files.writeString(dir.resolve("customers.csv"), "a user's file with a dataset name\n");
        Files.writeString(dir.resolve("README.txt"), "notes");
        update(dir, 2, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        assertFalse(Files.exists(dir.resolve("customers.json")), "listed by the previous manifest: removed");
        assertEquals("a user's file with a dataset name\n", Files.readString(dir.resolve("customers.csv")));
        assertEquals("notes", Files.readString(dir.resolve("README.txt")));
    }

    // ---- temporary files and links ----------------------------------------------------------------------

    @Test
    void temporaryFilesOfKilledRunsAreSweptAlsoWhenTheDatasetIsUpToDateAndNoOtherNameEver() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        String leftover = ".synthetic-customers-0123456789abcdef0123456789abcdef.tmp";
        Files.writeString(dir.resolve(leftover), "partial");
        // names a user may choose, including those earlier versions used for their temporary files
        List<String> users = List.of(".customers.jsonl.tmp", ".manifest.json.tmp", ".quality.json.tmp",
                ".report.html.tmp", ".draft.json.tmp", ".budget.csv.tmp", ".synthetic-customers-draft.tmp",
                ".synthetic-customers-0123456789ABCDEF0123456789ABCDEF.tmp", "synthetic-customers-0123456789abcdef"
                        + "0123456789abcdef.tmp");
        for (String name : users) {
            Files.writeString(dir.resolve(name), "mine");
        }
        GenerationResult result = update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        assertFalse(result.generated(), result.reason());
        assertFalse(Files.exists(dir.resolve(leftover)), leftover + " swept");
        SyntheticDatasets.update(request(dir, 2, EnumSet.of(Format.JSONL)), DirectoryOptions.defaults(), true);
        ReportFiles.report(dir, ConfigLoader.defaults());
        for (String name : users) {
            assertEquals("mine", Files.readString(dir.resolve(name)), name + " is the user's: never swept");
        }
    }

    @Test
    void preplacedLinksAtTemporaryNamesNeverRedirectAWrite() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        Path victim = root.resolve("victim.txt");
        Files.writeString(victim, "precious");
        for (String name : List.of(".quality.json.tmp", ".analysis.json.tmp", ".report.html.tmp",
                ".customers.jsonl.tmp", ".manifest.json.tmp")) {
            Files.createSymbolicLink(dir.resolve(name), victim);
        }
        ReportFiles.check(dir, ConfigLoader.defaults());
        ReportFiles.report(dir, ConfigLoader.defaults());
        assertTrue(Files.readString(dir.resolve("quality.json")).startsWith("{"));
        SyntheticDatasets.update(request(dir, 2, EnumSet.of(Format.JSONL)), DirectoryOptions.defaults(), true);
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void exclusiveCreationRefusesANameThatExistsEvenAsADanglingLink() throws IOException {
        Path link = root.resolve(".synthetic-customers-00000000000000000000000000000000.tmp");
        Path target = root.resolve("would-be-created");
        Files.createSymbolicLink(link, target);
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> FileSink.FILES.open(link).close());
        assertFalse(Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDataFileReplacedByALinkIsNotIntactAndIsNeitherReplacedNorFollowed() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        Path outside = root.resolve("outside.jsonl");
        Files.copy(dir.resolve("customers.jsonl"), outside);
        Files.delete(dir.resolve("customers.jsonl"));
        Files.createSymbolicLink(dir.resolve("customers.jsonl"), outside);
        byte[] before = Files.readAllBytes(outside);
        assertEquals("customers.jsonl is missing or not a plain file", SyntheticDatasets.status(request(dir, 1,
                EnumSet.of(Format.JSONL))).reason(), "a link is not the file the manifest describes");
        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults()));
        assertTrue(refused.getMessage().contains("customers.jsonl is a symbolic link"), refused.getMessage());
        assertTrue(Files.isSymbolicLink(dir.resolve("customers.jsonl")), "someone else's link stays");
        assertArrayEquals(before, Files.readAllBytes(outside));
        Files.delete(dir.resolve("customers.jsonl"));
        assertTrue(update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults()).generated());
    }

    @Test
    void aLockFileThatIsALinkIsAClearError() throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        Files.delete(dir.resolve(DatasetDirectory.LOCK_FILE));
        Files.createSymbolicLink(dir.resolve(DatasetDirectory.LOCK_FILE), root.resolve("elsewhere"));
        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> DatasetDirectory.forWriting(dir, DirectoryOptions.defaults()).close());
        assertEquals("cannot lock " + dir.toRealPath() + ": its lock file .synthetic-customers.lock is not a plain"
                + " file (a link, directory or device); delete it", e.getMessage());
        assertFalse(Files.exists(root.resolve("elsewhere")));
    }

    // ---- the lock ----------------------------------------------------------------------------------------

    @Test
    void aSecondRunWaitsWithOneLogLineAndFailsClearlyAfterTheTimeout() throws Exception {
        Path dir = root.resolve("d");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        DirectoryOptions impatient = DirectoryOptions.defaults().withLockTimeout(Duration.ofMillis(300)).withLog(log::add);
        try (DatasetDirectory held = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
            DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                    () -> DatasetDirectory.forWriting(dir, impatient));
            assertEquals(held.path() + " is locked by another thread of this JVM (lock .synthetic-customers.lock) and"
                    + " was not released within 0 s; let that build finish, or raise the lock timeout (plugin"
                    + " parameter lockTimeout, property synthetic.lockTimeout, in seconds)", e.getMessage());
            assertEquals(List.of("Waiting for " + held.path() + ": another build is writing or reading it (lock"
                    + " .synthetic-customers.lock); giving up after 0 s"), log);
        }
        CountDownLatch opened = new CountDownLatch(1);
        DatasetDirectory first = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults());
        Thread second = new Thread(() -> {
            try (DatasetDirectory d = DatasetDirectory.forWriting(dir, DirectoryOptions.defaults())) {
                opened.countDown();
            }
        });
        second.start();
        Thread.sleep(200);
        assertEquals(1, opened.getCount(), "the second run waits while the first holds the lock");
        first.close();
        second.join(120_000); // a hang guard only: the release lets it go on at once
        assertEquals(0, opened.getCount(), "and goes on when it is released");
    }

    // ---- the manifest as untrusted input -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"text\"", "{}", "{\"generator\":null}", "not json",
        "MISSING:count", "MISSING:files", "SET:count=-5", "SET:count=0", "SET:count=2.5", "SET:count=\"12\"",
        "SET:seed=\"42\"", "SET:files=[]", "SET:files=null", "SET:formats=[]", "SET:generator=\"other\"",
        "SET:fingerprint=\"abc\"", "SET:reference_date=\"0001-01-01\"", "SET:extra=1",
        "FILE:file=\"../../victim.jsonl\"", "FILE:file=\"/etc/passwd\"", "FILE:file=\"sub/customers.jsonl\"",
        "FILE:file=\".lock.jsonl\"", "FILE:file=null", "FILE:records=-1", "FILE:sha256=null", "FILE:bytes=\"x\"",
        "FILE:file=\"manifest.json\"", "DROPFILEFIELD:file", "DUPLICATE", "SET:config=null", "SET:config=\"x.yaml\"",
        "SET:config={}", "SET:config={\"name\":\"../x.yaml\",\"text\":\"a: 1\"}",
        "SET:config={\"name\":\"x.yaml\"}", "SET:config={\"name\":\"x.yaml\",\"text\":7}",
        "SET:config={\"name\":\"x.yaml\",\"text\":\"\",\"extra\":1}",
        "SET:config={\"name\":\"x\\u202Eyaml.txt\",\"text\":\"\"}",
        "SET:config={\"name\":\"x\\u001b[31m.yaml\",\"text\":\"\"}"})
    void aMalformedManifestMeansRegenerationForGenerateAndAClearErrorForCheck(String variant) throws IOException {
        Path dir = root.resolve("d");
        update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        Path victim = root.resolve("victim.jsonl");
        Files.writeString(victim, "outside");
        String original = Files.readString(dir.resolve(DatasetDirectory.MANIFEST));
        String broken = corrupt(original, variant);
        Files.writeString(dir.resolve(DatasetDirectory.MANIFEST), broken, StandardCharsets.UTF_8);

        InvalidManifestException invalid = assertThrows(InvalidManifestException.class,
                () -> DatasetReader.readManifest(dir), variant);
        assertTrue(invalid.getMessage().startsWith(dir.toRealPath().resolve("manifest.json") + " is not")
                || invalid.getMessage().startsWith(dir.resolve("manifest.json") + " is not"), invalid.getMessage());

        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> ReportFiles.check(dir, ConfigLoader.defaults()), variant);
        assertTrue(e.getMessage().startsWith("No valid synthetic customer dataset in " + dir.toRealPath() + ": "),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve(ReportFiles.QUALITY)));

        GenerationResult result = update(dir, 1, EnumSet.of(Format.JSONL), DirectoryOptions.defaults());
        assertTrue(result.generated(), variant + " must regenerate");
        assertEquals(original, Files.readString(dir.resolve(DatasetDirectory.MANIFEST)));
        assertEquals("outside", Files.readString(victim));
        assertNotNull(SyntheticDatasets.update(request(dir, 1, EnumSet.of(Format.JSONL)), DirectoryOptions.defaults(),
                true).manifest(), "force works");
    }

    @Test
    void aDamagedManifestWithoutTheLockFileIsADamagedDatasetNotAMissingOne() throws IOException {
        // a dataset copied without its hidden files (as test resources are): no lock file, and a damaged manifest
        Path dir = Files.createDirectories(root.resolve("copied"));
        Files.writeString(dir.resolve(DatasetDirectory.MANIFEST), "{\"generator\": ");
        Files.writeString(dir.resolve("customers.json"), "[]\n");
        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> DatasetDirectory.forReading(dir, DirectoryOptions.defaults()));
        assertFalse(e.isWrongDirectory(), "a failed run (exit 1), not bad usage: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("No valid synthetic customer dataset in " + dir.toRealPath() + ": "
                + dir.toRealPath().resolve("manifest.json") + " is not valid JSON"), e.getMessage());
        assertEquals(List.of("customers.json", "manifest.json"), Files.list(dir).map(p -> p.getFileName().toString())
                .sorted().toList(), "nothing created, not even a lock file");
        Files.delete(dir.resolve(DatasetDirectory.MANIFEST));
        assertTrue(assertThrows(DatasetDirectoryException.class,
                () -> DatasetDirectory.forReading(dir, DirectoryOptions.defaults())).isWrongDirectory());
    }

    private static String corrupt(String manifest, String variant) throws IOException {
        var mapper = io.github.syntheticcustomers.core.internal.JsonMappers.data();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(manifest);
        var file = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("files").get(0);
        if (variant.startsWith("MISSING:")) {
            tree.remove(variant.substring(8));
        } else if (variant.startsWith("SET:")) {
            String[] kv = variant.substring(4).split("=", 2);
            tree.set(kv[0], mapper.readTree(kv[1]));
        } else if (variant.startsWith("FILE:")) {
            String[] kv = variant.substring(5).split("=", 2);
            file.set(kv[0], mapper.readTree(kv[1]));
        } else if (variant.startsWith("DROPFILEFIELD:")) {
            file.remove(variant.substring(14));
        } else if (variant.equals("DUPLICATE")) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("files")).add(file.deepCopy());
        } else {
            return variant;
        }
        return mapper.writeValueAsString(tree);
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return new TreeMap<>(files) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean equals(Object o) {
                return o instanceof Map<?, ?> m && m.keySet().equals(keySet()) && entrySet().stream()
                        .allMatch(e -> java.util.Arrays.equals(e.getValue(), (byte[]) m.get(e.getKey())));
            }

            @Override
            public int hashCode() {
                return keySet().hashCode();
            }
        };
    }
}
