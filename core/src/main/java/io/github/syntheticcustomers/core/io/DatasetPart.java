package io.github.syntheticcustomers.core.io;

import java.util.List;

/**
 * One kind of record in the dataset (customers, scenarios, engagement steps): its file base name and
 * the records that belong to index {@code i} of the dataset (usually one; engagement steps give one per
 * journey step reached). {@link DatasetWriter} writes every part with the same code.
 *
 * @param <T> the record type
 */
public interface DatasetPart<T> {

    /** File base name, e.g. {@code customers} for {@code customers.json}. */
    String name();

    /** The records of dataset index {@code index}, in output order. Must be safe to call from any thread. */
    List<T> recordsFor(long index);

    /** The CSV view, or null when this part has no CSV form. */
    default CsvColumns<T> csvColumns() {
        return null;
    }

    /**
     * Whether this part is written in {@code format}: by default JSON, JSON Lines, and CSV when it has a CSV view.
     * The {@link Format#RELATIONAL} tables are parts of their own (the relational package's table parts). {@link Format#FHIR} parts come from another module ({@link io.github.syntheticcustomers.core.spi.FormatParts})
     * and say so themselves; their records are encoded lines ({@code String}).
     */
    default boolean supports(Format format) {
        return Format.builtIn().contains(format) && format != Format.RELATIONAL
                && (format != Format.CSV || csvColumns() != null);
    }
}
