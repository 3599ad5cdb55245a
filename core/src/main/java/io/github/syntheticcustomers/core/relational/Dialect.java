package io.github.syntheticcustomers.core.relational;

/** The SQL dialects the relational format's DDL is written in. */
public enum Dialect {
    /** PostgreSQL: {@code JSONB} for lists and maps, {@code COPY}-ready CSV. */
    POSTGRESQL("postgresql"),
    /** What H2 and DuckDB both accept: lists and maps as JSON text in {@code VARCHAR}. */
    PORTABLE("portable");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /** The id used in file names and options, e.g. {@code postgresql}. */
    public String id() {
        return id;
    }
}
