package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Feeds {@link CustomerSource}: the matching customers, each named by id, persona and risk level.
 */
final class CustomerArgumentsProvider extends DatasetArgumentsProvider<CustomerProfile>
        implements AnnotationConsumer<CustomerSource> {

    @Override
    public void accept(CustomerSource source) {
        configure("@CustomerSource", RecordFilter.of(source.persona(), source.riskLevel(), new String[0]),
                source.limit(), DatasetCache.Need.CUSTOMERS, RecordFilter::customers, CustomerArgumentsProvider::displayName);
    }

    /** E.g. {@code cus-000003 healthcare_professional low}. */
    static String displayName(CustomerProfile customer) {
        return customer.id() + " " + customer.personaType() + " " + customer.riskLevel();
    }
}
