package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code boundary-cases.*} files (docs/boundary-cases.md): the configuration's boundary cases, one customer each,
 * in case order. The cases are not records of the dataset, but the writer goes index by index: case {@code k} is
 * written with dataset index {@code k}, and the cases past the dataset's last index with that index, so every shard
 * of a range writes the cases of its indices and merged shards hold them all, in order. The CSV is the customers'
 * with the case's id and what it tests first.
 */
public final class BoundaryCasePart implements DatasetPart<CustomerProfile> {

    private final BoundaryCaseGenerator cases;
    private final long count;
    private final CsvColumns<CustomerProfile> csv;

    public BoundaryCasePart(DatasetGenerator generator) {
        this.cases = new BoundaryCaseGenerator(generator.config(), generator.seed());
        this.count = generator.count();
        CsvColumns<CustomerProfile> customers = new CustomerPart(generator).csvColumns();
        CsvColumns.Builder<CustomerProfile> b = CsvColumns.<CustomerProfile>builder()
                .add("boundary_case", c -> c.boundaryCase().id())
                .add("tests", c -> c.boundaryCase().tests());
        for (int i = 0; i < customers.names().size(); i++) {
            b.add(customers.names().get(i), customers.values().get(i));
        }
        this.csv = b.build();
    }

    @Override
    public String name() {
        return Part.BOUNDARY_CASES.id();
    }

    @Override
    public List<CustomerProfile> recordsFor(long index) {
        int n = cases.count();
        if (index >= n) {
            return List.of();
        }
        int last = index == count - 1 ? n : (int) index + 1;
        List<CustomerProfile> out = new ArrayList<>(last - (int) index);
        for (int k = (int) index; k < last; k++) {
            out.add(cases.customer(k));
        }
        return out;
    }

    @Override
    public CsvColumns<CustomerProfile> csvColumns() {
        return csv;
    }
}
