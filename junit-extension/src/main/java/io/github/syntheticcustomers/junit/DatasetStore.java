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
 * The datasets of a test run, kept in a {@link DatasetCache} in the root {@link ExtensionContext.Store} so that
 * each (seed, count, configuration digest) is generated once and shared by every test, class and thread of the
 * run, as long as the cache's memory budget holds it. A dataset's records are generated once even when several
 * threads ask at once (its lazy parts are synchronised); the others wait for them.
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

    /**
     * The dataset {@code settings} describe, its customers generated on first request of the run and kept in the
     * run's {@link DatasetCache} within its budget, charged for what the test {@code needs}.
     *
     * @throws DatasetCache.DatasetTooLargeException naming the test, seed and count if the budget cannot hold it
     */
    static SyntheticDataset dataset(ExtensionContext context, DatasetSettings settings, DatasetCache.Need need) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        LoadedConfig config = config(context, settings);
        DatasetCache cache = cache(context);
        String key = key(settings, config);
        // the timelines' estimate samples a few timelines of the dataset, once per run and dataset
        long timelineBytes = need != DatasetCache.Need.TIMELINES ? 0 : store(store, "timeline estimate " + key,
                k -> DatasetCache.timelineBytesPerCustomer(SyntheticDataset.of(config.config(), settings.seed(),
                        settings.count())), Long.class);
        SyntheticDataset dataset = cache.get(key, settings.count(), need, timelineBytes, () -> {
            SyntheticDataset created = SyntheticDataset.of(config.config(), settings.seed(), settings.count());
            GENERATIONS.incrementAndGet();
            return created;
        }, "The dataset of seed " + settings.seed() + " and count " + settings.count() + " for test " + test(context));
        dataset.customers();
        if (need == DatasetCache.Need.TIMELINES) {
            dataset.timelines();
        }
        return dataset;
    }

    /** The run's dataset cache, its budget read once from the configuration parameter. */
    static DatasetCache cache(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store(store, "dataset cache", k -> DatasetCache.of(context.getConfigurationParameter(
                SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME).orElse(null), Runtime.getRuntime().maxMemory()),
                DatasetCache.class);
    }

    /** The test (class, and method when there is one) that asks, for messages. */
    static String test(ExtensionContext context) {
        return context.getTestClass().map(Class::getName).orElse(context.getDisplayName())
                + context.getTestMethod().map(m -> "#" + m.getName()).orElse("");
    }

    /**
     * The key of the dataset {@code settings} describe with {@code config}: its seed, count and configuration digest.
     * A plain string: a record key's first hashCode() bootstraps ObjectMethods, which a cold JVM pays for with
     * milliseconds on the first test.
     */
    static String key(DatasetSettings settings, LoadedConfig config) {
        return "seed=" + settings.seed() + " count=" + settings.count() + " config=" + config.digest();
    }

    /**
     * The effective configuration {@code settings} name (the build's, a file's or the built-in defaults), read once per
     * run, without generating any record.
     */
    static LoadedConfig config(ExtensionContext context, DatasetSettings settings) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
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

    /** An effective configuration and its digest ({@link SyntheticDatasets#configDigest}). */
    record LoadedConfig(GeneratorConfig config, String digest) {
    }
}
