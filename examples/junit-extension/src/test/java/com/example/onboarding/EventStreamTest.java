package com.example.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.junit.CustomerSource;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The product's event stream, as an analytics pipeline receives it: one timeline per customer. */
@SyntheticCustomers(seed = 42, count = 200)
class EventStreamTest {

    @Test
    void eventsComeCustomerByCustomerEachInTimeOrder(List<EngagementEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            EngagementEvent previous = events.get(i - 1);
            EngagementEvent event = events.get(i);
            if (event.customerId().equals(previous.customerId())) {
                assertFalse(event.timestamp().isBefore(previous.timestamp()), event.eventId());
            } else {
                assertTrue(event.customerId().compareTo(previous.customerId()) > 0, event.eventId());
            }
        }
    }

    @ParameterizedTest
    @CustomerSource(persona = "healthcare_professional", limit = 5)
    void everyEventOfATimelineIsItsCustomers(CustomerProfile customer, CustomerTimeline timeline) {
        for (EngagementEvent event : timeline.events()) {
            assertEquals(customer.id(), event.customerId(), event.eventId());
            assertEquals(timeline.zone().getId(), event.timeZone(), event.eventId());
        }
    }
}
