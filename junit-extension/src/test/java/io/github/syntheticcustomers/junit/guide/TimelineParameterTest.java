package io.github.syntheticcustomers.junit.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.junit.CustomerSource;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import org.junit.jupiter.params.ParameterizedTest;

/** The guide's junit-extension page: a customer and its own timeline in one parameterized test. */
@SyntheticCustomers(seed = 42, count = 500)
class TimelineParameterTest {

    // snippet-start customer-and-timeline
    @ParameterizedTest
    @CustomerSource(limit = 50)
    void theTimelineIsTheCustomers(CustomerProfile customer, CustomerTimeline timeline) {
        assertEquals(customer.id(), timeline.customerId());
        assertFalse(timeline.events().isEmpty(), customer.id());
        timeline.events().forEach(event -> assertEquals(customer.id(), event.customerId()));
    }
    // snippet-end customer-and-timeline
}
