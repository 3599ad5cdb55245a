package io.github.syntheticcustomers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory dataset the JUnit extension injects is the dataset the files hold. */
class SyntheticDatasetTest {

    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    @Test
    void recordsAreByteForByteTheRecordsOfTheWrittenFiles(@TempDir Path dir) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 42, 120, EnumSet.of(Format.JSONL), dir, 3));
        List<String> lines = Files.readAllLines(dir.resolve("customers.jsonl"), StandardCharsets.UTF_8);
        SyntheticDataset dataset = SyntheticDataset.of(DEFAULTS, 42, 120);
        assertEquals(120, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), JsonMappers.data().writeValueAsString(dataset.customer(i)), "record " + i);
        }
        assertEquals(SyntheticDatasets.configDigest(DEFAULTS), dataset.configDigest());

        List<String> scenarioLines = Files.readAllLines(dir.resolve("scenarios.jsonl"), StandardCharsets.UTF_8);
        assertEquals(120, scenarioLines.size());
        for (int i = 0; i < scenarioLines.size(); i++) {
            assertEquals(scenarioLines.get(i), JsonMappers.data().writeValueAsString(dataset.scenarios().get(i)),
                    "scenario " + i);
        }
        assertEquals(dataset.generator().scenario(5), dataset.scenarios().get(5));
        assertThrows(UnsupportedOperationException.class, () -> dataset.scenarios().clear());
    }

    @Test
    void engagementStepsAreByteForByteTheEngagementStepsFile(@TempDir Path dir) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(DEFAULTS, 11, 40, EnumSet.of(Format.JSONL), dir, 2));
        List<String> lines = Files.readAllLines(dir.resolve("engagement-steps.jsonl"), StandardCharsets.UTF_8);
        SyntheticDataset dataset = SyntheticDataset.of(DEFAULTS, 11, 40);
        List<EngagementStep> steps = dataset.engagementSteps();
        assertTrue(lines.size() > 40, "several steps per customer: " + lines.size());
        assertEquals(lines.size(), steps.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), JsonMappers.data().writeValueAsString(steps.get(i)), "step " + i);
        }
        assertSame(steps, dataset.engagementSteps(), "generated once");
        assertThrows(UnsupportedOperationException.class, () -> steps.remove(0));
        assertEquals(steps.stream().filter(s -> s.customerId().equals("cus-000002")).toList(),
                dataset.engagementSteps(s -> s.customerId().equals("cus-000002")));
    }

    @Test
    void timelinesAreTheGeneratorsAndEventsAreTheirsOneCustomerAfterTheOther() {
        SyntheticDataset dataset = SyntheticDataset.of(DEFAULTS, 13, 30);
        List<CustomerTimeline> timelines = dataset.timelines();
        assertEquals(30, timelines.size());
        List<EngagementEvent> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            assertEquals(dataset.generator().timeline(i), timelines.get(i), "timeline " + i);
            assertEquals(dataset.customer(i).id(), timelines.get(i).customerId());
            expected.addAll(dataset.generator().events(i));
        }
        assertEquals(expected, dataset.events());
        assertSame(timelines, dataset.timelines(), "generated once");
        assertSame(dataset.events(), dataset.events(), "built once");
        assertThrows(UnsupportedOperationException.class, () -> dataset.events().clear());
        assertThrows(UnsupportedOperationException.class, () -> timelines.remove(0));
        assertEquals(List.of(timelines.get(4)), dataset.timelines(t -> t.customerId().equals("cus-000005")));
    }

    @Test
    void customersAreGeneratedOnceUnmodifiableAndSharedAcrossThreads() throws Exception {
        SyntheticDataset dataset = SyntheticDataset.of(DEFAULTS, 7, 200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<CustomerProfile>>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return dataset.customers();
                }));
            }
            start.countDown();
            List<CustomerProfile> first = futures.get(0).get();
            for (Future<List<CustomerProfile>> f : futures) {
                assertSame(first, f.get());
            }
            assertEquals(200, first.size());
            assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void filtersKeepRecordOrderAndMatchTheAllocation() {
        SyntheticDataset dataset = SyntheticDataset.of(DEFAULTS, 42, 500);
        List<CustomerProfile> moderate = dataset.customers(c -> c.riskLevel().equals("moderate"));
        assertEquals(dataset.allocation().riskCounts()[1], moderate.size());
        assertEquals(145, moderate.size(), "guide: guarantees.md: 145 of 500 are moderate");
        assertEquals(moderate.stream().map(CustomerProfile::id).sorted().toList(),
                moderate.stream().map(CustomerProfile::id).toList());
        assertEquals(dataset.generator().customer(3), dataset.customer(3));
    }
}
