package io.github.syntheticcustomers.database;

import java.io.Serial;

/**
 * Why a {@link DatabaseLoader#load load} did not happen: one sentence naming the file, table, line, constraint, URL or
 * schema concerned, and what to do. Whenever it is thrown after the connection was opened, the transaction was rolled
 * back: the database holds what it held before.
 */
public final class DatabaseLoadException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What went wrong, so that a caller can tell a bad dataset from an unreachable database. */
    public enum Reason {
        /**
         * The directory holds no dataset, no relational files, or a file the manifest lists is missing or was
         * modified (its SHA-256 differs); nothing was sent to the database.
         */
        DATASET,
        /**
         * The database cannot be reached: a malformed JDBC URL, no driver for it on the class path, a refused
         * connection, failed authentication, or a database this loader does not load into.
         */
        CONNECTION,
        /** The user may not create the schema or tables, or write to them. */
        PERMISSION,
        /** The tables exist but their columns or types are not the dataset's. */
        SCHEMA_MISMATCH,
        /**
         * The tables already hold rows: of another dataset, of overlapping records of this one, or rows this loader
         * did not load; {@link DatabaseLoader#replaceExisting(boolean)} replaces them.
         */
        EXISTING_ROWS,
        /** A row violates a constraint (primary key, foreign key, NOT NULL, CHECK) or cannot be converted. */
        CONSTRAINT,
        /** A table's row count after the load is not the manifest's record count. */
        COUNT_MISMATCH,
        /** Any other database error while loading. */
        DATABASE
    }

    private final Reason reason;

    /** An exception for {@code reason} with the message {@code message}. */
    public DatabaseLoadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** An exception for {@code reason} with the message {@code message}, caused by {@code cause}. */
    public DatabaseLoadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /**
     * Whether the problem is the dataset or its rows ({@link Reason#DATASET}, {@link Reason#SCHEMA_MISMATCH},
     * {@link Reason#EXISTING_ROWS}, {@link Reason#CONSTRAINT}, {@link Reason#COUNT_MISMATCH}) rather than the database
     * or the connection to it.
     */
    public boolean isDataProblem() {
        return switch (reason) {
            case DATASET, SCHEMA_MISMATCH, EXISTING_ROWS, CONSTRAINT, COUNT_MISMATCH -> true;
            case CONNECTION, PERMISSION, DATABASE -> false;
        };
    }
}
