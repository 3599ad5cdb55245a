package io.github.syntheticcustomers.junit;

import static io.github.syntheticcustomers.junit.ExtensionTestKit.assertAllSucceeded;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.onlyFailure;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reported;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.reportedOnce;
import static io.github.syntheticcustomers.junit.ExtensionTestKit.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every resolvable parameter type and qualifier, and every way a parameter cannot be satisfied. */
class ParameterResolutionTest {

    private static final String PERSONAS = "health_aware_avoider, structured_system_seeker, balanced_life_integrator,"
            + " healthcare_professional, overlooked_risk_group";

    private static SyntheticDataset expected(long seed, long count) {
        return SyntheticDataset.of(ConfigLoader.defaults(), seed, count);
    }

    // ---------------------------------------------------------------- resolvable types

    @SyntheticCustomers(seed = 7, count = 40)
    static class AllTypes {
        @Test
        void dataset(SyntheticDataset dataset, TestReporter reporter) {
            reporter.publishEntry("dataset", dataset.seed() + "/" + dataset.count() + "/" + dataset.customers().size());
        }

        @Test
        void customers(List<CustomerProfile> customers, Collection<? extends CustomerProfile> same, TestReporter reporter) {
            assertThrows(UnsupportedOperationException.class, () -> customers.remove(0));
            reporter.publishEntry("customers", customers.get(0).id() + "/" + customers.size() + "/" + same.size());
        }

        @Test
        void customer(CustomerProfile customer, TestReporter reporter) {
            reporter.publishEntry("customer", customer.id());
        }

        @Test
        void persona(@Persona("healthcare_professional") CustomerProfile customer,
                @Persona({"healthcare_professional", "overlooked_risk_group"}) List<CustomerProfile> two,
                TestReporter reporter) {
            reporter.publishEntry("persona", customer.personaType() + "/" + two.size());
        }

        @Test
        void risk(@RiskLevel("moderate") CustomerProfile customer, @RiskLevel("moderate") List<CustomerProfile> all,
                TestReporter reporter) {
            reporter.publishEntry("risk", customer.riskLevel() + "/" + all.size());
        }

        @Test
        void both(@Persona("structured_system_seeker") @RiskLevel("low") @CustomerIndex(1) CustomerProfile customer,
                TestReporter reporter) {
            reporter.publishEntry("both", customer.id() + "/" + customer.personaType() + "/" + customer.riskLevel());
        }

        @Test
        void index(@CustomerIndex(0) CustomerProfile first, @CustomerIndex(39) CustomerProfile last, TestReporter reporter) {
            reporter.publishEntry("index", first.id() + "/" + last.id());
        }
    }

    @Test
    void resolvesEveryTypeAndQualifier() {
        SyntheticDataset expected = expected(7, 40);
        EngineExecutionResults results = run(AllTypes.class);
        assertAllSucceeded(results, 7);

        assertEquals("7/40/40", reportedOnce(results, "dataset"));
        assertEquals("cus-000001/40/40", reportedOnce(results, "customers"));
        assertTrue(reportedOnce(results, "customer").startsWith("cus-0000"));

        long professionals = expected.customers(c -> c.personaType().equals("healthcare_professional")).size();
        long overlooked = expected.customers(c -> c.personaType().equals("overlooked_risk_group")).size();
        assertEquals(6, professionals, "15% of 40");
        assertEquals("healthcare_professional/" + (professionals + overlooked), reportedOnce(results, "persona"));
        assertEquals("moderate/12", reportedOnce(results, "risk"), "29% of 40 is 11.6, allocated 12");

        CustomerProfile second = expected.customers(c -> c.personaType().equals("structured_system_seeker")
                && c.riskLevel().equals("low")).get(1);
        assertEquals(second.id() + "/structured_system_seeker/low", reportedOnce(results, "both"));
        assertEquals("cus-000001/cus-000040", reportedOnce(results, "index"));
    }

