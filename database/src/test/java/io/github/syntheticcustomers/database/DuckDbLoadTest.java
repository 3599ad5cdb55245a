package io.github.syntheticcustomers.database;

import java.nio.file.Path;
import javax.sql.DataSource;

/** Loads into DuckDB (a database file of the test's own). */
class DuckDbLoadTest extends PortableLoadTest {

    @Override
    DataSource database(Path directory) {
        return new UrlDataSource("jdbc:duckdb:" + directory.resolve("test.duckdb"));
    }

    @Override
    String product() {
        return "DuckDB";
    }

    @Override
    String stored(String name) {
        return name;
    }

    @Override
    boolean copies() {
        return true;
    }

    @Override
    String failureAt(String file, String table, long line) {
        return file + " (table " + table + "): ";
    }
}
