package io.github.syntheticcustomers.core.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import io.github.syntheticcustomers.core.report.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's quality-and-report page: the checks and the report from Java, over files and in memory. */
class QualityApiExampleTest {

    @Test
    void checksAndReportsFilesAndRecordsInMemory(@TempDir Path datasetDir) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(ConfigLoader.defaults(), 42, 200, Set.of(Format.JSONL),
                datasetDir, 2));
        Path configFile = null;
        // snippet-start quality-api
        GeneratorConfig config = ConfigLoader.load(configFile);                 // null = defaults
        QualityReport quality = ReportFiles.check(datasetDir, config);          // writes quality.json
        if (!quality.passed()) {
            throw new IllegalStateException(quality.failureMessage());
        }
        ReportFiles.report(datasetDir, config);                                 // writes report.html + analysis.json
        // or piece by piece, in memory:
        LoadedDataset dataset = LoadedDataset.generate(new DatasetGenerator(config, 42, 500));
        QualityReport q = QualityChecks.run(dataset, config);
        Analysis analysis = Analysis.of(dataset, config);
        String html = ReportRenderer.render(analysis, q);
        // snippet-end quality-api
        assertTrue(Files.isRegularFile(datasetDir.resolve("quality.json")));
        assertTrue(Files.isRegularFile(datasetDir.resolve("report.html")));
        assertTrue(Files.isRegularFile(datasetDir.resolve("analysis.json")));
        assertTrue(q.passed(), q.failureMessage());
        assertEquals(500, dataset.customers().size());
        assertTrue(html.contains("<html"), "a page");
    }
}
