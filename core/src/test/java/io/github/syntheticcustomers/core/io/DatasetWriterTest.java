package io.github.syntheticcustomers.core.io;

import java.util.concurrent.atomic.AtomicInteger;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    @TempDir
    Path dir;

    private GenerationRequest request(long seed, Set<Format> formats) {
        return new GenerationRequest(ConfigLoader.defaults(), seed, 120, formats, dir, 2);
    }

    @Test
    void jsonAndJsonlReadBackIntoEqualRecords() {
        SyntheticDatasets.generate(request(5, EnumSet.of(Format.JSON, Format.JSONL)));
        DatasetGenerator generator = new DatasetGenerator(ConfigLoader.defaults(), 5, 120);
        List<CustomerProfile> expected = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            expected.add(generator.customer(i));
        }
        assertEquals(expected, DatasetReader.readAll(dir.resolve("customers.json"), CustomerProfile.class));
        assertEquals(expected, DatasetReader.readAll(dir.resolve("customers.jsonl"), CustomerProfile.class));
    }

    @Test
    void jsonIsOnePrettyArrayAndManifestDescribesEveryFile() throws Exception {
        Manifest manifest = SyntheticDatasets.generate(request(5, Format.builtIn()));
        String json = Files.readString(dir.resolve("customers.json"));
        assertTrue(json.startsWith("[\n  {\n    \"id\": \"cus-000001\",\n"), json.substring(0, 40));
        assertTrue(json.endsWith("\n  }\n]\n"));
        assertFalse(json.contains("\r"));
        assertEquals(manifest, DatasetReader.readManifest(dir));
        assertEquals(List.of("csv", "json", "jsonl", "relational"), manifest.formats());
        assertEquals(120, manifest.count());
        for (Manifest.FileEntry f : manifest.files()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f.file()));
            // one record per journey step reached, not per index; a relational table's rows per record vary
            if (!"engagement-steps".equals(f.part()) && !f.format().equals(Format.RELATIONAL.id())) {
                assertEquals(120, f.records(), f.file());
            }
            assertEquals(bytes.length, f.bytes(), f.file());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.sha256());
        }
    }

    @Test
    void theFhirFormatWithoutItsModuleIsRefusedNamingTheModule() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 5, 10,
                        Set.of(Format.JSONL, Format.FHIR), dir.resolve("out"), 1)));
        assertEquals("format fhir is written by the module io.github.syntheticcustomers:synthetic-customers-fhir,"
                + " which is not on the class path; add it as a dependency (the Maven plugin and the command line"
                + " include it)", e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written, not even the directory");
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowPerCustomer() throws IOException {
        SyntheticDatasets.generate(request(5, EnumSet.of(Format.CSV)));
        List<String> lines = Files.readAllLines(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
        assertEquals(121, lines.size());
        assertTrue(lines.get(0).startsWith("id,persona_type,risk_level,risk_score,first_name,last_name,gender,age,"));
        assertTrue(lines.get(1).startsWith("cus-000001,"));
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",plain\n", Csv.row(List.of("a,b", "say \"hi\"", "plain")));
    }

    @Test
    void formatsNoLongerRequestedAreRemoved() {
        SyntheticDatasets.generate(request(5, EnumSet.of(Format.JSON, Format.CSV)));
        assertTrue(Files.exists(dir.resolve("customers.csv")));
        SyntheticDatasets.generate(request(5, EnumSet.of(Format.JSONL)));
        assertFalse(Files.exists(dir.resolve("customers.csv")));
        assertFalse(Files.exists(dir.resolve("customers.json")));
        assertTrue(Files.exists(dir.resolve("customers.jsonl")));
    }

    @Test
    void aFailureMidWriteLeavesThePreviousDatasetAndNoTemporaryFile() throws IOException {
        SyntheticDatasets.generate(request(1, EnumSet.of(Format.JSON, Format.JSONL)));
        Map<String, byte[]> before = snapshot();
        // files are opened part by part, format by format: the second one is customers.jsonl
        AtomicInteger opened = new AtomicInteger();
        FileSink failing = file -> opened.incrementAndGet() == 2
                ? new FailAfter(FileSink.FILES.open(file), 50_000) : FileSink.FILES.open(file);
        DatasetDirectoryException e = assertThrows(DatasetDirectoryException.class,
                () -> SyntheticDatasets.generate(request(2, EnumSet.of(Format.JSON, Format.JSONL)), failing));
        assertTrue(e.getMessage().contains("disk full (injected)"), e.getMessage());
        Map<String, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet(), "no temporary or partial file left");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A stream that fails like a full disk after a number of bytes. */
    private static final class FailAfter extends FilterOutputStream {
        private long left;

        FailAfter(OutputStream out, long bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("disk full (injected)");
            }
            left -= len;
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
