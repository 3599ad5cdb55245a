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
 * @param config configuration file location; empty for the built-in defaults
 */
record DatasetSettings(long seed, String seedSource, long count, String config) {

    /** Built-in defaults as the configuration's description. */
    static final String DEFAULT_CONFIG_DESCRIPTION = "built-in defaults";

    /**
     * The settings for {@code context}, attribute by attribute: seed override (system property, then
     * configuration parameter), nearest annotation (method,
     * class, enclosing classes), configuration parameter, built-in default.
     */
    static DatasetSettings of(ExtensionContext context) {
        List<Found> annotations = annotations(context);
        long seed = SyntheticCustomers.DEFAULT_SEED;
        String seedSource = "built-in default";
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
            Found found = annotations.stream().filter(f -> f.annotation.seed() != SyntheticCustomers.UNSET_SEED)
                    .findFirst().orElse(null);
            if (found != null) {
                seed = found.annotation.seed();
                seedSource = "@SyntheticCustomers on " + found.where;
            } else {
                Optional<String> parameter = context.getConfigurationParameter(SyntheticCustomers.SEED_PROPERTY_NAME);
                if (parameter.isPresent()) {
                    seed = parseLong(SyntheticCustomers.SEED_PROPERTY_NAME, parameter.get());
                    seedSource = "configuration parameter " + SyntheticCustomers.SEED_PROPERTY_NAME;
                }
            }
        }

        long count = annotations.stream().mapToLong(f -> f.annotation.count())
                .filter(c -> c != SyntheticCustomers.UNSET_COUNT).findFirst()
                .orElseGet(() -> context.getConfigurationParameter(SyntheticCustomers.COUNT_PROPERTY_NAME)
                        .map(v -> parseLong(SyntheticCustomers.COUNT_PROPERTY_NAME, v))
                        .orElse(SyntheticCustomers.DEFAULT_COUNT));
        if (count < 1) {
            throw new ExtensionConfigurationException("@SyntheticCustomers count must be at least 1 but was: " + count);
        }

        String config = annotations.stream().map(f -> f.annotation.config()).filter(c -> !c.isBlank()).findFirst()
                .orElseGet(() -> context.getConfigurationParameter(SyntheticCustomers.CONFIG_PROPERTY_NAME)
                        .map(String::strip).orElse(""));
        return new DatasetSettings(seed, seedSource, count, config);
    }

    /** Human description for messages, e.g. {@code seed 42 (seed source: built-in default), count 500, ...}. */
    String describe() {
        return "seed " + seed + " (seed source: " + seedSource + "), count " + count + ", config "
                + (config.isEmpty() ? DEFAULT_CONFIG_DESCRIPTION : config);
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
