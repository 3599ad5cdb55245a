package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import java.sql.SQLException;
import java.util.Locale;

/** Words a database error met while loading, naming what was being done, and classifies it. */
final class SqlErrors {

    private SqlErrors() {
    }

    /** {@code e}, met while {@code doing} (e.g. {@code "loading table customers from table-customers.csv"}). */
    static DatabaseLoadException of(SQLException e, String doing) {
        return new DatabaseLoadException(reason(e), doing + ": " + Connections.firstLine(e), e);
    }

    /** The reason of {@code e}: by its SQLSTATE where the driver sets one, else by the message's words (DuckDB). */
    static Reason reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (state.startsWith("23") || state.startsWith("22") || message.startsWith("constraint error")
                || message.contains("conversion error")) {
            return Reason.CONSTRAINT;
        }
        if (state.equals("42501") || state.equals("90096") || message.contains("permission denied")) {
            return Reason.PERMISSION;
        }
        if (state.startsWith("08") || state.startsWith("28")) {
            return Reason.CONNECTION;
        }
        return Reason.DATABASE;
    }
}
