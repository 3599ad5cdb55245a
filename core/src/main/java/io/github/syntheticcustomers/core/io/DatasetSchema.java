package io.github.syntheticcustomers.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Schemas (draft 2020-12) of the JSON files a dataset directory holds, written next to them as
 * {@code <name>.schema.json} with every dataset and shipped in this jar. Each is generated from the record
 * type Jackson writes (a test keeps the shipped text equal to the generator's output), so a schema says
 * exactly what a file holds: property names, types, which values may be null, no other properties.
 *
 * <ul>
 *   <li>{@link #CUSTOMERS}, {@link #SCENARIOS}, {@link #ENGAGEMENT_STEPS}, {@link #EVENTS}: one record: an element
 *       of the part's {@code .json} array, or one line of its {@code .jsonl} file;</li>
 *   <li>{@link #MANIFEST}: {@code manifest.json};</li>
 *   <li>{@link #QUALITY}: {@code quality.json}, written by {@code check} and {@code report};</li>
 *   <li>{@link #ANALYSIS}: {@code analysis.json}, written by {@code report}.</li>
 * </ul>
 *
 * <p>Vocabulary is configuration, so ids such as persona types, steps and phases are strings, not enums;
 * closed sets of the product itself (tiers, loading stages, check statuses) are enums. CSV files have no
 * schema (their header names the columns), nor do the FHIR files, whose shape is HL7's.
 */
public enum DatasetSchema {
    /** One customer ({@code customers.json} element, {@code customers.jsonl} line). */
    CUSTOMERS("customers", "Customer", "One customer: an element of customers.json or a line of customers.jsonl.", true),
    /** One test scenario ({@code scenarios.json} element, {@code scenarios.jsonl} line). */
    SCENARIOS("scenarios", "Scenario",
            "One test scenario: an element of scenarios.json or a line of scenarios.jsonl.", true),
    /** One engagement step ({@code engagement-steps.json} element, {@code engagement-steps.jsonl} line). */
    ENGAGEMENT_STEPS("engagement-steps", "Engagement step",
            "One engagement step: an element of engagement-steps.json or a line of engagement-steps.jsonl.", true),
    /** One timeline event ({@code events.json} element, {@code events.jsonl} line). */
    EVENTS("events", "Timeline event", "One event of a customer's timeline: an element of events.json or a line of"
            + " events.jsonl.", true),
    /** One boundary case's customer ({@code boundary-cases.json} element, {@code boundary-cases.jsonl} line). */
    BOUNDARY_CASES("boundary-cases", "Boundary case", "One boundary case's customer, tagged with what it tests: an"
            + " element of boundary-cases.json or a line of boundary-cases.jsonl.", true),
    /** {@code manifest.json}. */
    MANIFEST("manifest", "Manifest",
            "manifest.json: the inputs of a dataset and every data file's records, size and SHA-256.", false),
    /** {@code quality.json}. */
    QUALITY("quality", "Quality report", "quality.json: the quality checks' results.", false),
    /** {@code analysis.json}. */
    ANALYSIS("analysis", "Analysis", "analysis.json: the measures report.html shows.", false);

    /** Where the schemas' {@code $id}s start; an identifier, not a download location. */
    public static final String ID_BASE = "https://github.com/syntheticcustomers/synthetic-customers/schemas/";

    private static final String SUFFIX = ".schema.json";

    private final String name;
    private final String title;
    private final String description;
    /** Whether it describes one record of the part of its name (written only with that part's JSON files). */
    private final boolean ofRecords;

    DatasetSchema(String name, String title, String description, boolean ofRecords) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.ofRecords = ofRecords;
    }

    /** The file name, e.g. {@code customers.schema.json}. */
    public String fileName() {
        return name + SUFFIX;
    }

    /** The schema's {@code $id}: {@link #ID_BASE} and the file name. */
    public String id() {
        return ID_BASE + fileName();
    }

    /** The schema's {@code title}. */
    public String title() {
        return title;
    }

    /** The schema's {@code description}: what it describes. */
    public String description() {
        return description;
    }

    /** The schema text as shipped (UTF-8). */
    public byte[] bytes() {
        String resource = "schemas/" + fileName();
        try (InputStream in = DatasetSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource + " beside " + DatasetSchema.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The schemas a dataset of {@code files} is published with, in this enum's order: each part's written as JSON or
     * JSON Lines (CSV and FHIR have none), the manifest's, and those of {@code quality.json} and {@code analysis.json}.
     */
    public static List<DatasetSchema> describing(List<Manifest.FileEntry> files) {
        List<DatasetSchema> schemas = new ArrayList<>();
        for (DatasetSchema s : values()) {
            if (!s.ofRecords || files.stream().anyMatch(f -> f.part().equals(s.name) && (f.format().equals(Format.JSON.id())
                    || f.format().equals(Format.JSONL.id())))) {
                schemas.add(s);
            }
        }
        return List.copyOf(schemas);
    }

    /** The schema whose file is {@code fileName}, or null. */
    public static DatasetSchema ofFile(String fileName) {
        for (DatasetSchema s : values()) {
            if (s.fileName().equals(fileName.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
