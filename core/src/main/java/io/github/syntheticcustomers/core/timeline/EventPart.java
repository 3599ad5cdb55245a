package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import java.util.List;

/**
 * The {@code events.*} files: for dataset index {@code i}, every event of customer {@code i}'s timeline, in time
 * order ({@link DatasetGenerator#events(long)}; docs/timeline-model.md). Not in the default selection of parts
 * ({@link io.github.syntheticcustomers.core.io.Part#defaults()}): the file is many times the size of the others.
 *
 * <p>The CSV has one row per event; {@code properties} is one cell holding the event's properties as a compact JSON
 * object, keys in the record's order, numbers as the JSON files write them, so every CSV reader gets the same
 * columns whatever the event's type, and the cell parses back to the JSON files' {@code properties}. The cell starts
 * with <code>{</code>, which no spreadsheet takes for a formula, and is quoted as any cell holding quotes or commas.
 */
public final class EventPart implements DatasetPart<EngagementEvent> {

    /** File base name. */
    public static final String NAME = "events";

    private static final CsvColumns<EngagementEvent> CSV = CsvColumns.<EngagementEvent>builder()
            .add("event_id", EngagementEvent::eventId)
            .add("customer_id", EngagementEvent::customerId)
            .add("session_id", EngagementEvent::sessionId)
            .add("timestamp", EngagementEvent::timestamp)
            .add("time_zone", EngagementEvent::timeZone)
            .add("type", EngagementEvent::type)
            .add("properties", e -> DatasetWriter.jsonLine(e.properties()))
            .build();

    private final DatasetGenerator generator;

    public EventPart(DatasetGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<EngagementEvent> recordsFor(long index) {
        return generator.events(index);
    }

    @Override
    public CsvColumns<EngagementEvent> csvColumns() {
        return CSV;
    }

    /**
     * The id of the event at 1-based {@code position} of the timeline of dataset index {@code index}:
     * {@code evt-000001-000001}, the customer's number and the position, each at least six digits.
     */
    public static String eventId(long index, int position) {
        return eventIdPrefix(index) + padded(position);
    }

    /** What the ids of every event of dataset index {@code index} start with: {@code evt-000001-}. */
    public static String eventIdPrefix(long index) {
        return "evt-" + padded(index + 1) + "-";
    }

    /** Decimal digits, zero-padded to at least six (locale-free). */
    private static String padded(long value) {
        String digits = Long.toString(value);
        return digits.length() >= 6 ? digits : "0".repeat(6 - digits.length()) + digits;
    }
}
