package io.github.syntheticcustomers.core.relational;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The {@link Format#RELATIONAL relational} format's files, one dataset part per table: for dataset index {@code i},
 * the rows the records of index {@code i} of the table's part give, in the tables' order. The
 * {@link io.github.syntheticcustomers.core.io.DatasetWriter} writes them like any part, so each table's CSV file is
 * streamed in index order and listed in the manifest with its row count.
 */
public final class RelationalParts {

    private RelationalParts() {
    }

    /**
     * The table parts of the {@code selected} dataset parts, in foreign-key order.
     *
     * @throws ConfigException when the customers are not selected: every table refers to them
     */
    public static List<DatasetPart<?>> of(DatasetGenerator generator, Set<Part> selected) {
        return of(generator, selected, new EngagementStepPart(generator, ScenarioJourneys.of(generator)));
    }

    /**
     * As {@link #of(DatasetGenerator, Set)}, the {@code engagement_steps} table reading {@code steps} (the part that
     * also writes {@code engagement-steps.*}, whose per-thread memo then builds each customer's steps once).
     */
    public static List<DatasetPart<?>> of(DatasetGenerator generator, Set<Part> selected, EngagementStepPart steps) {
        if (!selected.contains(Part.CUSTOMERS)) {
            throw ConfigException.of("parts", "the relational format needs the customers part: every table refers"
                    + " to the customers table", String.join(",", selected.stream().map(Part::id).sorted().toList()),
                    "a list of parts with customers, or leave the format relational out");
        }
        List<DatasetPart<?>> parts = new ArrayList<>();
        for (MappedTable m : RelationalTables.ALL) {
            Part part = m.table().part();
            if (!selected.contains(part)) {
                continue;
            }
            LongFunction<List<?>> records = switch (part) {
                case CUSTOMERS -> i -> List.of(generator.customer(i));
                case SCENARIOS -> i -> List.of(generator.scenario(i));
                case ENGAGEMENT_STEPS -> steps::recordsFor;
                case EVENTS -> generator::events;
                case BOUNDARY_CASES -> throw new IllegalStateException("no table holds boundary cases");
            };
            parts.add(new TablePart(m, records));
        }
        return List.copyOf(parts);
    }

    /** One table's rows as a dataset part. */
    private static final class TablePart implements DatasetPart<List<Object>> {
        private final MappedTable table;
        private final LongFunction<List<?>> records;
        private final CsvColumns<List<Object>> columns;

        TablePart(MappedTable table, LongFunction<List<?>> records) {
            this.table = table;
            this.records = records;
            CsvColumns.Builder<List<Object>> b = CsvColumns.builder();
            for (int k = 0; k < table.table().columns().size(); k++) {
                int column = k;
                Function<List<Object>, Object> value = row -> row.get(column);
                b.add(table.table().columns().get(k).name(), value);
            }
            this.columns = b.build();
        }

        @Override
        public String name() {
            return table.table().partName();
        }

        @Override
        public List<List<Object>> recordsFor(long index) {
            List<List<Object>> rows = new ArrayList<>();
            for (Object record : records.apply(index)) {
                rows.addAll(table.rows().apply(record));
            }
            return rows;
        }

        @Override
        public CsvColumns<List<Object>> csvColumns() {
            return columns;
        }

        @Override
        public boolean supports(Format format) {
            return format == Format.RELATIONAL;
        }
    }
}
