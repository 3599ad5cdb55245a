package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** {@link DistributionAssertions#assertQualityChecksPass}: the check goal's verdict and message in a test. */
class QualityAssertionsTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    /** Every journey step completed by everyone who reaches it: generated journeys have drop-outs. */
    private static final GeneratorConfig IMPOSSIBLE = ConfigLoader.load("impossible.yaml",
            "quality:\n  min_step_completion_rate: 100\n");

    @Test
    void theDefaultDatasetPassesEveryCheck() {
        QualityReport report = DistributionAssertions.assertQualityChecksPass(SyntheticDataset.of(DEFAULTS, 42, 500));
        assertTrue(report.passed());
        assertEquals(QualityChecks.names().size(), report.checks().size());
    }

    @Test
    void anImpossibleThresholdFailsWithTheCheckGoalsMessage() {
        SyntheticDataset dataset = SyntheticDataset.of(IMPOSSIBLE, 42, 500);
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertQualityChecksPass(dataset));
        QualityReport expected = QualityChecks.run(LoadedDataset.of(dataset.customers(), dataset.scenarios()),
                IMPOSSIBLE);
        assertEquals("Synthetic customers fail the quality checks: " + expected.failureMessage(), error.getMessage());
        assertTrue(error.getMessage().contains("\n  - journey_completion: "), error.getMessage());
        assertTrue(error.getMessage().matches("(?s).*completion_rate\\.risk_assessment = [0-9.]+% \\(allowed >= 100%\\).*"),
                error.getMessage());
        assertEquals(1, expected.failed().size(), "only the impossible threshold fails: " + expected.failureMessage());
    }

    @Test
    void aFixtureReadFromFilesIsCheckedAgainstItsManifest(@TempDir Path dir) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 7, 60, Set.of(Format.JSON), dir, 1));
        LoadedDataset intact = LoadedDataset.read(dir);
        DistributionAssertions.assertQualityChecksPass(intact, DEFAULTS);

        Path customers = dir.resolve("customers.json");
        String original = Files.readString(customers);
        String edited = original.replaceFirst("(\"first_name\"\\s*:\\s*\")", "$1X");
        assertNotEquals(original, edited, "the fixture was edited");
        Files.writeString(customers, edited);
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertQualityChecksPass(LoadedDataset.read(dir), DEFAULTS));
        assertTrue(error.getMessage().contains("  - dataset_integrity: "), error.getMessage());
        assertTrue(error.getMessage().contains("customers.json differs from manifest.json"), error.getMessage());
    }
}
