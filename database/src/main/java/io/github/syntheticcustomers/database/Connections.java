package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Opens the connection a load runs on, and words what goes wrong while doing so. */
final class Connections {

    /** The driver artifacts of the databases this loader knows, by JDBC sub-protocol. */
    static final Map<String, String> DRIVER_ARTIFACTS = Map.of(
            "postgresql", "org.postgresql:postgresql",
            "h2", "com.h2database:h2",
            "duckdb", "org.duckdb:duckdb_jdbc");

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Connections() {
    }

    /** A connection to {@code url} with {@code properties} (user, password, driver options). */
    static Connection open(String url, Properties properties) {
        Driver driver = driver(url);
        try {
            Connection c = driver.connect(url, properties);
            if (c == null) {
                throw noDriver(url);
            }
            return c;
        } catch (SQLException e) {
            throw connectionFailure(e, "cannot connect to " + redact(url));
        }
    }

    /** A connection from {@code dataSource}. */
    static Connection open(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw connectionFailure(e, "cannot connect through the data source");
        }
    }

    /** The driver that accepts {@code url}: one registered with the DriverManager, or a service of our class loader. */
    private static Driver driver(String url) {
        if (url == null || !url.startsWith("jdbc:") || url.indexOf(':', "jdbc:".length()) < 0) {
            throw new DatabaseLoadException(Reason.CONNECTION, "not a JDBC URL: '" + redact(String.valueOf(url))
                    + "' (allowed: jdbc:postgresql://HOST:PORT/DATABASE, jdbc:h2:…, jdbc:duckdb:…)");
        }
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(Connections.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        // a plugin's or an application server's class loader may hold a driver the DriverManager does not see
        for (ClassLoader loader : loaders) {
            for (Driver d : ServiceLoader.load(Driver.class, loader)) {
                try {
                    if (d.acceptsURL(url)) {
                        return d;
                    }
                } catch (SQLException e) {
                    // a driver that cannot judge the URL does not take it
                }
            }
        }
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw noDriver(url);
        }
    }

    private static DatabaseLoadException noDriver(String url) {
        String sub = url.substring("jdbc:".length(), url.indexOf(':', "jdbc:".length())).toLowerCase(Locale.ROOT);
        String artifact = DRIVER_ARTIFACTS.get(sub);
        return new DatabaseLoadException(Reason.CONNECTION, "no JDBC driver for " + redact(url) + " on the class path: "
                + (artifact == null ? "add the database's JDBC driver (this loader loads into PostgreSQL, H2 and"
                        + " DuckDB: " + String.join(", ", DRIVER_ARTIFACTS.values().stream().sorted().toList()) + ")"
                        : "add " + artifact));
    }

    private static DatabaseLoadException connectionFailure(SQLException e, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return new DatabaseLoadException(Reason.CONNECTION, what + ": authentication failed: " + firstLine(e), e);
        }
        if (state.equals("42501")) {
            return new DatabaseLoadException(Reason.PERMISSION, what + ": permission denied: " + firstLine(e), e);
        }
        return new DatabaseLoadException(Reason.CONNECTION, what + ": " + firstLine(e), e);
    }

    /** {@code url} without the value of a {@code password=} parameter. */
    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    /** The first line of an exception's message: drivers add detail lines, hints and positions. */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl).strip();
        // H2 puts the statement on the next lines
        return first.endsWith("; SQL statement:") ? first.substring(0, first.length() - "; SQL statement:".length())
                : first;
    }
}
