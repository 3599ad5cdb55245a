package io.github.syntheticcustomers.junit;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections start on one schema ({@link Connection#setSchema}: PostgreSQL's
 * {@code search_path}, H2's and DuckDB's current schema), so a test's SQL names the seeded tables alone. Everything
 * else is the wrapped data source's.
 */
final class SchemaDataSource implements DataSource {

    private final DataSource delegate;
    private final String schema;
    private final String description;

    SchemaDataSource(DataSource delegate, String schema, String description) {
        this.delegate = delegate;
        this.schema = schema;
        this.description = description;
    }

    /** The schema the connections start on. */
    String schema() {
        return schema;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return onSchema(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return onSchema(delegate.getConnection(username, password));
    }

    private Connection onSchema(Connection connection) throws SQLException {
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }

    /** The database and schema, e.g. for a test's messages. */
    @Override
    public String toString() {
        return "seeded " + description;
    }
}
