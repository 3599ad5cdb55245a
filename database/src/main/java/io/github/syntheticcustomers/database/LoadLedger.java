package io.github.syntheticcustomers.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping table {@value #TABLE}: one row per load, so that the shards of one dataset may be loaded one after
 * another into the same schema while another dataset's rows are refused.
 */
final class LoadLedger {

    /** The bookkeeping table's name. */
    static final String TABLE = "synthetic_customers_loads";

    /** One load: records {@code [from, to)} of the dataset {@code datasetFingerprint}. */
    record Entry(String datasetFingerprint, long from, long to, long seed, long count, String generatorVersion) {

        boolean overlaps(long otherFrom, long otherTo) {
            return from < otherTo && otherFrom < to;
        }
    }

    private LoadLedger() {
    }

    /** Creates the table when {@code schema} lacks it. */
    static void create(Connection c, String schema) throws SQLException {
        if (TargetTables.exists(c, schema, TABLE)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (\n"
                    + "  dataset_fingerprint VARCHAR(64) NOT NULL,\n"
                    + "  record_from BIGINT NOT NULL,\n"
                    + "  record_to BIGINT NOT NULL,\n"
                    + "  fingerprint VARCHAR(64) NOT NULL,\n"
                    + "  seed BIGINT NOT NULL,\n"
                    + "  record_count BIGINT NOT NULL,\n"
                    + "  generator_version VARCHAR(100) NOT NULL,\n"
                    + "  loaded_rows BIGINT NOT NULL,\n"
                    + "  loaded_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,\n"
                    + "  CONSTRAINT " + TABLE + "_pkey PRIMARY KEY (dataset_fingerprint, record_from)\n"
                    + ")");
        }
    }

    /** The loads recorded, in record order. */
    static List<Entry> entries(Connection c) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dataset_fingerprint, record_from, record_to, seed, record_count,"
                        + " generator_version FROM " + TABLE + " ORDER BY record_from, dataset_fingerprint")) {
            while (rs.next()) {
                entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6)));
            }
        }
        return entries;
    }

    /** Forgets every load. */
    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + TABLE);
        }
    }

    /** Records a load of {@code dataset}, whose tables got {@code rows} rows together. */
    static void record(Connection c, RelationalDataset dataset, long rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE + " (dataset_fingerprint, record_from,"
                + " record_to, fingerprint, seed, record_count, generator_version, loaded_rows)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, dataset.datasetFingerprint());
            s.setLong(2, dataset.from());
            s.setLong(3, dataset.to());
            s.setString(4, dataset.manifest().fingerprint());
            s.setLong(5, dataset.manifest().seed());
            s.setLong(6, dataset.manifest().count());
            s.setString(7, dataset.manifest().generatorVersion());
            s.setLong(8, rows);
            s.executeUpdate();
        }
    }
}
