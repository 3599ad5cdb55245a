package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * One set of settings: with the plugin's manifest on the test class path, a bare {@code @SyntheticCustomers}
 * injects exactly the plugin's dataset (seed, count, configuration file and reference date as the POM gave
 * them); annotations and configuration parameters still win, attribute by attribute.
 */
class BuildDatasetTest {

    private static final String HEAVY = "src/test/resources/professionals-heavy.yaml";
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);

    /** Class path directories (under target/test-classes) the datasets are generated into. */
    private static Path classpathRoot;

    @BeforeAll
    static void generateBuildDatasets() throws Exception {
        classpathRoot = Path.of(BuildDatasetTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // as the plugin does for <configFile>professionals-heavy.yaml</configFile> <referenceDate>2025-06-30</referenceDate>
        ConfigSource source = ConfigSource.read(Path.of(HEAVY));
        GeneratorConfig config = source.load().withReferenceDate(REFERENCE_DATE);
        SyntheticDatasets.generate(new GenerationRequest(config, 7, 60, Set.of(Format.JSONL),
                classpathRoot.resolve("build-dataset"), 2).withConfigSource(source));
        // an older manifest that does not record its (non-default) configuration
        SyntheticDatasets.generate(new GenerationRequest(config, 7, 60, Set.of(Format.JSONL),
                classpathRoot.resolve("build-dataset-unrecorded"), 2));
        Path broken = classpathRoot.resolve("build-dataset-broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("manifest.json"), "{\"generator\": \"synthetic-customers\"}",
                StandardCharsets.UTF_8);
    }

    static class Bare {
        @Test
        @SyntheticCustomers
        void injected(SyntheticDataset dataset, List<CustomerProfile> customers, TestReporter reporter)
                throws Exception {
            List<CustomerProfile> files = DatasetReader.readAll(Files.newInputStream(
                    classpathRoot.resolve("build-dataset/customers.jsonl")), "customers.jsonl", CustomerProfile.class);
            ObjectMapper mapper = JsonMappers.data();
            assertEquals(files.size(), customers.size());
            for (int i = 0; i < files.size(); i++) {
                assertEquals(mapper.valueToTree(files.get(i)), mapper.valueToTree(customers.get(i)), "record " + i);
            }
            long professionals = customers.stream().filter(c -> c.personaType().equals("healthcare_professional"))
                    .count();
            reporter.publishEntry("bare", dataset.seed() + "/" + dataset.count() + "/" + professionals + "/"
                    + dataset.config().referenceDate() + "/" + dataset.configDigest());
        }
    }

    @Test
    void aBareAnnotationInjectsExactlyThePluginsDataset() throws Exception {
        EngineExecutionResults results = run(Bare.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME,
                "build-dataset/manifest.json");
        assertAllSucceeded(results, 1);
        String digest = DatasetReader.readManifest(classpathRoot.resolve("build-dataset")).configDigest();
        assertEquals("7/60/30/2025-06-30/" + digest, reportedOnce(results, "bare"),
                "seed, count, the configuration file (50 % professionals) and the reference date of the POM");
    }

    static class Overridden {
        @Test
        @SyntheticCustomers(seed = 9)
        void annotationSeed(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("annotation", dataset.seed() + "/" + dataset.count() + "/"
                    + dataset.customers(c -> c.personaType().equals("healthcare_professional")).size());
        }
    }

    @Test
    void annotationsAndParametersWinAttributeByAttribute() {
        EngineExecutionResults results = run(Overridden.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME,
                "build-dataset/manifest.json", SyntheticCustomers.COUNT_PROPERTY_NAME, "20");
        assertAllSucceeded(results, 1);
        assertEquals("9/20/10", reportedOnce(results, "annotation"),
                "annotation's seed, the parameter's count, the build's configuration");

        EngineExecutionResults withConfig = run(Overridden.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME,
                "build-dataset/manifest.json", SyntheticCustomers.CONFIG_PROPERTY_NAME, "");
        assertAllSucceeded(withConfig, 1);
        assertEquals("9/60/30", reportedOnce(withConfig, "annotation"), "a blank parameter is no parameter");
    }

    @Test
    void noneIgnoresTheBuildsDataset() {
        EngineExecutionResults results = run(Overridden.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME, "none");
        assertAllSucceeded(results, 1);
        assertEquals("9/500/75", reportedOnce(results, "annotation"), "built-in count and configuration (15 %)");
    }

    @Test
    void withoutAManifestTheBuiltInDefaultsApply() {
        EngineExecutionResults results = run(Overridden.class);
        assertAllSucceeded(results, 1);
        assertEquals("9/500/75", reportedOnce(results, "annotation"));
        assertEquals(ConfigLoader.defaults(), SyntheticDataset.of(ConfigLoader.defaults(), 9, 1).config());
    }

    @Test
    void aManifestThatDoesNotRecordItsConfigurationIsNamed() {
        Throwable failure = configurationFailure(run(Overridden.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME,
                "build-dataset-unrecorded/manifest.json"));
        assertEquals("Cannot use the build's dataset: build-dataset-unrecorded/manifest.json does not record the"
                + " configuration its dataset was generated with (a manifest of version 0.1.0); regenerate it with:"
                + " mvn process-test-resources -Dsynthetic.force=true [synthetic-customers: seed 9 (seed source:"
                + " @SyntheticCustomers on method Overridden.annotationSeed()), count 60, config recorded in"
                + " build-dataset-unrecorded/manifest.json on the test class path (the plugin's generate goal);"
                + " reproduce with -Dsynthetic-customers.seed.override=9]", failure.getMessage());
    }

    @Test
    void anInvalidManifestIsNamedWithHowToIgnoreIt() {
        Throwable failure = configurationFailure(run(Overridden.class, SyntheticCustomers.MANIFEST_PROPERTY_NAME,
                "build-dataset-broken/manifest.json"));
        assertTrue(failure.getMessage().startsWith("build-dataset-broken/manifest.json is not a valid"
                + " synthetic-customers manifest: generator_version is missing"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(set synthetic-customers.manifest=none to ignore it)"),
                failure.getMessage());
    }

    /** The extension's configuration error, which JUnit reports as the cause of the parameter's resolution failure. */
    private static Throwable configurationFailure(EngineExecutionResults results) {
        Throwable failure = onlyFailure(results);
        return assertInstanceOf(ExtensionConfigurationException.class,
                failure instanceof ExtensionConfigurationException ? failure : failure.getCause(), failure::toString);
    }
}
