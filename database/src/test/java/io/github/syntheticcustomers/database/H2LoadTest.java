package io.github.syntheticcustomers.database;

import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Loads into H2 (in memory), whose DDL commits at once: what a failed load created is dropped again. */
class H2LoadTest extends PortableLoadTest {

    @Override
    DataSource database(Path directory) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:h2loadtest;DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Override
    String product() {
        return "H2";
    }

    @Override
    String stored(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    boolean copies() {
        return false;
    }

    @Override
    String failureAt(String file, String table, long line) {
        return file + ", line " + line + (table.equals("customers") ? ", column risk_score: 'many' is not a value of type integer" : " (table " + table + "): ");
    }
}
