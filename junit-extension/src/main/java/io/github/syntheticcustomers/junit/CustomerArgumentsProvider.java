package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Feeds {@link CustomerSource}: the matching customers, each named by id, persona and risk level; followed by the
 * customer's timeline when the test's second parameter is an unqualified {@link CustomerTimeline} (a source's
 * arguments are positional, so the timeline can only be the argument after the customer).
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

    @Override
    DatasetCache.Need need(ExtensionContext context) {
        return wantsTimeline(context) ? DatasetCache.Need.TIMELINES : DatasetCache.Need.CUSTOMERS;
    }

    @Override
    Function<CustomerProfile, Object[]> companions(ExtensionContext context, SyntheticDataset dataset) {
        if (!wantsTimeline(context)) {
            return super.companions(context, dataset);
        }
        Map<String, CustomerTimeline> byCustomer = new HashMap<>();
        for (CustomerTimeline timeline : dataset.timelines()) {
            byCustomer.put(timeline.customerId(), timeline);
        }
        return c -> {
            CustomerTimeline timeline = byCustomer.get(c.id());
            return new Object[] {Named.of(timelineName(timeline), timeline)};
        };
    }

    /** E.g. {@code 42 events}: the timeline's part of the invocation's display name. */
    static String timelineName(CustomerTimeline timeline) {
        int events = timeline.events().size();
        return events + (events == 1 ? " event" : " events");
    }

    /** Whether the test method's second parameter is an unqualified {@link CustomerTimeline}. */
    private static boolean wantsTimeline(ExtensionContext context) {
        Method method = context.getTestMethod().orElse(null);
        if (method == null || method.getParameterCount() < 2) {
            return false;
        }
        Parameter second = method.getParameters()[1];
        return second.getType() == CustomerTimeline.class && !second.isAnnotationPresent(Persona.class)
                && !second.isAnnotationPresent(RiskLevel.class) && !second.isAnnotationPresent(ScenarioType.class)
                && !second.isAnnotationPresent(CustomerIndex.class) && !second.isAnnotationPresent(Cohort.class);
    }
}
