package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a synthetic customer dataset into a test: parameters of type
 * {@link io.github.syntheticcustomers.core.SyntheticDataset}, {@code List<CustomerProfile>},
 * {@link io.github.syntheticcustomers.core.model.CustomerProfile}, {@code List<TestScenario>},
 * {@link io.github.syntheticcustomers.core.model.TestScenario}, {@code List<EngagementStep>},
 * {@link io.github.syntheticcustomers.core.engage.EngagementStep}, {@code List<CustomerTimeline>} (every customer's
 * timeline, record order), {@link io.github.syntheticcustomers.core.timeline.CustomerTimeline} and
 * {@code List<EngagementEvent>} (every event, customer by customer, each in time order) (narrowed with
 * {@link Persona}, {@link RiskLevel}, {@link ScenarioType}, {@link Cohort} and {@link CustomerIndex}) of test methods,
 * constructors and lifecycle methods.
 *
 * <p>Each attribute is taken from the nearest annotation that sets it: the test method's, then the test
 * class's (or a superclass's, the annotation is {@link Inherited}), then each enclosing class's for
 * {@code @Nested} classes. An attribute no annotation sets comes from the JUnit configuration parameter
 * named by the matching {@code *_PROPERTY_NAME} constant ({@code junit-platform.properties}, or {@code -D}),
 * then from the Maven plugin's dataset when its {@code manifest.json} is on the test class path (its seed,
 * count and the configuration it records, so a project configures them once, in its POM; see
 * {@link #MANIFEST_PROPERTY_NAME}), then from the built-in default. {@value #SEED_OVERRIDE_PROPERTY_NAME} overrides the seed of every test
 * in a run, to reproduce a failure or to explore other seeds. A failing test reports its seed and how to
 * reproduce it.
 *
 * <p>A dataset is generated once per test run per (seed, count, effective configuration) and shared by
 * every test that asks for it, also under parallel execution, within the memory budget
 * {@link #CACHE_MAX_BYTES_PROPERTY_NAME}. Injected lists are unmodifiable.
 *
 * <p>May be used as a meta-annotation to give a set of tests one shared dataset declaration.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SyntheticCustomersExtension.class)
public @interface SyntheticCustomers {

    /** Configuration parameter with the default seed of tests whose annotations set none. */
    String SEED_PROPERTY_NAME = "synthetic-customers.seed";

    /** Configuration parameter with the default count of tests whose annotations set none. */
    String COUNT_PROPERTY_NAME = "synthetic-customers.count";

    /** Configuration parameter with the default configuration file of tests whose annotations set none. */
    String CONFIG_PROPERTY_NAME = "synthetic-customers.config";

    /**
     * Configuration parameter naming the class path resource of the Maven plugin's manifest whose seed, count
     * and configuration are the defaults of tests whose annotations and parameters set none: default
     * {@code manifest.json} (the plugin's output directory is a test resource root), {@code none} to ignore
     * it. Without such a resource the built-in defaults apply.
     */
    String MANIFEST_PROPERTY_NAME = "synthetic-customers.manifest";

    /**
     * System property (read first) or configuration parameter, usually given as
     * {@code -Dsynthetic-customers.seed.override=7}, that replaces the seed of every test of the run,
     * whatever its annotations say.
     */
    String SEED_OVERRIDE_PROPERTY_NAME = "synthetic-customers.seed.override";

    /**
     * Configuration parameter with the memory budget of the run's cached datasets: bytes, with an optional
     * {@code k}, {@code m} or {@code g} suffix (powers of 1024), or a percentage of the maximum heap; default
     * {@code 25%}. Each dataset is charged an estimate from its count and the parts its tests use (about 2.3 kB a
     * customer, 4 kB with scenarios, 20 kB with engagement steps or a whole {@code SyntheticDataset}, plus, for
     * timelines or events, about 650 bytes per event of a customer's timeline, estimated from a sample); the least
     * recently used datasets are dropped to stay within it (and regenerated, the same records, if asked for
     * again), and a dataset whose estimate alone exceeds it fails its test, naming the test, seed and count,
     * before any record is generated. guide: junit-extension.md.
     */
    String CACHE_MAX_BYTES_PROPERTY_NAME = "synthetic-customers.cache.max-bytes";

    /**
     * The seed used when neither an annotation nor a configuration parameter gives one (guide: configuration.md
     * reference).
     */
    long DEFAULT_SEED = 42L;

    /** The count used when neither an annotation nor a configuration parameter gives one (guide: guarantees.md). */
    long DEFAULT_COUNT = 500L;

    /**
     * Largest count an injected dataset may have: its records are held in memory, in lists. Write larger
     * datasets with the Maven plugin or the streaming API ({@code SyntheticDatasets.generate}).
     */
    long MAX_COUNT = Integer.MAX_VALUE - 8;

    /**
     * The seed, any {@code long}: write {@code seed = 7}. Unset (empty) by default; see the class
     * documentation for where it then comes from. An array so that no seed value has to mean "unset"; more
     * than one seed is an error.
     */
    long[] seed() default {};

    /**
     * Number of customers, 1 to {@link #MAX_COUNT}: write {@code count = 1000}. Unset (empty) by default;
     * {@code count = 0} is an error, not "unset".
     */
    long[] count() default {};

    /**
     * Configuration file (YAML, or JSON when the name ends in {@code .json}) merged over the built-in
     * defaults: a path relative to the working directory (the project directory under Maven), or else a
     * resource on the test class path. Unset (empty) by default, which means the built-in defaults.
     */
    String config() default "";
}
