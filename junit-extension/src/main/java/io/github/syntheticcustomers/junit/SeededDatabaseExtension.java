package io.github.syntheticcustomers.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The extension behind {@link SeededDatabase}: finds the database (the test's own or the embedded PostgreSQL), has
 * {@link DatabaseSeeds} load the test's dataset into it once, and injects a {@link DataSource} on that schema.
 * Stateless; what it loads lives in {@link DatabaseSeeds}, the embedded server in {@link EmbeddedPostgresServer}.
 */
final class SeededDatabaseExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(SeededDatabase.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SeededDatabase annotation = parameterContext.findAnnotation(SeededDatabase.class).orElseThrow();
        DatasetSettings settings = DatasetSettings.of(extensionContext);
        String name = describe(parameterContext);
        Class<?> type = parameterContext.getParameter().getType();
        if (type != DataSource.class) {
            throw error("@SeededDatabase applies only to a javax.sql.DataSource parameter, not to "
                    + parameterContext.getParameter().getParameterizedType().getTypeName() + " (" + name + ")", settings);
        }
        boolean provided = !annotation.dataSource().isBlank();
        if (provided == annotation.embedded()) {
            throw error("@SeededDatabase takes either dataSource = \"method\" (a static method of the test class that"
                    + " returns the javax.sql.DataSource to seed) or embedded = true, but " + (provided ? "sets both"
                    : "sets neither") + " (" + name + ")", settings);
        }
        DatasetStore.LoadedConfig config = DatasetStore.config(extensionContext, settings);
        String schema = annotation.schema().isBlank() ? schemaName(settings.seed(), settings.count(), config.digest())
                : annotation.schema().strip();
        DatabaseSeeds.Database database = provided
                ? provided(annotation.dataSource().strip(), extensionContext, settings, name)
                : embedded(extensionContext, settings, name);
        DatabaseSeeds.Dataset dataset = new DatabaseSeeds.Dataset(DatasetStore.key(settings, config), config.config(),
                settings.seed(), settings.count());
        try {
            return DatabaseSeeds.seed(database, dataset, schema);
        } catch (DatabaseSeeds.SeedException e) {
            throw error(e.getMessage() + " (" + name + ")", settings);
        }
    }

    /**
     * The default schema of a dataset: {@code seed_42_count_500_} and the first 12 hex digits of its configuration
     * digest ({@code m} for a negative seed's minus), lower case, at most 63 characters (PostgreSQL's limit).
     */
    static String schemaName(long seed, long count, String configDigest) {
        return ("seed_" + Long.toString(seed).replace('-', 'm') + "_count_" + count + "_"
                + configDigest.substring(0, Math.min(12, configDigest.length()))).toLowerCase(Locale.ROOT);
    }

    /**
     * The embedded PostgreSQL, started on first use, leased for the test run: the lease is a closeable value of the
     * run's root store, so the server stops when the run's root context closes (and no other run still holds it).
     */
    static DatabaseSeeds.Database embedded(ExtensionContext context, DatasetSettings settings, String name) {
        ClassLoader loader = context.getTestClass().map(Class::getClassLoader)
                .orElseGet(() -> Thread.currentThread().getContextClassLoader());
        try {
            return lease(context, loader).database();
        } catch (EmbeddedPostgresServer.MissingDependencyException | EmbeddedPostgresServer.StartException e) {
            throw error(e.getMessage() + " (" + name + ")", settings);
        }
    }

    /** This run's lease of the embedded PostgreSQL, taken on first request (for tests that keep it for a whole JVM). */
    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the one method every JUnit 5.10+ and 6.x has
    static EmbeddedPostgresServer.Lease lease(ExtensionContext context, ClassLoader loader) {
        return context.getRoot().getStore(DatasetStore.NAMESPACE).getOrComputeIfAbsent("embedded postgresql lease",
                k -> EmbeddedPostgresServer.acquire(loader), EmbeddedPostgresServer.Lease.class);
    }

    /** The database of the test's own {@code dataSource} method, identified by its JDBC URL and user. */
    private static DatabaseSeeds.Database provided(String methodName, ExtensionContext context,
            DatasetSettings settings, String name) {
        Class<?> testClass = context.getRequiredTestClass();
        String prefix = "@SeededDatabase(dataSource = \"" + methodName + "\"): ";
        Method method = null;
        for (Class<?> c = testClass; c != null && method == null; c = c.getEnclosingClass()) {
            method = ReflectionSupport.findMethod(c, methodName).orElse(null);
        }
        if (method == null) {
            throw error(prefix + "the test class " + testClass.getSimpleName() + " has no method " + methodName
                    + "() (" + name + ")", settings);
        }
        String where = method.getDeclaringClass().getSimpleName() + "." + methodName + "()";
        if (!Modifier.isStatic(method.getModifiers())) {
            throw error(prefix + where + " must be static (" + name + ")", settings);
        }
        if (!DataSource.class.isAssignableFrom(method.getReturnType())) {
            throw error(prefix + where + " must return a javax.sql.DataSource but returns "
                    + method.getGenericReturnType().getTypeName() + " (" + name + ")", settings);
        }
        Object value;
        try {
            value = ReflectionSupport.invokeMethod(method, null);
        } catch (RuntimeException e) {
            throw error(prefix + where + " failed: " + message(e) + " (" + name + ")", settings);
        }
        if (value == null) {
            throw error(prefix + where + " returned null (" + name + ")", settings);
        }
        DataSource dataSource = (DataSource) value;
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            url = meta.getURL();
            user = meta.getUserName();
        } catch (SQLException | RuntimeException e) {
            throw error(prefix + "cannot connect to the DataSource of " + where + ": " + message(e) + " (" + name
                    + ")", settings);
        }
        return new DatabaseSeeds.Database("url " + url + " user " + user,
                "the DataSource of " + where + " (" + DatabaseSeeds.redact(url) + ")", dataSource);
    }

    /** A throwable's message, or its type's simple name when it has none. */
    static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String describe(ParameterContext parameterContext) {
        Executable executable = parameterContext.getDeclaringExecutable();
        return "parameter " + parameterContext.getIndex() + " of " + executable.getDeclaringClass().getSimpleName()
                + (executable instanceof Constructor<?> ? " constructor" : "." + executable.getName() + "()");
    }

    private static ParameterResolutionException error(String message, DatasetSettings settings) {
        return new ParameterResolutionException(message + settings.suffix());
    }
}
