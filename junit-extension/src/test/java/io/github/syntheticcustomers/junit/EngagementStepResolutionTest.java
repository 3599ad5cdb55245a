package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Engagement steps: injection of a list or one step, @Persona, @RiskLevel, @ScenarioType, @CustomerIndex, the pick. */
class EngagementStepResolutionTest {

    private static final SyntheticDataset EXPECTED = SyntheticDataset.of(ConfigLoader.defaults(), 23, 50);

    /** The ids of the steps whose customer's scenario has this type and persona. */
    private static List<String> stepIds(String scenarioType, String persona) {
        Set<String> customers = EXPECTED.scenarios(s -> (scenarioType == null || s.scenarioType().equals(scenarioType))
                && (persona == null || s.user().personaType().equals(persona)))
                .stream().map(TestScenario::customerId).collect(Collectors.toSet());
        return EXPECTED.engagementSteps(s -> customers.contains(s.customerId())).stream().map(EngagementStep::id).toList();
    }

    private static String ids(List<EngagementStep> steps) {
        return steps.stream().map(EngagementStep::id).collect(Collectors.joining(","));
    }

    @SyntheticCustomers(seed = 23, count = 50)
    static class Steps {
        @Test
        void all(List<EngagementStep> steps, SyntheticDataset dataset, TestReporter reporter) {
            assertThrows(UnsupportedOperationException.class, () -> steps.remove(0));
            assertTrue(steps == dataset.engagementSteps(), "the dataset's own list, generated once");
            reporter.publishEntry("all", ids(steps));
        }

        @Test
        void qualified(@Persona("healthcare_professional") List<EngagementStep> professionals,
                @ScenarioType("returning_user") List<EngagementStep> returning,
                @ScenarioType("returning_user") @Persona("healthcare_professional") List<EngagementStep> both,
                @RiskLevel("low") List<EngagementStep> low, TestReporter reporter) {
            reporter.publishEntry("professionals", ids(professionals));
            reporter.publishEntry("returning", ids(returning));
            reporter.publishEntry("both", ids(both));
            reporter.publishEntry("low", ids(low));
        }

        @Test
        void single(@CustomerIndex(2) EngagementStep third, @ScenarioType("returning_user") @CustomerIndex(0)
                EngagementStep firstReturning, EngagementStep picked, EngagementStep pickedAgain, TestReporter reporter) {
            reporter.publishEntry("third", third.id());
            reporter.publishEntry("firstReturning", firstReturning.id());
            reporter.publishEntry("picked", picked.id() + "," + pickedAgain.id());
        }
    }

    @Test
    void resolvesStepsWithTheirQualifiers() {
        var results = run(Steps.class);
        assertAllSucceeded(results, 3);
        List<EngagementStep> all = EXPECTED.engagementSteps();
        assertEquals(ids(all), reportedOnce(results, "all"));
        assertTrue(all.size() > 50, "several steps per customer");

        List<String> professionals = stepIds(null, "healthcare_professional");
        List<String> returning = stepIds("returning_user", null);
        List<String> both = stepIds("returning_user", "healthcare_professional");
        assertTrue(!professionals.isEmpty() && !returning.isEmpty() && professionals.size() < all.size(),
                "the qualifiers narrow: " + professionals.size() + ", " + returning.size() + " of " + all.size());
        assertEquals(String.join(",", professionals), reportedOnce(results, "professionals"));
        assertEquals(String.join(",", returning), reportedOnce(results, "returning"));
        assertEquals(String.join(",", both), reportedOnce(results, "both"));
        Set<String> lowCustomers = EXPECTED.customers(c -> c.riskLevel().equals("low")).stream()
                .map(c -> c.id()).collect(Collectors.toSet());
        assertEquals(ids(EXPECTED.engagementSteps(s -> lowCustomers.contains(s.customerId()))),
                reportedOnce(results, "low"));

        assertEquals(all.get(2).id(), reportedOnce(results, "third"));
        assertEquals(returning.get(0), reportedOnce(results, "firstReturning"));
    }

    @Test
    void anUnqualifiedStepIsADeterministicPick() {
        String first = reportedOnce(run(Steps.class), "picked");
        assertEquals(first, reportedOnce(run(Steps.class), "picked"), "same seed, same steps");
        String[] two = first.split(",");
        assertTrue(EXPECTED.engagementSteps().stream().anyMatch(s -> s.id().equals(two[0])), first);
        String other = reportedOnce(run(Steps.class, "synthetic-customers.seed.override", "24"), "picked");
        assertTrue(!other.equals(first), "another seed draws other steps: " + other);
    }

    @SyntheticCustomers(seed = 23, count = 50)
    static class IndexedSteps {
        @Test
        void test(@CustomerIndex(0) List<EngagementStep> steps) {
        }
    }

    @SyntheticCustomers(seed = 23, count = 50)
    static class OutOfRange {
        @Test
        void test(@CustomerIndex(100000) EngagementStep step) {
        }
    }

    @SyntheticCustomers(seed = 23, count = 50)
    static class UnknownType {
        @Test
        void test(@ScenarioType("tourist") EngagementStep step) {
        }
    }

    private static final String SUFFIX = " [synthetic-customers: seed 23 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.EngagementStepResolutionTest$%s), count 50, config built-in defaults;"
            + " reproduce with -Dsynthetic-customers.seed.override=23]";

    @Test
    void unsatisfiableStepParametersSayWhy() {
        assertEquals("@CustomerIndex applies only to a single CustomerProfile, TestScenario, EngagementStep or"
                + " CustomerTimeline, not to a List (parameter 0 of IndexedSteps.test())" + String.format(SUFFIX, "IndexedSteps"),
                onlyFailure(run(IndexedSteps.class)).getMessage());
        assertEquals("@CustomerIndex(100000) is outside the " + EXPECTED.engagementSteps().size() + " engagement steps"
                + " with any persona and risk level (parameter 0 of OutOfRange.test())" + String.format(SUFFIX, "OutOfRange"),
                onlyFailure(run(OutOfRange.class)).getMessage());
        assertEquals("Unknown scenario type 'tourist'; the configuration defines: first_time_user, returning_user,"
                + " lapsed_user, life_transition, risk_follow_up (parameter 0 of UnknownType.test())"
                + String.format(SUFFIX, "UnknownType"), onlyFailure(run(UnknownType.class)).getMessage());
    }
}
