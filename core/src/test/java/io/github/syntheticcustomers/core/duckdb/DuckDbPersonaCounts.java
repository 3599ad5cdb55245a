package io.github.syntheticcustomers.core.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Customers per persona, counted by DuckDB in a dataset's JSON Lines. */
public final class DuckDbPersonaCounts {

    private DuckDbPersonaCounts() {
    }

    /** Persona id to customers, in persona order, of {@code customersJsonl} (a customers.jsonl file). */
    public static Map<String, Long> of(String customersJsonl) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement query = duckdb.prepareStatement("SELECT persona_type, count(*) AS customers"
                     + " FROM read_json_auto(?) GROUP BY persona_type ORDER BY persona_type")) {
            query.setString(1, customersJsonl);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString("persona_type"), rows.getLong("customers"));
                }
            }
        }
        return counts;
    }
}
