package io.github.syntheticcustomers.core.relational;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.io.Part;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RelationalFilesTest}'s checks over more seeds and sizes, every part: each table equals the JSON Lines of the
 * same run, and the manifest's counts, the keys, foreign keys and checks hold over the files.
 */
@Tag("long") // long: the long-tests profile runs it (README, "Run every test"), ./mvnw -B verify leaves it out
class RelationalSeedsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}, {1} customers")
    @CsvSource({"42, 150", "7, 60", "1234, 60", "7, 7"})
    void everyTableHoldsTheRecordsAndEveryConstraintHolds(long seed, long count) {
        RelationalFiles files = RelationalFiles.generate(ConfigLoader.defaults(), seed, count, Part.all(), dir, 2);
        RelationalFilesTest.assertTablesHoldTheRecords(files);
        RelationalFilesTest.assertConstraintsHold(files);
    }
}
