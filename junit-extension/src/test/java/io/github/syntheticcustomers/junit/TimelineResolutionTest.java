package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Timelines and events: {@code List<CustomerTimeline>}, {@code CustomerTimeline}, {@code List<EngagementEvent>} with
 * their qualifiers, the customer's timeline next to {@link CustomerSource}'s customer, and the cache charging them.
 * The records are compared with core's ({@code SyntheticDataset.timelines()}/{@code events()}), so these tests hold
 * whatever events the timeline model writes.
 */
class TimelineResolutionTest {

    static final SyntheticDataset EXPECTED = SyntheticDataset.of(ConfigLoader.defaults(), 19, 30);

    private static String customers(List<CustomerTimeline> timelines) {
        return timelines.stream().map(CustomerTimeline::customerId).collect(Collectors.joining(","));
    }

    private static Set<String> ids(List<CustomerProfile> customers) {
        return customers.stream().map(CustomerProfile::id).collect(Collectors.toSet());
    }

    @SyntheticCustomers(seed = 19, count = 30)
    static class Timelines {
        @Test
        void all(List<CustomerTimeline> timelines, List<EngagementEvent> events, SyntheticDataset dataset,
                TestReporter reporter) {
            assertThrows(UnsupportedOperationException.class, () -> timelines.remove(0));
            assertThrows(UnsupportedOperationException.class, () -> events.remove(0));
            assertTrue(timelines == dataset.timelines(), "the dataset's own list, generated once");
            assertTrue(events == dataset.events(), "the dataset's own list, built once");
            reporter.publishEntry("timelines", customers(timelines));
            reporter.publishEntry("equal", timelines.equals(EXPECTED.timelines()) + "/" + events.equals(EXPECTED.events()));
        }

        @Test
        void qualified(@Persona("healthcare_professional") List<CustomerTimeline> professionals,
                @RiskLevel("moderate") List<EngagementEvent> moderate, TestReporter reporter) {
            reporter.publishEntry("professionals", customers(professionals));
            reporter.publishEntry("moderate", moderate.stream().map(EngagementEvent::eventId)
                    .collect(Collectors.joining(",")));
        }

        @Test
        void single(@CustomerIndex(3) CustomerTimeline fourth,
                @Persona("overlooked_risk_group") @CustomerIndex(0) CustomerTimeline firstOverlooked,
                CustomerTimeline picked, CustomerTimeline pickedAgain, TestReporter reporter) {
            reporter.publishEntry("single", fourth.customerId() + "/" + firstOverlooked.customerId());
            reporter.publishEntry("picked", picked.customerId() + "/" + pickedAgain.customerId());
        }
    }

    @Test
    void resolvesTimelinesAndEventsAsCoreGeneratesThem() {
        EngineExecutionResults results = run(Timelines.class);
        assertAllSucceeded(results, 3);
        assertEquals(customers(EXPECTED.timelines()), reportedOnce(results, "timelines"));
        assertEquals("true/true", reportedOnce(results, "equal"));

        Set<String> professionals = ids(EXPECTED.customers(c -> c.personaType().equals("healthcare_professional")));
        assertEquals(customers(EXPECTED.timelines(t -> professionals.contains(t.customerId()))),
                reportedOnce(results, "professionals"));
        Set<String> moderate = ids(EXPECTED.customers(c -> c.riskLevel().equals("moderate")));
        List<EngagementEvent> moderateEvents = EXPECTED.events().stream()
                .filter(e -> moderate.contains(e.customerId())).toList();
        assertTrue(!moderateEvents.isEmpty() && moderateEvents.size() < EXPECTED.events().size(),
                "some events, not all: " + moderateEvents.size());
        assertEquals(moderateEvents.stream().map(EngagementEvent::eventId).collect(Collectors.joining(",")),
                reportedOnce(results, "moderate"), "customer by customer, each in time order");

        String firstOverlooked = EXPECTED.customers(c -> c.personaType().equals("overlooked_risk_group")).get(0).id();
        assertEquals("cus-000004/" + firstOverlooked, reportedOnce(results, "single"));
        String[] picked = reportedOnce(results, "picked").split("/");
        assertEquals(List.of(picked[0], picked[1]), List.of(reported(run(Timelines.class), "picked").get(0).split("/")),
                "the same picks on every run");
    }

    @SyntheticCustomers(seed = 19, count = 30)
    static class Sourced {
        @ParameterizedTest
        @CustomerSource(limit = 4)
        void withTimeline(CustomerProfile customer, CustomerTimeline timeline, TestReporter reporter) {
            reporter.publishEntry("pair", customer.id() + "/" + timeline.customerId() + "/" + timeline.equals(
                    EXPECTED.timelines().get(Integer.parseInt(customer.id().substring(4)) - 1)));
        }

        @ParameterizedTest
        @CustomerSource(persona = "healthcare_professional", limit = 2)
        void withTimelineAndMore(CustomerProfile customer, CustomerTimeline timeline,
                @RiskLevel("low") List<CustomerTimeline> low, TestReporter reporter) {
            reporter.publishEntry("more", customer.personaType() + "/" + timeline.customerId().equals(customer.id())
                    + "/" + low.size());
        }

