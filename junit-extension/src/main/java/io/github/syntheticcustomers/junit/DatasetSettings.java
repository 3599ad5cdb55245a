package io.github.syntheticcustomers.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which dataset a test asks for, and where its seed came from (so a failure can say how to reproduce it).
 *
 * @param seed the seed
 * @param seedSource where the seed came from, e.g. {@code @SyntheticCustomers on method MyTest.test()}
 * @param count number of customers
 * @param config configuration file location; empty for the built-in defaults or the build's configuration
 * @param build the plugin's manifest whose configuration the dataset uses; {@code null} when {@code config}
 *     (or the built-in defaults) is used
 */
record DatasetSettings(long seed, String seedSource, long count, String config, BuildManifest build) {

    /** Built-in defaults as the configuration's description. */
    static final String DEFAULT_CONFIG_DESCRIPTION = "built-in defaults";

    /**
     * The settings for {@code context}, attribute by attribute: seed override (system property, then
     * configuration parameter), nearest annotation (method, class, enclosing classes), configuration
     * parameter, the plugin's manifest on the test class path, built-in default.
     */
    static DatasetSettings of(ExtensionContext context) {
        return of(context, DatasetStore.buildManifest(context).orElse(null));
    }

    /** As {@link #of(ExtensionContext)} with {@code build} (or none) as the build's dataset. */
    static DatasetSettings of(ExtensionContext context, BuildManifest build) {
        List<Found> annotations = annotations(context);
        long seed = build == null ? SyntheticCustomers.DEFAULT_SEED : build.manifest().seed();
        String seedSource = build == null ? "built-in default" : build.describe();
        // the system property is read directly: not every launcher turns system properties into parameters
        String systemOverride = System.getProperty(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME);
        Optional<String> override = context.getConfigurationParameter(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME);
        if (systemOverride != null && !systemOverride.isBlank()) {
            seed = parseLong(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, systemOverride);
            seedSource = "system property " + SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME;
        } else if (override.isPresent()) {
            seed = parseLong(SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, override.get());
            seedSource = "configuration parameter " + SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME;
        } else {
            Found found = annotations.stream().filter(f -> f.annotation.seed().length > 0).findFirst().orElse(null);
            if (found != null) {
                seed = single("seed", found.annotation.seed(), found.where);
                seedSource = "@SyntheticCustomers on " + found.where;
            } else {
                Optional<String> parameter = context.getConfigurationParameter(SyntheticCustomers.SEED_PROPERTY_NAME);
                if (parameter.isPresent()) {
                    seed = parseLong(SyntheticCustomers.SEED_PROPERTY_NAME, parameter.get());
                    seedSource = "configuration parameter " + SyntheticCustomers.SEED_PROPERTY_NAME;
                }
            }
        }

        Found countFound = annotations.stream().filter(f -> f.annotation.count().length > 0).findFirst().orElse(null);
        long count;
        String countSource;
        if (countFound != null) {
            count = single("count", countFound.annotation.count(), countFound.where);
            countSource = "@SyntheticCustomers on " + countFound.where;
        } else {
            Optional<String> parameter = context.getConfigurationParameter(SyntheticCustomers.COUNT_PROPERTY_NAME);
            if (parameter.isPresent()) {
                count = parseLong(SyntheticCustomers.COUNT_PROPERTY_NAME, parameter.get());
                countSource = "configuration parameter " + SyntheticCustomers.COUNT_PROPERTY_NAME;
            } else if (build != null) {
                count = build.manifest().count();
                countSource = build.describe();
            } else {
                count = SyntheticCustomers.DEFAULT_COUNT;
                countSource = "built-in default";
            }
        }
        if (count < 1 || count > SyntheticCustomers.MAX_COUNT) {
            throw new ExtensionConfigurationException(String.format(Locale.ROOT,
                    "@SyntheticCustomers count must be from 1 to %d (an injected dataset is held in memory; write"
                            + " larger ones with the Maven plugin or the streaming API) but was: %d (from %s)",
                    SyntheticCustomers.MAX_COUNT, count, countSource));
        }

        String config = annotations.stream().map(f -> f.annotation.config()).filter(c -> !c.isBlank()).findFirst()
                .orElseGet(() -> context.getConfigurationParameter(SyntheticCustomers.CONFIG_PROPERTY_NAME)
                        .map(String::strip).orElse(""));
        return new DatasetSettings(seed, seedSource, count, config, config.isEmpty() ? build : null);
    }

    /** Human description for messages, e.g. {@code seed 42 (seed source: built-in default), count 500, ...}. */
    String describe() {
        return "seed " + seed + " (seed source: " + seedSource + "), count " + count + ", config " + configDescription();
    }

    /** Where the configuration comes from, for messages. */
    String configDescription() {
        if (build != null) {
            return "recorded in " + build.describe() + (build.manifest().config() == null ? ""
                    : ": " + build.manifest().config().name());
        }
        return config.isEmpty() ? DEFAULT_CONFIG_DESCRIPTION : config;
    }

    /** The command line fragment that reruns with this seed, whatever the annotations say. */
    String reproduce() {
        return "-D" + SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME + "=" + seed;
    }

    /** Suffix every error message of the extension carries. */
    String suffix() {
        return " [synthetic-customers: " + describe() + "; reproduce with " + reproduce() + "]";
    }

    /** Annotations from nearest to farthest: method, class (and superclasses), enclosing classes. */
    private static List<Found> annotations(ExtensionContext context) {
        List<Found> found = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<AnnotatedElement> element = c.get().getElement();
            if (element.isEmpty()) {
                continue;
            }
            AnnotatedElement e = element.get();
            String where = e instanceof Method m ? "method " + m.getDeclaringClass().getSimpleName() + "."
                    + m.getName() + "()" : "class " + ((Class<?>) e).getName();
            AnnotationSupport.findAnnotation(e, SyntheticCustomers.class).ifPresent(a -> {
                if (found.stream().noneMatch(f -> f.element.equals(e))) {
                    found.add(new Found(a, e, where));
                }
            });
        }
        return found;
    }

    /** The one value of an array attribute; {@code seed = {1, 2}} is an error. */
    private static long single(String attribute, long[] values, String where) {
        if (values.length != 1) {
            throw new ExtensionConfigurationException(String.format(Locale.ROOT,
                    "@SyntheticCustomers %s takes one value but %s gives %d: %s", attribute, where, values.length,
                    java.util.Arrays.toString(values)));
        }
        return values[0];
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(String.format(Locale.ROOT,
                    "Configuration parameter %s must be a whole number but was: '%s'", name, value), e);
        }
    }

    private record Found(SyntheticCustomers annotation, AnnotatedElement element, String where) {
    }
}