    @SyntheticCustomers(seed = 7, count = 40)
    static class Picks {
        @Test
        void a(CustomerProfile first, CustomerProfile second, TestReporter reporter) {
            reporter.publishEntry("pick", first.id() + "/" + second.id());
        }
    }

    @Test
    void theDefaultPickIsTheSameOnEveryRunAndDiffersPerParameter() {
        List<String> first = reported(run(Picks.class), "pick");
        List<String> second = reported(run(Picks.class), "pick");
        assertEquals(first, second);
        String[] ids = first.get(0).split("/");
        assertNotEquals(ids[0], ids[1], "two parameters, two different picks (for this seed)");
        assertNotEquals(first, reported(run(Picks.class, SyntheticCustomers.SEED_OVERRIDE_PROPERTY_NAME, "8"), "pick"),
                "another seed, other customers");
    }

    @SyntheticCustomers(seed = 3, count = 20)
    static class ConstructorAndLifecycle {
        private final SyntheticDataset dataset;
        private List<CustomerProfile> customers;

        ConstructorAndLifecycle(SyntheticDataset dataset) {
            this.dataset = dataset;
        }

        @BeforeEach
        void setUp(List<CustomerProfile> customers) {
            this.customers = customers;
        }

        @Test
        void same(SyntheticDataset dataset, TestReporter reporter) {
            assertSame(this.dataset, dataset, "one dataset per (seed, count, config) per run");
            assertSame(dataset.customers(), customers);
            reporter.publishEntry("lifecycle", dataset.seed() + "/" + customers.size());
        }
    }

    @Test
    void resolvesConstructorAndLifecycleParametersFromTheSameCachedDataset() {
        EngineExecutionResults results = run(ConstructorAndLifecycle.class);
        assertAllSucceeded(results, 1);
        assertEquals("3/20", reportedOnce(results, "lifecycle"));
    }

    @Test
    void injectsTheRecordsCoreGenerates() {
        EngineExecutionResults results = run(AllTypes.class);
        SyntheticDataset expected = expected(7, 40);
        CustomerProfile second = expected.customers(c -> c.personaType().equals("structured_system_seeker")
                && c.riskLevel().equals("low")).get(1);
        assertTrue(reportedOnce(results, "both").startsWith(second.id()));
        assertEquals(expected.customer(0), expected(7, 40).customer(0), "records are values: equal inputs, equal records");
    }

    // ---------------------------------------------------------------- unsatisfiable parameters

    private static final String SUFFIX = " [synthetic-customers: seed 5 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.ParameterResolutionTest$%s), count 10, config built-in defaults;"
            + " reproduce with -Dsynthetic-customers.seed.override=5]";

