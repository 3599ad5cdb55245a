package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.InvalidManifestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The datasets of a test run, kept in the root {@link ExtensionContext.Store} so that each (seed, count,
 * configuration digest) is generated once and shared by every test, class and thread of the run. The
 * store's {@code getOrComputeIfAbsent} computes a value once even when several threads ask at once; the
 * others wait for it.
 */
final class DatasetStore {

    /** This extension's namespace in the JUnit stores. */
    static final Namespace NAMESPACE = Namespace.create("io.github.syntheticcustomers.junit");

    private static final AtomicLong GENERATIONS = new AtomicLong();

    private DatasetStore() {
    }

    /** How many datasets this JVM has generated so far (for tests of the caching). */
    static long generations() {
        return GENERATIONS.get();
    }

    /** The dataset {@code settings} describe, generated on first request of the run. */
    static SyntheticDataset dataset(ExtensionContext context, DatasetSettings settings) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        LoadedConfig config = config(store, context, settings);
        // plain string keys: a record key's first hashCode() bootstraps ObjectMethods, which a cold JVM
        // pays for with milliseconds on the first test
        String key = "dataset seed=" + settings.seed() + " count=" + settings.count() + " config=" + config.digest();
        return store(store, key, k -> {
            SyntheticDataset dataset = SyntheticDataset.of(config.config(), settings.seed(), settings.count());
            dataset.customers();
            GENERATIONS.incrementAndGet();
            return dataset;
        }, SyntheticDataset.class);
    }

    private static LoadedConfig config(ExtensionContext.Store store, ExtensionContext context, DatasetSettings settings) {
        if (settings.build() != null) {
            BuildManifest build = settings.build();
            return store(store, "config of " + build.resource(), k -> fromBuild(build, settings), LoadedConfig.class);
        }
        String key = "config " + settings.config();
        return store(store, key, k -> load(settings.config(), context, settings), LoadedConfig.class);
    }

    /**
     * The plugin's manifest named by {@link SyntheticCustomers#MANIFEST_PROPERTY_NAME} (default
     * {@code manifest.json}) on the test class path, read once per run; empty when there is none or the
     * parameter is {@code none}.
     */
    @SuppressWarnings("unchecked")
    static Optional<BuildManifest> buildManifest(ExtensionContext context) {
        String resource = context.getConfigurationParameter(SyntheticCustomers.MANIFEST_PROPERTY_NAME)
                .map(String::strip).filter(v -> !v.isEmpty()).orElse(BuildManifest.DEFAULT_RESOURCE);
        if (resource.equalsIgnoreCase(BuildManifest.NONE)) {
            return Optional.empty();
        }
        ClassLoader loader = classLoader(context);
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store(store, "build manifest " + resource, k -> {
            try {
                return BuildManifest.read(loader, resource);
            } catch (InvalidManifestException | UncheckedIOException e) {
                throw new ExtensionConfigurationException(e.getMessage() + " (set " + SyntheticCustomers.MANIFEST_PROPERTY_NAME
                        + "=" + BuildManifest.NONE + " to ignore it)", e);
            }
        }, Optional.class);
    }

    private static LoadedConfig fromBuild(BuildManifest build, DatasetSettings settings) {
        try {
            GeneratorConfig config = build.config();
            return new LoadedConfig(config, build.manifest().configDigest());
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("Invalid configuration recorded in " + build.resource() + ": "
                    + e.getMessage() + settings.suffix(), e);
        } catch (IllegalStateException e) {
            throw new ExtensionConfigurationException("Cannot use the build's dataset: " + e.getMessage()
                    + settings.suffix(), e);
        }
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        return context.getTestClass().map(Class::getClassLoader)
                .orElseGet(() -> Thread.currentThread().getContextClassLoader());
    }

    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the one method every JUnit 5.10+ and 6.x has
    private static <K, V> V store(ExtensionContext.Store store, K key, java.util.function.Function<K, V> compute,
            Class<V> type) {
        return store.getOrComputeIfAbsent(key, compute, type);
    }

    private static LoadedConfig load(String location, ExtensionContext context, DatasetSettings settings) {
        try {
            GeneratorConfig config = location.isEmpty() ? ConfigLoader.defaults() : loadFrom(location, context, settings);
            return new LoadedConfig(config, SyntheticDatasets.configDigest(config));
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException("Invalid configuration: " + e.getMessage() + settings.suffix(), e);
        } catch (UncheckedIOException e) {
            throw new ExtensionConfigurationException("Cannot read configuration '" + location + "': "
                    + e.getMessage() + settings.suffix(), e);
        }
    }

    private static GeneratorConfig loadFrom(String location, ExtensionContext context, DatasetSettings settings) {
        Path path = Paths.get(location);
        if (Files.isRegularFile(path)) {
            return ConfigLoader.load(path);
        }
        ClassLoader loader = classLoader(context);
        String resource = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException("Configuration '" + location
                        + "' not found: neither a file (relative to " + Paths.get("").toAbsolutePath()
                        + ") nor a resource on the test class path" + settings.suffix());
            }
            return ConfigLoader.load(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record LoadedConfig(GeneratorConfig config, String digest) {
    }
}
