package io.github.syntheticcustomers.database;

import io.github.syntheticcustomers.core.relational.Column;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.SqlType;
import io.github.syntheticcustomers.database.DatabaseLoadException.Reason;
import io.github.syntheticcustomers.database.RelationalDataset.TableFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Loads a table's CSV file with batched {@code INSERT}s, each cell converted to its column's {@link SqlType}: what H2
 * and DuckDB get, and PostgreSQL when its driver's copy API is not at hand.
 */
final class BatchInserts {

    /** Rows per batch. */
    static final int BATCH = 1_000;

    /**
     * RFC 4180 with a header row; in the strict quote mode an empty unquoted field is NULL and a quoted empty one
     * ({@code ""}) the empty string, as the relational format writes them.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString(null).get();

    private BatchInserts() {
    }

    /**
     * Inserts {@code file}'s rows into its table in {@code dialect}, calling {@code rowsSent} every
     * {@link LoadProgress#ROW_INTERVAL} rows; returns the rows inserted.
     */
    static long insert(Connection c, TableFile file, Dialect dialect, LongConsumer rowsSent) {
        List<Column> columns = file.table().columns();
        String sql = "INSERT INTO " + file.table().name() + " (" + String.join(", ", columns.stream().map(Column::name)
                .toList()) + ") VALUES (" + String.join(", ", columns.stream().map(col -> placeholder(col, dialect))
                .toList()) + ")";
        String name = file.file().getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
                PreparedStatement insert = c.prepareStatement(sql)) {
            List<String> expected = columns.stream().map(Column::name).toList();
            if (!parser.getHeaderNames().equals(expected)) {
                throw new DatabaseLoadException(Reason.DATASET, name + ": its header " + parser.getHeaderNames()
                        + " is not the columns of table " + file.table().name() + " " + expected);
            }
            long rows = 0;
            long lineEnd = parser.getCurrentLineNumber();
            List<Long> batchLines = new ArrayList<>(BATCH);
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                long line = lineEnd + 1;
                lineEnd = parser.getCurrentLineNumber();
                if (record.size() != columns.size()) {
                    throw new DatabaseLoadException(Reason.CONSTRAINT, name + ", line " + line + ": " + record.size()
                            + " fields, but table " + file.table().name() + " has " + columns.size() + " columns");
                }
                for (int k = 0; k < columns.size(); k++) {
                    bind(insert, k + 1, columns.get(k), record.get(k), name, line);
                }
                insert.addBatch();
                batchLines.add(line);
                rows++;
                if (batchLines.size() == BATCH) {
                    execute(insert, batchLines, file);
                }
                if (rows % LoadProgress.ROW_INTERVAL == 0) {
                    rowsSent.accept(rows);
                }
            }
            if (!batchLines.isEmpty()) {
                execute(insert, batchLines, file);
            }
            return rows;
        } catch (UncheckedIOException e) {
            // Commons CSV's words for malformed CSV (an unterminated quote), with its position
            throw new DatabaseLoadException(Reason.DATASET, name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatabaseLoadException(Reason.DATASET, "cannot read " + file.file() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw SqlErrors.of(e, "loading table " + file.table().name() + " from " + name);
        }
    }

    /** {@code ?}, cast to JSONB for a JSON column in PostgreSQL (its driver sends a string as text). */
    private static String placeholder(Column column, Dialect dialect) {
        return column.type() == SqlType.JSON && dialect == Dialect.POSTGRESQL ? "CAST(? AS JSONB)" : "?";
    }

    private static void execute(PreparedStatement insert, List<Long> lines, TableFile file) throws SQLException {
        try {
            insert.executeBatch();
            lines.clear();
        } catch (BatchUpdateException e) {
            // drivers that stop at the failing row report the rows before it; those that go on mark it
            int[] counts = e.getUpdateCounts() == null ? new int[0] : e.getUpdateCounts();
            int failed = counts.length;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    failed = i;
                    break;
                }
            }
            String where = counts.length > 0 && failed < lines.size() ? "line " + lines.get(failed)
                    : "lines " + lines.get(0) + " to " + lines.get(lines.size() - 1);
            throw new DatabaseLoadException(SqlErrors.reason(e), file.file().getFileName() + ", " + where + " (table "
                    + file.table().name() + "): " + Connections.firstLine(e), e);
        } catch (SQLException e) {
            throw new DatabaseLoadException(SqlErrors.reason(e), file.file().getFileName() + ", lines " + lines.get(0)
                    + " to " + lines.get(lines.size() - 1) + " (table " + file.table().name() + "): "
                    + Connections.firstLine(e), e);
        }
    }

    /** Binds {@code cell} (null for NULL) as {@code column}'s type. */
    private static void bind(PreparedStatement insert, int index, Column column, String cell, String file, long line)
            throws SQLException {
        if (cell == null) {
            insert.setNull(index, jdbcType(column.type()));
            return;
        }
        try {
            switch (column.type()) {
                case TEXT, JSON -> insert.setString(index, cell);
                case INTEGER -> insert.setInt(index, Integer.parseInt(cell));
                case BIGINT -> insert.setLong(index, Long.parseLong(cell));
                case DOUBLE -> insert.setDouble(index, Double.parseDouble(cell));
                case BOOLEAN -> insert.setBoolean(index, parseBoolean(cell));
                case DATE -> insert.setObject(index, LocalDate.parse(cell));
                case TIMESTAMP -> insert.setObject(index, OffsetDateTime.ofInstant(Instant.parse(cell), ZoneOffset.UTC));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new DatabaseLoadException(Reason.CONSTRAINT, file + ", line " + line + ", column " + column.name()
                    + ": '" + cell + "' is not a value of type " + column.type().id());
        }
    }

    private static boolean parseBoolean(String cell) {
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new NumberFormatException(cell);
        };
    }

    private static int jdbcType(SqlType type) {
        return switch (type) {
            case TEXT, JSON -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }
}
