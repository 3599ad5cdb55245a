package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.InvalidManifestException;
import io.github.syntheticcustomers.core.io.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The manifest the Maven plugin's {@code generate} goal put on the test class path, and the configuration it
 * records: what a project configured once, in its POM, for plugin and tests alike.
 *
 * @param resource the class path resource it was read from, for messages
 * @param manifest the parsed manifest (untrusted input, parsed strictly)
 */
record BuildManifest(String resource, Manifest manifest) {

    /** The default resource: the plugin's output directory lands at the root of the test class path. */
    static final String DEFAULT_RESOURCE = "manifest.json";

    /** The value of {@link io.github.syntheticcustomers.junit.SyntheticCustomers#MANIFEST_PROPERTY_NAME} that ignores it. */
    static final String NONE = "none";

    /** Where the manifest's seed, count or configuration is named as the source of a setting. */
    String describe() {
        return resource + " on the test class path (the plugin's generate goal)";
    }

    /**
     * The manifest at {@code resource} on {@code loader}'s class path, if there is one.
     *
     * @throws InvalidManifestException naming what is wrong with a manifest that is there
     */
    static Optional<BuildManifest> read(ClassLoader loader, String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new BuildManifest(name, DatasetReader.parseManifest(in.readAllBytes(), name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the test class path: " + e.getMessage(), e);
        }
    }

    /**
     * Exactly the configuration the dataset was generated with: the recorded source, with the manifest's
     * reference date, whose digest is the manifest's.
     *
     * @throws IllegalStateException when the manifest records no configuration or one that gives another digest
     * @throws ConfigException when the recorded configuration no longer loads
     */
    GeneratorConfig config() {
        ConfigSource source = manifest.config();
        if (source == null) {
            if (manifest.configDigest().equals(ConfigLoader.defaultsDigest())
                    && manifest.referenceDate().equals(ConfigLoader.defaults().referenceDate())) {
                return ConfigLoader.defaults();
            }
            throw new IllegalStateException(resource + " does not record the configuration its dataset was generated"
                    + " with (a manifest of version 0.1.0); regenerate it with: mvn process-test-resources"
                    + " -Dsynthetic.force=true");
        }
        GeneratorConfig loaded = source.load();
        GeneratorConfig config = loaded.referenceDate().equals(manifest.referenceDate()) ? loaded
                : loaded.withReferenceDate(manifest.referenceDate());
        String digest = SyntheticDatasets.configDigest(config);
        if (!digest.equals(manifest.configDigest())) {
            throw new IllegalStateException("the configuration " + resource + " records (" + source.name()
                    + ") has digest " + digest + " under this version (" + SyntheticDatasets.version()
                    + "), not the manifest's " + manifest.configDigest() + " (written by version "
                    + manifest.generatorVersion() + "); regenerate it with: mvn process-test-resources");
        }
        return config;
    }
}