    @SyntheticCustomers(seed = 5, count = 10)
    static class UnknownPersona {
        @Test
        void test(@Persona("nobody") CustomerProfile customer) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class UnknownRiskLevel {
        @Test
        void test(@RiskLevel("extreme") List<CustomerProfile> customers) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class QualifiedString {
        @Test
        void test(@Persona("healthcare_professional") String name) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class UnsupportedModelList {
        @Test
        void test(List<io.github.syntheticcustomers.core.model.LifeEvent> events) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class QualifiedDataset {
        @Test
        void test(@RiskLevel("low") SyntheticDataset dataset) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class IndexedList {
        @Test
        void test(@CustomerIndex(2) List<CustomerProfile> customers) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class IndexOutOfRange {
        @Test
        void test(@Persona("overlooked_risk_group") @CustomerIndex(1) CustomerProfile customer) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 1)
    static class NoMatch {
        @Test
        void test(@Persona("overlooked_risk_group") CustomerProfile customer) {
        }
    }

    @SyntheticCustomers(seed = 5, count = 10)
    static class NotOurs {
        @Test
        void test(List<String> names) {
        }
    }

    private static String failure(Class<?> fixture) {
        Throwable t = onlyFailure(run(fixture));
        assertInstanceOf(ParameterResolutionException.class, t);
        return t.getMessage();
    }

    @Test
    void unknownPersonaNamesTheDefinedOnes() {
        assertEquals("Unknown persona 'nobody'; the configuration defines: " + PERSONAS
                + " (parameter 0 of UnknownPersona.test())" + String.format(SUFFIX, "UnknownPersona"),
                failure(UnknownPersona.class));
    }

    @Test
    void unknownRiskLevelNamesTheDefinedOnes() {
        assertEquals("Unknown risk level 'extreme'; the configuration defines: low, moderate"
                + " (parameter 0 of UnknownRiskLevel.test())" + String.format(SUFFIX, "UnknownRiskLevel"),
                failure(UnknownRiskLevel.class));
    }

    @Test
    void qualifierOnAnotherTypeSaysWhatIsSupported() {
        assertEquals("Can only resolve parameters of type " + SyntheticCustomersExtension.SUPPORTED
                + " but was: java.lang.String (parameter 0 of QualifiedString.test())"
                + String.format(SUFFIX, "QualifiedString"), failure(QualifiedString.class));
        assertEquals("Can only resolve parameters of type SyntheticDataset, List<CustomerProfile>, CustomerProfile,"
                + " List<TestScenario>, TestScenario, List<EngagementStep>, EngagementStep, List<CustomerTimeline>,"
                + " CustomerTimeline or List<EngagementEvent>, narrowed by @Persona, @RiskLevel and @Cohort (scenarios"
                + " and engagement steps also by @ScenarioType), a single record also by @CustomerIndex but was:"
                + " java.util.List<io.github.syntheticcustomers.core.model.LifeEvent>"
                + " (parameter 0 of UnsupportedModelList.test())" + String.format(SUFFIX, "UnsupportedModelList"),
                failure(UnsupportedModelList.class));
    }

    @Test
    void qualifiersDoNotApplyToTheDataset() {
        assertEquals("@Persona, @RiskLevel, @ScenarioType, @Cohort and @CustomerIndex do not apply to a"
                + " SyntheticDataset; declare a List or a single record instead, or filter with"
                + " dataset.customers(predicate), dataset.scenarios(predicate),"
                + " dataset.engagementSteps(predicate) or dataset.cohort(id)"
                + " (parameter 0 of QualifiedDataset.test())" + String.format(SUFFIX, "QualifiedDataset"),
                failure(QualifiedDataset.class));
        assertEquals("@CustomerIndex applies only to a single CustomerProfile, TestScenario, EngagementStep or"
                + " CustomerTimeline, not to a List"
                + " (parameter 0 of IndexedList.test())" + String.format(SUFFIX, "IndexedList"),
                failure(IndexedList.class));
    }

    @Test
    void anIndexOutsideTheMatchesOrNoMatchAtAllFails() {
        long overlooked = expected(5, 10).customers(c -> c.personaType().equals("overlooked_risk_group")).size();
        assertEquals(1, overlooked, "10% of 10");
        assertEquals("@CustomerIndex(1) is outside the 1 customers with persona in [overlooked_risk_group]"
                + " (parameter 0 of IndexOutOfRange.test())" + String.format(SUFFIX, "IndexOutOfRange"),
                failure(IndexOutOfRange.class));
        assertEquals("No customer with persona in [overlooked_risk_group] among the 1 customers of the dataset"
                + " (parameter 0 of NoMatch.test())" + String.format(SUFFIX, "NoMatch").replace("count 10", "count 1"),
                failure(NoMatch.class));
    }

    @Test
    void leavesOtherTypesToOtherResolvers() {
        String message = failure(NotOurs.class);
        assertTrue(message.startsWith("No ParameterResolver registered for parameter [java.util.List<java.lang.String>"),
                message);
        assertFalse(message.contains("synthetic-customers"), message);
    }
}
