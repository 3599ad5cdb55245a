package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Feeds {@link CustomerSource}: the matching customers of the test's dataset, each wrapped in a
 * {@link Named} whose name (id, persona, risk level) becomes the invocation's display name.
 */
final class CustomerArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<CustomerSource> {

    private CustomerSource source;

    @Override
    public void accept(CustomerSource annotation) {
        this.source = annotation;
    }

    /**
     * The one-argument form is the one every JUnit from 5.10 on calls (5.13+ through its two-argument
     * default). The work happens lazily, when JUnit consumes the stream: 5.13+ would otherwise replace any
     * exception thrown here with a generic "does not override" message.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Stream.of(context).flatMap(this::arguments);
    }

    private Stream<Arguments> arguments(ExtensionContext context) {
        DatasetSettings settings = DatasetSettings.of(context);
        if (source.limit() < 0) {
            throw new ExtensionConfigurationException("@CustomerSource limit must be 0 (all) or positive but was: "
                    + source.limit() + settings.suffix());
        }
        CustomerFilter filter = CustomerFilter.of(source.persona(), source.riskLevel());
        SyntheticDataset dataset = DatasetStore.dataset(context, settings);
        List<CustomerProfile> matching;
        try {
            matching = filter.apply(dataset);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@CustomerSource: " + e.getMessage() + settings.suffix());
        }
        if (matching.isEmpty()) {
            throw new ExtensionConfigurationException("@CustomerSource: no customer with " + filter.describe()
                    + " among the " + dataset.count() + " customers of the dataset" + settings.suffix());
        }
        Stream<CustomerProfile> customers = matching.stream();
        if (source.limit() > 0) {
            customers = customers.limit(source.limit());
        }
        return customers.map(c -> Arguments.of(Named.of(displayName(c), c)));
    }

    /** E.g. {@code cus-000003 healthcare_professional low}. */
    static String displayName(CustomerProfile customer) {
        return customer.id() + " " + customer.personaType() + " " + customer.riskLevel();
    }
}
