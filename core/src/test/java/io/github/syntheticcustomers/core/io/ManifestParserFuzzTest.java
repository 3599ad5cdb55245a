package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Whatever bytes stand in {@code manifest.json} or the publish journal, parsing them either gives a manifest
 * whose every file is a plain dataset, schema or derived file name of its directory, or {@link InvalidManifestException} (the
 * journal: {@code null}); nothing else escapes. In a normal build this runs the regression corpus in
 * {@code ManifestParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class ManifestParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void onlyInvalidManifestExceptionsEscape(byte[] bytes) {
        try {
            Manifest manifest = ManifestParser.parse(bytes, "manifest.json");
            for (Manifest.FileEntry entry : manifest.files()) {
                assertTrue(ManifestParser.isDataFileName(entry.file()), entry.file());
            }
            for (Manifest.FileDigest other : DatasetDirectory.listed(manifest)) {
                assertTrue(PublishJournal.isTargetName(other.file()), other.file());
            }
        } catch (InvalidManifestException expected) {
            // the one exception a bad manifest may cause
        }
        PublishJournal journal = PublishJournal.parse(bytes);
        if (journal != null) {
            journal.entries().forEach(c -> assertTrue(PublishJournal.isTargetName(c.target())
                    && (c.next() == null || DatasetDirectory.isTempName(c.next()))
                    && (c.backup() == null || DatasetDirectory.isTempName(c.backup())), c.toString()));
            assertTrue(journal.manifest().target().equals(DatasetDirectory.MANIFEST)
                    && DatasetDirectory.isTempName(journal.manifest().next()), journal.manifest().toString());
        }
    }
}
