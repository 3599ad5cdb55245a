package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Feeds {@link CohortSource}: the cohort's members, each named by id and cohort. */
final class CohortArgumentsProvider extends DatasetArgumentsProvider<CustomerProfile>
        implements AnnotationConsumer<CohortSource> {

    @Override
    public void accept(CohortSource source) {
        String cohort = source.value();
        configure("@CohortSource", RecordFilter.of(source.persona(), source.riskLevel(), new String[0],
                new String[] {cohort}), source.limit(), DatasetCache.Need.CUSTOMERS, RecordFilter::customers,
                c -> displayName(c, cohort));
    }

    /** E.g. {@code cus-000061 in avoiding_smokers}. */
    static String displayName(CustomerProfile customer, String cohort) {
        return customer.id() + " in " + cohort;
    }
}
