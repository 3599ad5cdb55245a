package io.github.syntheticcustomers.core.relational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.io.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RelationalFilesTest}'s checks over more seeds and sizes, every part: each table equals the JSON Lines of the
 * same run, and the manifest's counts, the keys, foreign keys and checks hold over the files; a customer's cohorts
 * ({@code custom-cohorts.yaml}) are rows of {@code customer_cohorts} in the record's order.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
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

    @Test
    void cohortsAreRowsInTheRecordsOrder() {
        // the sizes CohortsTest uses: the cohorts' counts need enough customers to draw them from
        RelationalFiles files = RelationalFiles.generate(TestResources.config("custom-cohorts.yaml"), 1234, 600,
                Set.of(Part.CUSTOMERS), dir, 2);
        RelationalFilesTest.assertTablesHoldTheRecords(files);
        RelationalFilesTest.assertConstraintsHold(files);
        Map<String, Integer> members = new TreeMap<>();
        for (List<String> row : files.csv("customer_cohorts").rows()) {
            members.merge(row.get(2), 1, Integer::sum);
        }
        assertEquals(40, members.get("undiagnosed_hypertension"));
        assertEquals(25, members.get("avoiding_smokers"));
        assertNotNull(members.get("known_diabetes"));
    }
}
