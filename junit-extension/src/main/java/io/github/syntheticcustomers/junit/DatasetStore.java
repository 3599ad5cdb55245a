package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticCustomers;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
        String key = "config " + settings.config();
        return store(store, key, k -> load(settings.config(), context, settings), LoadedConfig.class);
    }

    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the one method every JUnit 5.10+ and 6.x has
    private static <K, V> V store(ExtensionContext.Store store, K key, java.util.function.Function<K, V> compute,
            Class<V> type) {
        return store.getOrComputeIfAbsent(key, compute, type);
    }

    private static LoadedConfig load(String location, ExtensionContext context, DatasetSettings settings) {
        try {
            GeneratorConfig config = location.isEmpty() ? ConfigLoader.defaults() : loadFrom(location, context, settings);
            return new LoadedConfig(config, SyntheticCustomers.configDigest(config));
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
        ClassLoader loader = context.getTestClass().map(Class::getClassLoader)
                .orElseGet(() -> Thread.currentThread().getContextClassLoader());
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
