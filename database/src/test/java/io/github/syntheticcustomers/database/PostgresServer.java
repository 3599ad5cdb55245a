package io.github.syntheticcustomers.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL (a real server, from the binaries of a Maven artifact) for every test class of this JVM:
 * started on first use, stopped when the JVM ends. Tests isolate themselves by schema.
 */
final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** The server, started on the first call. */
    static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending
                }
            }));
        }
        return server;
    }

    /** A data source for the database {@code postgres} as the superuser. */
    static DataSource dataSource() {
        return get().getPostgresDatabase();
    }

    /** The JDBC URL of the database {@code postgres}. */
    static String url() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
