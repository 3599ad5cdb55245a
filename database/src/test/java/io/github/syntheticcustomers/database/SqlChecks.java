package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** SQL the tests ask a loaded schema. */
final class SqlChecks {

    private SqlChecks() {
    }

    /** Every table's row count, in foreign-key order. */
    static Map<String, Long> counts(DataSource ds, String schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            counts.put(t.name(), single(ds, "SELECT COUNT(*) FROM " + schema + "." + t.name()));
        }
        return counts;
    }

    /** The single number {@code sql} returns. */
    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
