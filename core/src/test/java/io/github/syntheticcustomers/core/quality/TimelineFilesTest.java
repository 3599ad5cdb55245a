package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.analysis.AnalysisPass;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the timeline check and the analysis find a dataset's events on disk: the {@code events} part when it was
 * written (streamed, customer by customer), else regenerated from the seed and configuration the manifest records.
 */
class TimelineFilesTest {

    private static final int COUNT = 12;

    private static CheckResult timeline(QualityReport report) {
        return report.checks().stream().filter(c -> c.name().equals("timeline")).findFirst().orElseThrow();
    }

    @Test
    void withoutAnEventsPartTheEventsAreRegeneratedCustomerByCustomer(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, COUNT, EnumSet.of(Format.JSONL), dir,
                1));
        AnalysisPass pass = Analysis.start(Datasets.CONFIG);
        QualityReport report = QualityChecks.run(dir, Datasets.CONFIG, pass);
        assertNotEquals(CheckStatus.SKIPPED, timeline(report).status(), timeline(report).summary());
        Analysis.Timeline streamed = pass.finish().timeline();
        assertEquals(COUNT, streamed.customers());
        // the very events the generator gives: the same figures as the dataset generated in memory
        Analysis inMemory = Analysis.of(LoadedDataset.generate(new DatasetGenerator(Datasets.CONFIG, 42, COUNT)),
                Datasets.CONFIG);
        assertEquals(inMemory.timeline(), streamed);
        // read into memory, the dataset regenerates its events the same way
        assertEquals(streamed, Analysis.of(LoadedDataset.read(dir), Datasets.CONFIG).timeline());
    }

    @Test
    void aLargeDatasetWithoutAnEventsPartRegeneratesAnEvenlySpacedSample(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, 40, EnumSet.of(Format.JSONL), dir, 1));
        LoadedDataset dataset = LoadedDataset.read(dir);
        EventSource source = EventSource.of(DatasetFacts.of(dataset), Datasets.CONFIG, 10);
        assertEquals(4, source.stride());
        java.util.List<Long> withEvents = new java.util.ArrayList<>();
        source.attach(RecordGroups.of(dataset)).forEachRemaining(g -> {
            if (g.events() != null) {
                withEvents.add(g.index());
            }
        });
        assertEquals(java.util.List.of(0L, 4L, 8L, 12L, 16L, 20L, 24L, 28L, 32L, 36L), withEvents);
        assertEquals(1, EventSource.of(DatasetFacts.of(dataset), Datasets.CONFIG).stride(), "40 customers: all");
    }

    @Test
    void withAnotherConfigurationTheEventsCannotBeRegenerated(@TempDir Path dir) {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, COUNT, EnumSet.of(Format.JSONL), dir,
                1));
        QualityReport report = QualityChecks.run(dir,
                Datasets.CONFIG.withReferenceDate(Datasets.CONFIG.referenceDate().plusDays(1)));
        assertEquals(CheckStatus.SKIPPED, timeline(report).status());
        assertTrue(timeline(report).summary().contains("is not the one it was generated with (manifest.json"
                + " config_digest "), timeline(report).summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"events.jsonl", "events.json"})
    void aWrittenEventsPartIsReadNotRegenerated(String file, @TempDir Path dir) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(Datasets.CONFIG, 42, COUNT, EnumSet.of(Format.JSONL), dir,
                1));
        // customer 1 of this dataset: where she lives depends on the dataset's count (the regions are allocated)
        CustomerProfile first = new DatasetGenerator(Datasets.CONFIG, 42, COUNT).customer(0);
        EngagementEvent atAsOf = new EngagementEvent("evt-000001-000001", "cus-000001", null,
                TimelineFixture.AS_OF, Region.zonesByName(Datasets.CONFIG.regions())
                        .get(first.demographics().state()).getId(), "notification_sent",
                Map.of("notification", 1));
        String record = JsonMappers.data().writeValueAsString(atAsOf);
        Files.writeString(dir.resolve(file), file.endsWith(".jsonl") ? record + "\n" : "[\n" + record + "\n]\n",
                StandardCharsets.UTF_8);
        AnalysisPass pass = Analysis.start(Datasets.CONFIG);
        CheckResult r = timeline(QualityChecks.run(dir, Datasets.CONFIG, pass));
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("before_as_of: cus-000001: evt-000001-000001 (notification_sent) at 2026-01-01T00:00:00Z is not"
                + " before the as-of instant 2026-01-01T00:00:00Z", r.examples().get(0));
        assertEquals("account_created: cus-000001: account_created " + first.engagement().accountCreated()
                + ", the events have no account_created", r.examples().get(1));
        // the event file holds customer 1's event only: the others have none at all, not regenerated ones
        assertTrue(r.summary().contains("account_created: " + COUNT + " (cus-000001, cus-000002, cus-000003, …)"),
                r.summary());
        // every customer has events (none for most), so every customer is analysed, from the file
        Analysis.Timeline t = pass.finish().timeline();
        assertEquals(COUNT, t.customers());
        assertEquals(0, t.sessions());
        assertEquals(0, t.openRatesByChannel().stream().mapToLong(Analysis.OpenRate::sent).sum(),
                "the event at the as-of instant is not counted");
        // read into memory, the same
        assertEquals(r, QualityChecks.run("timeline", LoadedDataset.read(dir), Datasets.CONFIG));
    }
}
