package io.github.syntheticcustomers.core.relational;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The column types of the relational format, each derived from the Java type of the record component a column holds
 * ({@link #of(Class)}), with its name in PostgreSQL and in the portable DDL that H2 and DuckDB both accept.
 */
public enum SqlType {
    /** A string or a closed set's id. */
    TEXT("TEXT", "VARCHAR"),
    /** A whole number ({@code int}). */
    INTEGER("INTEGER", "INTEGER"),
    /** A whole number ({@code long}). */
    BIGINT("BIGINT", "BIGINT"),
    /** A number with decimals, exactly the JSON files' value. */
    DOUBLE("DOUBLE PRECISION", "DOUBLE PRECISION"),
    /** {@code true} or {@code false}. */
    BOOLEAN("BOOLEAN", "BOOLEAN"),
    /** An ISO date. */
    DATE("DATE", "DATE"),
    /** An instant, written in ISO-8601 UTC ({@code 2026-01-05T09:30:00Z}). */
    TIMESTAMP("TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE"),
    /**
     * A list or map, written as the JSON the {@code .jsonl} files hold for it: {@code JSONB} in PostgreSQL, text in the
     * portable DDL.
     */
    JSON("JSONB", "VARCHAR");

    private final String postgresql;
    private final String portable;

    SqlType(String postgresql, String portable) {
        this.postgresql = postgresql;
        this.portable = portable;
    }

    /** The type's name in {@code dialect}'s DDL. */
    public String name(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? postgresql : portable;
    }

    /** The lower-case id the tables' description uses, e.g. {@code text} or {@code timestamp}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of a column holding values of {@code type}: strings and enums are text, {@code int} integer, {@code long}
     * bigint, {@code double} double, dates and instants theirs, lists and maps JSON.
     *
     * @throws IllegalArgumentException for any other type: a record component the relational format cannot hold, so
     *     that a new kind of field is mapped on purpose
     */
    public static SqlType of(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return TEXT;
        }
        if (type == int.class || type == Integer.class) {
            return INTEGER;
        }
        if (type == long.class || type == Long.class) {
            return BIGINT;
        }
        if (type == double.class || type == Double.class) {
            return DOUBLE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == Instant.class) {
            return TIMESTAMP;
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return JSON;
        }
        throw new IllegalArgumentException("no column type for " + type.getName());
    }
}
