package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStatusTest {

    @TempDir
    Path dir;

    private GenerationRequest request(GeneratorConfig config, long seed, EnumSet<Format> formats) {
        return new GenerationRequest(config, seed, 20, formats, dir, 1);
    }

    private GenerationRequest defaults() {
        return request(ConfigLoader.defaults(), 7, EnumSet.of(Format.JSON, Format.CSV));
    }

    @Test
    void emptyDirectoryIsNotUpToDate() {
        DatasetStatus status = SyntheticDatasets.status(defaults());
        assertFalse(status.upToDate());
        assertTrue(status.reason().contains("no manifest.json"), status.reason());
    }

    @Test
    void freshlyWrittenDatasetIsUpToDateForTheSameRequest() {
        SyntheticDatasets.generate(defaults());
        DatasetStatus status = SyntheticDatasets.status(defaults());
        assertTrue(status.upToDate(), status.reason());
    }

    @Test
    void aMissingSchemaFileIsRestoredAndAnEditedOneIsStaleButNeverReplaced() throws IOException {
        SyntheticDatasets.generate(defaults());
        Path schema = dir.resolve(DatasetSchema.SCENARIOS.fileName());
        Files.delete(schema);
        DatasetStatus missing = SyntheticDatasets.status(defaults());
        assertFalse(missing.upToDate());
        assertEquals("scenarios.schema.json is missing or not this version's", missing.reason());
        SyntheticDatasets.update(defaults(), DirectoryOptions.defaults(), false);
        assertArrayEquals(DatasetSchema.SCENARIOS.bytes(), Files.readAllBytes(schema));
        Files.writeString(dir.resolve(DatasetSchema.MANIFEST.fileName()), "{}");
        assertFalse(SyntheticDatasets.status(defaults()).upToDate());
        DatasetDirectoryException refused = assertThrows(DatasetDirectoryException.class,
                () -> SyntheticDatasets.update(defaults(), DirectoryOptions.defaults(), false));
        assertTrue(refused.getMessage().contains("manifest.schema.json changed since synthetic-customers wrote it"),
                refused.getMessage());
        assertEquals("{}", Files.readString(dir.resolve(DatasetSchema.MANIFEST.fileName())), "an edit is the user's");
        Files.delete(dir.resolve(DatasetSchema.MANIFEST.fileName()));
        SyntheticDatasets.update(defaults(), DirectoryOptions.defaults(), false);
        assertTrue(SyntheticDatasets.status(defaults()).upToDate());
    }

    @Test
    void aSchemaFileOfSomeoneElseIsNotReplacedWhenTheDirectoryIsAdopted() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(DatasetSchema.CUSTOMERS.fileName()), "{\"mine\": true}");
        ConfigException refused = assertThrows(ConfigException.class, () -> SyntheticDatasets.update(defaults(),
                DirectoryOptions.defaults().withAdoptNonEmpty(true), false));
        assertTrue(refused.getMessage().contains("holds customers.schema.json, which synthetic-customers did not"
                + " write"), refused.getMessage());
        assertEquals("{\"mine\": true}", Files.readString(dir.resolve(DatasetSchema.CUSTOMERS.fileName())));
    }

    @Test
    void everyInputTakesPartInTheDecision() {
        SyntheticDatasets.generate(defaults());
        GeneratorConfig config = ConfigLoader.defaults();
        assertFalse(SyntheticDatasets.status(request(config, 8, EnumSet.of(Format.JSON, Format.CSV))).upToDate());
        assertFalse(SyntheticDatasets.status(request(config, 7, EnumSet.of(Format.JSON))).upToDate());
        assertFalse(SyntheticDatasets.status(new GenerationRequest(config, 7, 21, EnumSet.of(Format.JSON, Format.CSV),
                dir, 1)).upToDate());
        assertFalse(SyntheticDatasets.status(request(config.withReferenceDate(LocalDate.of(2025, 6, 1)), 7,
                EnumSet.of(Format.JSON, Format.CSV))).upToDate());
        GeneratorConfig otherContent = ConfigLoader.load("other.yaml",
                "personas:\n  health_aware_avoider:\n    name: Someone else\n");
        DatasetStatus status = SyntheticDatasets.status(request(otherContent, 7, EnumSet.of(Format.JSON, Format.CSV)));
        assertFalse(status.upToDate());
        assertEquals("inputs changed since the last generation", status.reason());
    }

    @Test
    void threadCountIsNotAnInput() {
        SyntheticDatasets.generate(defaults());
        GenerationRequest fourThreads = new GenerationRequest(ConfigLoader.defaults(), 7, 20,
                EnumSet.of(Format.JSON, Format.CSV), dir, 4);
        assertTrue(SyntheticDatasets.status(fourThreads).upToDate());
    }

    @Test
    void modifiedFileIsDetectedEvenWithTheSameSize() throws IOException {
        SyntheticDatasets.generate(defaults());
        Path csv = dir.resolve("customers.csv");
        byte[] bytes = Files.readAllBytes(csv);
        int last = bytes.length - 2;
        bytes[last] = (byte) (bytes[last] == 'x' ? 'y' : 'x');
        Files.write(csv, bytes);
        DatasetStatus status = SyntheticDatasets.status(defaults());
        assertFalse(status.upToDate());
        assertEquals("customers.csv was modified", status.reason());
    }

    @Test
    void deletedFileIsDetected() throws IOException {
        SyntheticDatasets.generate(defaults());
        Files.delete(dir.resolve("customers.json"));
        DatasetStatus status = SyntheticDatasets.status(defaults());
        assertFalse(status.upToDate());
        assertEquals("customers.json is missing or not a plain file", status.reason());
    }

    @Test
    void corruptManifestMeansRegenerate() throws IOException {
        SyntheticDatasets.generate(defaults());
        Files.writeString(dir.resolve(DatasetWriter.MANIFEST), "{ not json", StandardCharsets.UTF_8);
        DatasetStatus status = SyntheticDatasets.status(defaults());
        assertFalse(status.upToDate());
        assertEquals(dir.resolve("manifest.json") + " is not valid JSON: Unexpected character ('n' (code 110)): was expecting double-…",
                status.reason());
    }
}
