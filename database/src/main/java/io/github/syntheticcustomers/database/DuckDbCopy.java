package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Column;
import io.github.syntheticcustomers.database.RelationalDataset.TableFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a table's CSV file with DuckDB's own reader, {@code COPY t (columns) FROM 'file'}: DuckDB runs in this process,
 * so it reads the verified file itself, some hundred times faster than through its driver's prepared statements. An
 * empty unquoted field is NULL and a quoted empty one ({@code ""}) the empty string, as the relational format writes
 * them ({@code ALLOW_QUOTED_NULLS false}).
 */
final class DuckDbCopy {

    private DuckDbCopy() {
    }

    /** Copies {@code file}'s rows into its table; returns the rows DuckDB reports. */
    static long copy(Connection c, TableFile file) {
        String path = file.file().toAbsolutePath().toString().replace("'", "''");
        String sql = "COPY " + file.table().name() + " (" + String.join(", ", file.table().columns().stream()
                .map(Column::name).toList()) + ") FROM '" + path + "' (FORMAT csv, HEADER true, DELIMITER ',',"
                + " QUOTE '\"', ESCAPE '\"', NULLSTR '', ALLOW_QUOTED_NULLS false, AUTO_DETECT false)";
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new DatabaseLoadException(SqlErrors.reason(e), file.file().getFileName() + " (table "
                    + file.table().name() + "): " + Connections.firstLine(e), e);
        }
    }
}
