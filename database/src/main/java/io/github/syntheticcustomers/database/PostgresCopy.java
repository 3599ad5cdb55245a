package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Column;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import io.github.syntheticcustomers.database.RelationalDataset.TableFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Loads a table's CSV file through the PostgreSQL driver's copy API: {@code COPY t (columns) FROM STDIN WITH (FORMAT
 * csv, HEADER true)}, the file's bytes as they are. The only class that touches the driver, so that the loader runs
 * without it ({@link #available(Connection)}).
 */
final class PostgresCopy {

    private static final Pattern WHERE_LINE = Pattern.compile("COPY \\w+, line (\\d+)");

    private PostgresCopy() {
    }

    /** Whether the PostgreSQL driver is on the class path and {@code c} is (or wraps) one of its connections. */
    static boolean available(Connection c) {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Copies {@code file}'s rows into its table, calling {@code rowsSent} with the rows sent so far every
     * {@link LoadProgress#ROW_INTERVAL} rows; returns the rows the server copied.
     */
    static long copy(Connection c, TableFile file, LongConsumer rowsSent) {
        String sql = "COPY " + file.table().name() + " (" + String.join(", ", file.table().columns().stream()
                .map(Column::name).toList()) + ") FROM STDIN WITH (FORMAT csv, HEADER true)";
        CopyIn copy = null;
        try (InputStream in = Files.newInputStream(file.file(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            RowEnds rows = new RowEnds();
            byte[] buffer = new byte[1 << 16];
            long reported = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                copy.writeToCopy(buffer, 0, n);
                rows.scan(buffer, n);
                if (rows.dataRows() - reported >= LoadProgress.ROW_INTERVAL) {
                    reported = rows.dataRows() - rows.dataRows() % LoadProgress.ROW_INTERVAL;
                    rowsSent.accept(reported);
                }
            }
            long copied = copy.endCopy();
            copy = null;
            return copied;
        } catch (PSQLException e) {
            throw describe(e, file);
        } catch (SQLException e) {
            throw SqlErrors.of(e, "loading table " + file.table().name() + " from " + file.file().getFileName());
        } catch (IOException e) {
            throw new DatabaseLoadException(Reason.DATASET, "cannot read " + file.file() + ": " + e.getMessage(), e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // the transaction is rolled back anyway
                }
            }
        }
    }

    /** The server's error with the file, its line and the constraint, as its fields give them. */
    private static DatabaseLoadException describe(PSQLException e, TableFile file) {
        ServerErrorMessage server = e.getServerErrorMessage();
        if (server == null) {
            return SqlErrors.of(e, "loading table " + file.table().name() + " from " + file.file().getFileName());
        }
        StringBuilder sb = new StringBuilder().append(file.file().getFileName());
        Matcher line = WHERE_LINE.matcher(server.getWhere() == null ? "" : server.getWhere());
        if (line.find()) {
            sb.append(", line ").append(line.group(1));
        }
        sb.append(" (table ").append(server.getTable() == null ? file.table().name() : server.getTable());
        if (server.getConstraint() != null) {
            sb.append(", constraint ").append(server.getConstraint());
        }
        sb.append("): ").append(server.getMessage());
        String detail = server.getDetail();
        if (detail != null) {
            sb.append(": ").append(detail.length() > 300 ? detail.substring(0, 300) + "…" : detail);
        }
        return new DatabaseLoadException(SqlErrors.reason(e), sb.toString(), e);
    }

    /** Counts the row ends of RFC 4180 text, outside quoted fields: a quoted field may hold line ends. */
    private static final class RowEnds {
        private boolean quoted;
        private long ends;

        void scan(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    ends++;
                }
            }
        }

        /** The rows after the header row. */
        long dataRows() {
            return Math.max(0, ends - 1);
        }
    }
}
