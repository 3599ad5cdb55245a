package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a load says when it cannot connect: before any database is reached, in exact words. */
class ConnectionMessagesTest {

    private static final Path DATASET = Datasets.of(42, 5);

    @Test
    void aUrlThatIsNotJdbcIsRefused() {
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forUrl("postgresql://localhost:5432/test?password=secret", "app", "x")
                        .load(DATASET));
        assertEquals(Reason.CONNECTION, e.reason());
        assertEquals("not a JDBC URL: 'postgresql://localhost:5432/test?password=***' (allowed:"
                + " jdbc:postgresql://HOST:PORT/DATABASE, jdbc:h2:…, jdbc:duckdb:…)", e.getMessage());
    }

    @Test
    void aUrlNoDriverAcceptsNamesTheDriversToAdd() {
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forUrl("jdbc:mysql://localhost/test", null, null).load(DATASET));
        assertEquals(Reason.CONNECTION, e.reason());
        assertEquals("no JDBC driver for jdbc:mysql://localhost/test on the class path: add the database's JDBC driver"
                + " (this loader loads into PostgreSQL, H2 and DuckDB: com.h2database:h2, org.duckdb:duckdb_jdbc,"
                + " org.postgresql:postgresql)", e.getMessage());
    }

    @Test
    void aKnownDatabaseWithoutItsDriverNamesItsArtifact() {
        assertEquals("no JDBC driver for jdbc:duckdb:/tmp/test.duckdb on the class path: add org.duckdb:duckdb_jdbc",
                Connections.noDriver("jdbc:duckdb:/tmp/test.duckdb").getMessage());
        assertEquals("no JDBC driver for jdbc:h2:mem:test on the class path: add com.h2database:h2",
                Connections.noDriver("jdbc:h2:mem:test").getMessage());
        assertEquals("no JDBC driver for jdbc:postgresql://db/test?password=*** on the class path: add"
                + " org.postgresql:postgresql",
                Connections.noDriver("jdbc:postgresql://db/test?password=secret").getMessage());
    }

    @Test
    void aDatabaseOtherThanPostgresqlH2OrDuckDbIsRefused() {
        assertEquals(null, DatabaseLoader.dialect("MySQL"));
    }

    @Test
    void aBadSchemaNameIsRefusedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseLoader.forUrl("jdbc:h2:mem:x", null, null).schema("My-Schema"));
        assertEquals("Invalid schema name: 'My-Schema' (allowed: lower-case letters, digits and _, starting with a"
                + " letter or _, at most 63 characters)", e.getMessage());
    }

    @Test
    void aMissingDatasetIsRefusedBeforeConnecting(@org.junit.jupiter.api.io.TempDir Path empty) {
        DatabaseLoadException e = assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forUrl("jdbc:nothing:at-all", null, null).load(empty));
        assertEquals(Reason.DATASET, e.reason());
        assertEquals("no dataset in " + empty + ": cannot read " + empty.resolve("manifest.json") + ": missing or not"
                + " a plain file", e.getMessage());
    }
}
