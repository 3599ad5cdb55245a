package io.github.syntheticcustomers.core.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


/** Output formats of the dataset files. */
public enum Format {
    /** One pretty-printed JSON array per file (two-space indent, LF). */
    JSON("json", "json"),
    /** JSON Lines: one compact record per line, streamed. */
    JSONL("jsonl", "jsonl"),
    /** A flat summary of each part, one row per record with a header row, streamed. */
    CSV("csv", "csv"),
    /**
     * HL7 FHIR R4 resources as Bulk Data NDJSON, one file per resource type ({@code Patient.ndjson}, ...), streamed.
     * Written by the {@code synthetic-customers-fhir} module, which the plugin and the command line include.
     */
    FHIR("fhir", "ndjson", "fhir"),
    /**
     * One FHIR R4 transaction Bundle per customer, one per line of {@code Bundle.ndjson}: the customer's resources
     * (those {@link #FHIR} writes) as {@code PUT}s, ready to POST to a server's base URL. Written by the
     * {@code synthetic-customers-fhir} module.
     */
    FHIR_BUNDLE("fhir-bundle", "ndjson", "fhir"),
    /**
     * A normalised relational schema (docs/relational.md): one COPY-ready CSV file per table ({@code table-customers.csv},
     * {@code table-measurements.csv}, ...), with the tables' description, their DDL for PostgreSQL and for H2 and
     * DuckDB, and a {@code psql} load script. Values are written exactly as the JSON files hold them.
     */
    RELATIONAL("relational", "csv");

    private final String id;
    private final String extension;
    private final String module;

    Format(String id, String extension) {
        this(id, extension, null);
    }

    Format(String id, String extension, String module) {
        this.id = id;
        this.extension = extension;
        this.module = module;
    }

    /** The id that parameters, options and the manifest use, e.g. {@code jsonl} or {@code fhir}. */
    public String id() {
        return id;
    }

    /** The file name extension, e.g. {@code jsonl} or {@code ndjson}. */
    public String extension() {
        return extension;
    }

    /**
     * The name of the module that writes this format, {@code fhir} for {@code synthetic-customers-fhir}; empty for
     * the formats core writes itself ({@link #builtIn()}).
     */
    public Optional<String> module() {
        return Optional.ofNullable(module);
    }

    /** The formats core writes itself: JSON, JSON Lines, CSV and relational (the FHIR formats need the FHIR module). */
    public static Set<Format> builtIn() {
        return BUILT_IN;
    }

    private static final Set<Format> BUILT_IN = Set.copyOf(
            Arrays.stream(values()).filter(f -> f.module == null).toList());

    /**
     * Parses a comma-separated list such as {@code "json,jsonl"} (case-insensitive, blanks ignored).
     *
     * @param property the parameter or property name used in the error message
     */
    public static Set<Format> parseList(String property, String text) {
        return IdList.parse(Format.class, Format::id, "format", "output format", null, allowedText(), property,
                text);
    }

    /** One format by its id. */
    public static Format parse(String property, String name) {
        return IdList.one(Format.class, Format::id, "format", allowedText(), property, name);
    }

    private static String allowedText() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")) + " (comma-separated)";
    }
}
