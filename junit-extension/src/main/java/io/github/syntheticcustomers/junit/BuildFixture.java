package io.github.syntheticcustomers.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * The dataset the Maven plugin's {@code generate} goal wrote, read back from the test class path
 * ({@code manifest.json} and {@code customers.json} or {@code .jsonl}), so tests can use exactly the files
 * the build ships instead of generating data in memory. {@link #assertUpToDate()} detects a stale or edited
 * fixture: it regenerates from the manifest's seed, count and recorded configuration and compares.
 */
public final class BuildFixture {

    private final String directory;
    private final Manifest manifest;
    private final Manifest.FileEntry customersEntry;
    private final byte[] customersBytes;
    private final List<CustomerProfile> customers;

    private BuildFixture(String directory, Manifest manifest, Manifest.FileEntry customersEntry, byte[] customersBytes) {
        this.directory = directory;
        this.manifest = manifest;
        this.customersEntry = customersEntry;
        this.customersBytes = customersBytes;
        this.customers = List.copyOf(DatasetReader.readAll(new ByteArrayInputStream(customersBytes),
                customersEntry.file(), CustomerProfile.class));
    }

    /** The fixture at the root of the test class path (where the plugin's output directory lands). */
    public static BuildFixture load() {
        return load("");
    }

    /**
     * The fixture in a class path directory, e.g. {@code "synthetic-customers"}; empty for the root.
     *
     * @throws IllegalStateException naming the missing resource
     */
    public static BuildFixture load(String resourceDirectory) {
        String dir = resourceDirectory.replaceAll("^/+|/+$", "");
        String prefix = dir.isEmpty() ? "" : dir + "/";
        // the manifest is untrusted input: parsed strictly, it names every problem (InvalidManifestException)
        Manifest manifest = DatasetReader.parseManifest(resource(prefix + "manifest.json"), prefix + "manifest.json");
        Manifest.FileEntry entry = manifest.files().stream()
                .filter(f -> "customers".equals(f.part()) && (f.file().endsWith(".json") || f.file().endsWith(".jsonl")))
                .findFirst().orElseThrow(() -> new IllegalStateException(prefix + "manifest.json lists no customers.json"
                        + " or customers.jsonl; generate with formats json or jsonl"));
        return new BuildFixture(dir, manifest, entry, resource(prefix + entry.file()));
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The customers as read, in record order, unmodifiable. */
    public List<CustomerProfile> customers() {
        return customers;
    }

    /**
     * As {@link #assertUpToDate(GeneratorConfig)} with exactly the configuration the fixture was generated
     * with, as its manifest records it (the plugin's {@code configFile}, or the built-in defaults).
     *
     * @throws AssertionFailedError also when the manifest records no configuration (one written by version
     *     0.1.0) or one that no longer gives the manifest's digest
     */
    public BuildFixture assertUpToDate() {
        GeneratorConfig recorded;
        try {
            recorded = new BuildManifest(manifestResource(), manifest).config();
        } catch (IllegalStateException | ConfigException e) {
            throw new AssertionFailedError("stale fixture " + manifestResource() + ": " + e.getMessage());
        }
        return assertUpToDate(recorded);
    }

    /** As {@link #assertUpToDate(GeneratorConfig)} with a configuration file. */
    public BuildFixture assertUpToDate(Path configFile) {
        return assertUpToDate(ConfigLoader.load(configFile));
    }

    /**
     * Asserts the fixture is what this library generates for the manifest's seed and count and
     * {@code config} (its reference date overridden by the manifest's): same generator version,
     * configuration digest, file checksum and records.
     *
     * @throws AssertionFailedError naming what differs and how to regenerate
     */
    public BuildFixture assertUpToDate(GeneratorConfig config) {
        GeneratorConfig effective = config.referenceDate().equals(manifest.referenceDate()) ? config
                : config.withReferenceDate(manifest.referenceDate());
        // the plugin rewrites a dataset whose inputs changed; the resources plugin then copies it over the
        // test class path's copy. A copy edited in place is newer than its source and is not copied again.
        String hint = "; regenerate it with: mvn process-test-resources";
        String modifiedHint = "; restore it with: mvn clean process-test-resources";
        String where = (directory.isEmpty() ? "" : directory + "/");
        equal("generator version", SyntheticDatasets.version(), manifest.generatorVersion(),
                "stale fixture " + where + "manifest.json: written by version " + manifest.generatorVersion()
                        + ", this is " + SyntheticDatasets.version() + hint);
        String digest = SyntheticDatasets.configDigest(effective);
        equal("configuration digest", digest, manifest.configDigest(),
                "stale fixture " + where + "manifest.json: its configuration digest differs from the given"
                        + " configuration's" + hint);
        equal(customersEntry.file() + " sha256", customersEntry.sha256(), sha256(customersBytes),
                "modified fixture " + where + customersEntry.file() + ": its SHA-256 differs from the manifest's"
                        + modifiedHint);
        equal("record count", Long.toString(manifest.count()), Integer.toString(customers.size()),
                "stale fixture " + where + customersEntry.file() + ": record count differs from the manifest's" + hint);
        SyntheticDataset generated = SyntheticDataset.of(effective, manifest.seed(), manifest.count());
        ObjectMapper mapper = JsonMappers.data();
        for (int i = 0; i < customers.size(); i++) {
            JsonNode expected = mapper.valueToTree(generated.generator().customer(i));
            JsonNode actual = mapper.valueToTree(customers.get(i));
            if (!expected.equals(actual)) {
                throw new AssertionFailedError("stale fixture " + where + customersEntry.file() + ": record " + i
                        + " (" + customers.get(i).id() + ") differs from what seed " + manifest.seed() + ", count "
                        + manifest.count() + " and the configuration generate" + hint,
                        expected.toPrettyString(), actual.toPrettyString());
            }
        }
        return this;
    }

    private String manifestResource() {
        return (directory.isEmpty() ? "" : directory + "/") + "manifest.json";
    }

    private static void equal(String what, String expected, String actual, String message) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionFailedError(message + " (" + what + ")", expected, actual);
        }
    }

    private static byte[] resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = BuildFixture.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the test class path; run the plugin's generate"
                        + " goal (phase generate-test-resources) first, or pass the directory the files are in");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
