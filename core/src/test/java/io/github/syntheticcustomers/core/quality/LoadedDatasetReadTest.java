package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading a directory without a readable dataset says. */
class LoadedDatasetReadTest {

    @Test
    void aCsvOnlyDatasetIsNamedAsSuch(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 20, EnumSet.of(Format.CSV), dir, 1));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LoadedDataset.read(dir));
        assertEquals("no dataset in " + dir + " holds only customers.csv, scenarios.csv, engagement-steps.csv (flat"
                + " summaries), which the checks do not read; they read each part's .json or .jsonl file (run the"
                + " generate goal first, with formats json or jsonl)", e.getCause().getMessage());
    }

    @Test
    void aDatasetWithoutTheCustomerPartIsCheckedOnWhatItHas(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 40, EnumSet.of(Format.JSONL), dir, 1)
                .withParts(EnumSet.of(Part.SCENARIOS, Part.ENGAGEMENT_STEPS)));
        LoadedDataset dataset = LoadedDataset.read(dir);
        assertEquals(0, dataset.customers().size());
        assertEquals(40, dataset.scenarios().size());
        QualityReport report = QualityChecks.run(dataset, Datasets.CONFIG);
        assertTrue(report.passed(), report.toString());
        Map<String, CheckStatus> status = new LinkedHashMap<>();
        report.checks().forEach(c -> status.put(c.name(), c.status()));
        assertEquals(CheckStatus.PASS, status.get("dataset_integrity"));
        assertEquals(CheckStatus.SKIPPED, status.get("persona_distribution"));
        assertEquals(CheckStatus.PASS, status.get("journey_completion"));
        assertEquals(CheckStatus.PASS, status.get("engagement"));
        assertEquals(CheckStatus.SKIPPED, status.get("scenario_consistency"));
        assertTrue(report.checks().stream().filter(c -> c.name().equals("engagement")).findFirst().orElseThrow()
                .measurements().stream().noneMatch(m -> m.subject().contains("unknown")), "personas from the scenarios");
        CheckResult integrity = report.checks().get(0);
        assertTrue(integrity.measurements().stream().anyMatch(m -> m.subject().equals("scenarios_vs_manifest_count")
                && m.passed()), integrity.toString());
    }

    @Test
    void onlyTheCustomerPartIsChecked(@TempDir Path dir) {
        // 80 customers: enough in the youngest age band (30) for epidemiology to judge, not be skipped as too few
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 80, EnumSet.of(Format.JSON), dir, 1)
                .withParts(EnumSet.of(Part.CUSTOMERS)));
        LoadedDataset dataset = LoadedDataset.read(dir);
        QualityReport report = QualityChecks.run(dataset, Datasets.CONFIG);
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of("engagement", "emotional_states", "journey_completion", "scenario_consistency",
                "journey_phases"), report.checks().stream().filter(c -> c.status() == CheckStatus.SKIPPED)
                        .map(CheckResult::name).toList());
        // a skipped check is not called passed
        assertEquals("11 of 16 quality checks passed, 5 skipped (engagement, emotional_states, journey_completion,"
                + " scenario_consistency, journey_phases); none failed.", report.failureMessage());
    }

    @Test
    void anEmptyDirectoryNamesTheFilesLookedFor(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LoadedDataset.read(dir));
        assertEquals("no dataset in " + dir + ": neither customers.json nor customers.jsonl exists (run the "
                + "generate goal first, with formats json or jsonl)", e.getCause().getMessage());
    }
}