        @ParameterizedTest
        @CustomerSource(limit = 1)
        void customerOnly(CustomerProfile customer, TestReporter reporter) {
            reporter.publishEntry("only", customer.id());
        }
    }

    @Test
    void customerSourceFeedsEachCustomersTimelineWhenTheTestDeclaresIt() {
        EngineExecutionResults results = run(Sourced.class);
        assertAllSucceeded(results, 4 + 2 + 1);
        assertEquals(List.of("cus-000001/cus-000001/true", "cus-000002/cus-000002/true", "cus-000003/cus-000003/true",
                "cus-000004/cus-000004/true"), reported(results, "pair"));
        long low = EXPECTED.customers(c -> c.riskLevel().equals("low")).size();
        assertEquals(List.of("healthcare_professional/true/" + low, "healthcare_professional/true/" + low),
                reported(results, "more"));
        assertEquals(List.of("cus-000001"), reported(results, "only"));

        List<String> names = results.testEvents().started().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("withTimeline(")).map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).toList();
        CustomerProfile first = EXPECTED.customer(0);
        int events = EXPECTED.timelines().get(0).events().size();
        assertEquals("[1] " + first.id() + " " + first.personaType() + " " + first.riskLevel() + ", " + events
                + (events == 1 ? " event" : " events"), names.get(0));
    }

    private static final String SUFFIX = " [synthetic-customers: seed 19 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.TimelineResolutionTest$%s), count 30, config built-in defaults;"
            + " reproduce with -Dsynthetic-customers.seed.override=19]";

    @SyntheticCustomers(seed = 19, count = 30)
    static class IndexedTimelines {
        @Test
        void test(@CustomerIndex(1) List<CustomerTimeline> timelines) {
        }
    }

    @SyntheticCustomers(seed = 19, count = 30)
    static class TypedTimeline {
        @Test
        void test(@ScenarioType("returning_user") CustomerTimeline timeline) {
        }
    }

    @SyntheticCustomers(seed = 19, count = 30)
    static class TimelineOutOfRange {
        @Test
        void test(@CustomerIndex(30) CustomerTimeline timeline) {
        }
    }

    @Test
    void unsatisfiableTimelineParametersSayWhy() {
        assertEquals("@CustomerIndex applies only to a single CustomerProfile, TestScenario, EngagementStep or"
                + " CustomerTimeline, not to a List (parameter 0 of IndexedTimelines.test())"
                + String.format(SUFFIX, "IndexedTimelines"), onlyFailure(run(IndexedTimelines.class)).getMessage());
        assertEquals("@ScenarioType applies only to a TestScenario, EngagementStep or a List of them, not to"
                + " CustomerTimeline (parameter 0 of TypedTimeline.test())" + String.format(SUFFIX, "TypedTimeline"),
                onlyFailure(run(TypedTimeline.class)).getMessage());
        assertEquals("@CustomerIndex(30) is outside the 30 timelines with any persona and risk level"
                + " (parameter 0 of TimelineOutOfRange.test())" + String.format(SUFFIX, "TimelineOutOfRange"),
                onlyFailure(run(TimelineOutOfRange.class)).getMessage());
    }

    @SyntheticCustomers(seed = 19, count = 20)
    static class CustomersOnly {
        @Test
        void test(List<CustomerProfile> customers) {
        }
    }

    @SyntheticCustomers(seed = 19, count = 20)
    static class WithEvents {
        @Test
        void test(List<EngagementEvent> events) {
        }
    }

    @Test
    void timelinesAreChargedToTheCacheBudgetOnTopOfTheCustomers() {
        // 20 customers: 46 000 bytes, within 64 kB; their timelines' estimate comes on top
        long perTimeline = DatasetCache.timelineBytesPerCustomer(SyntheticDataset.of(ConfigLoader.defaults(), 19, 20));
        assertTrue(20 * (2_300 + perTimeline) > 64 * 1024, "the estimate exceeds the budget: " + perTimeline);
        assertAllSucceeded(run(CustomersOnly.class, SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME, "64k"), 1);
        Throwable failure = onlyFailure(run(WithEvents.class, SyntheticCustomers.CACHE_MAX_BYTES_PROPERTY_NAME, "64k"));
        assertEquals("The dataset of seed 19 and count 20 for test"
                + " io.github.syntheticcustomers.junit.TimelineResolutionTest$WithEvents#test needs about "
                + DatasetCache.size(20 * (2_300 + perTimeline)) + " of heap (20 customers at an estimated 2.2 kB for a"
                + " customer and " + DatasetCache.size(perTimeline) + " for its timeline), more than the dataset cache's"
                + " budget of 64.0 kB (synthetic-customers.cache.max-bytes=64k); use a smaller count, or raise"
                + " synthetic-customers.cache.max-bytes and the test JVM's -Xmx", failure.getMessage());
    }
}
