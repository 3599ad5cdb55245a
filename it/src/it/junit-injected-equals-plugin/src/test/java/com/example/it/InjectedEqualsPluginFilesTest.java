package com.example.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.FileSink;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import io.github.syntheticcustomers.core.config.ConfigSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One set of settings: the POM alone configures the plugin (seed 7, count 120, a configuration file and a
 * reference date); the bare annotation injects records that, written by core's writer the way the plugin
 * writes them, are byte for byte the files the plugin put on the test class path. The written copy stays
 * in target/injected-(JUnit version) for verify.groovy to compare again.
 */
@SyntheticCustomers
class InjectedEqualsPluginFilesTest {

    @Test
    void injectedRecordsAreThePluginFiles(List<CustomerProfile> customers, List<TestScenario> scenarios,
            List<EngagementStep> steps, SyntheticDataset dataset) throws Exception {
        assertEquals(120, customers.size());
        assertEquals(7, dataset.seed());
        assertEquals(LocalDate.of(2026, 3, 31), dataset.config().referenceDate());
        ConfigSource source = ConfigSource.read(Path.of("src/test/synthetic/onboarding.yaml")).withoutDirectories();
        Map<String, List<EngagementStep>> stepsByCustomer = new HashMap<>(); // lookup only; order from customers
        for (EngagementStep step : steps) {
            stepsByCustomer.computeIfAbsent(step.customerId(), k -> new ArrayList<>()).add(step);
        }
        List<DatasetPart<?>> parts = List.of(
                part("customers", i -> List.of(customers.get((int) i))),
                part("scenarios", i -> List.of(scenarios.get((int) i))),
                part("engagement-steps", i -> stepsByCustomer.getOrDefault(customers.get((int) i).id(), List.of())));

        Path dir = Paths.get(System.getProperty("injected.directory"));
        EnumSet<Format> formats = EnumSet.of(Format.JSON, Format.JSONL);
        GenerationRequest request = new GenerationRequest(dataset.config(), 7, 120, formats, dir, 1);
        String fingerprint = SyntheticDatasets.fingerprint(request,
                dataset.configDigest());
        new DatasetWriter(dir, formats, 1, FileSink.FILES).write(120, parts, files -> new Manifest(
                SyntheticDatasets.GENERATOR, SyntheticDatasets.version(), 7, 120, dataset.config().referenceDate(),
                List.of("json", "jsonl"), source, dataset.configDigest(), fingerprint, files));

        List<String> written;
        try (Stream<Path> list = Files.list(dir)) {
            // the directory's lock file is not part of the dataset, nor on the class path
            written = list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        // the data files, the manifest and the JSON Schemas written beside every dataset
        assertEquals(List.of("analysis.schema.json", "customers.json", "customers.jsonl", "customers.schema.json",
                "engagement-steps.json", "engagement-steps.jsonl", "engagement-steps.schema.json", "manifest.json",
                "manifest.schema.json", "quality.schema.json", "scenarios.json", "scenarios.jsonl",
                "scenarios.schema.json"), written);
        for (String name : written) {
            try (InputStream plugin = getClass().getClassLoader().getResourceAsStream(name)) {
                assertNotNull(plugin, name + " is not on the test class path");
                assertArrayEquals(plugin.readAllBytes(), Files.readAllBytes(dir.resolve(name)), name);
            }
        }
    }

    private static <T> DatasetPart<T> part(String name, LongFunction<List<T>> records) {
        return new DatasetPart<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<T> recordsFor(long index) {
                return records.apply(index);
            }
        };
    }
}
