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
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * {@link Cohort} and {@link CohortSource} (issue 31 item 4, docs/cohorts-in-tests.md) over {@code cohorts.yaml}: the
 * members in record order, the first member, combined with the other qualifiers, one invocation per member; an
 * unknown id names the declared ones; a failing test names its cohort beside the seed; the cohort assertions.
 */
class CohortTest {

    static final GeneratorConfig CONFIG = ConfigLoader.load(Path.of("src/test/resources/cohorts.yaml"));
    static final SyntheticDataset DATASET = SyntheticDataset.of(CONFIG, 42, 600);

    @SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
    static class Members {
        @Test
        void list(@Cohort("avoiding_smokers") List<CustomerProfile> smokers, TestReporter reporter) {
            reporter.publishEntry("list", String.join(",", smokers.stream().map(CustomerProfile::id).toList()));
        }

        @Test
        void first(@Cohort("undiagnosed_hypertension") CustomerProfile first, TestReporter reporter) {
            reporter.publishEntry("first", first.id());
        }

        @Test
        void indexed(@Cohort("avoiding_smokers") @CustomerIndex(2) CustomerProfile third, TestReporter reporter) {
            reporter.publishEntry("indexed", third.id());
        }

        @Test
        void combined(@Cohort("known_diabetes") @Persona("healthcare_professional") List<CustomerProfile> members,
                TestReporter reporter) {
            reporter.publishEntry("combined", String.join(",", members.stream().map(CustomerProfile::id).toList()));
        }

        @Test
        void scenarios(@Cohort("avoiding_smokers") List<TestScenario> scenarios, TestReporter reporter) {
            reporter.publishEntry("scenarios", String.join(",", scenarios.stream().map(TestScenario::customerId)
                    .toList()));
        }

        @ParameterizedTest
        @CohortSource("avoiding_smokers")
        void each(CustomerProfile member, TestReporter reporter) {
            reporter.publishEntry("each", member.id());
        }

        @ParameterizedTest
        @CohortSource(value = "undiagnosed_hypertension", riskLevel = "moderate", limit = 2)
        void narrowed(CustomerProfile member, TestReporter reporter) {
            reporter.publishEntry("narrowed", member.id());
        }
    }

    private static List<String> ids(List<CustomerProfile> customers) {
        return customers.stream().map(CustomerProfile::id).toList();
    }

    @Test
    void membersAreInjectedInRecordOrderAndTheSingleOneIsTheFirst() {
        EngineExecutionResults results = run(Members.class);
        List<CustomerProfile> smokers = DATASET.cohort("avoiding_smokers");
        List<CustomerProfile> hypertension = DATASET.cohort("undiagnosed_hypertension");
        assertAllSucceeded(results, 5 + 25 + 2);
        assertEquals(25, smokers.size());
        assertEquals(String.join(",", ids(smokers)), reportedOnce(results, "list"));
        assertEquals(hypertension.get(0).id(), reportedOnce(results, "first"));
        assertEquals(smokers.get(2).id(), reportedOnce(results, "indexed"));
        assertEquals(String.join(",", ids(DATASET.cohort("known_diabetes").stream()
                .filter(c -> c.personaType().equals("healthcare_professional")).toList())),
                reportedOnce(results, "combined"));
        assertEquals(String.join(",", ids(smokers)), reportedOnce(results, "scenarios"));
        assertEquals(ids(smokers), reported(results, "each"));
        assertEquals(ids(hypertension.stream().filter(c -> c.riskLevel().equals("moderate")).limit(2).toList()),
                reported(results, "narrowed"));
        List<String> names = results.testEvents().started().stream()
                .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains("each(")).map(Event::getTestDescriptor)
                .map(d -> d.getDisplayName()).toList();
        assertEquals("[1] " + smokers.get(0).id() + " in avoiding_smokers", names.get(0));
        assertEquals(25, names.size());
    }

    private static final String SUFFIX = " [synthetic-customers: seed 42 (seed source: @SyntheticCustomers on class"
            + " io.github.syntheticcustomers.junit.CohortTest$%s), count 600, config cohorts.yaml;"
            + " reproduce with -Dsynthetic-customers.seed.override=42]";

    @SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
    static class UnknownParameter {
        @Test
        void test(@Cohort("smokers") List<CustomerProfile> smokers) {
        }
    }

    @SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
    static class UnknownSource {
        @ParameterizedTest
        @CohortSource("smokers")
        void test(CustomerProfile member) {
        }
    }

    @SyntheticCustomers(seed = 42, count = 40)
    static class NoCohorts {
        @Test
        void test(@Cohort("smokers") CustomerProfile member) {
        }
    }

    @Test
    void anUnknownCohortFailsWithTheDeclaredIds() {
        assertEquals("Unknown cohort 'smokers'; the configuration declares: undiagnosed_hypertension,"
                + " avoiding_smokers, known_diabetes (parameter 0 of UnknownParameter.test())"
                + String.format(SUFFIX, "UnknownParameter"), onlyFailure(run(UnknownParameter.class)).getMessage());
        assertEquals("@CohortSource: Unknown cohort 'smokers'; the configuration declares: undiagnosed_hypertension,"
                + " avoiding_smokers, known_diabetes" + String.format(SUFFIX, "UnknownSource"),
                onlyFailure(run(UnknownSource.class)).getMessage());
        assertEquals("Unknown cohort 'smokers'; the configuration declares no cohorts (parameter 0 of"
                + " NoCohorts.test()) [synthetic-customers: seed 42 (seed source: @SyntheticCustomers on class"
                + " io.github.syntheticcustomers.junit.CohortTest$NoCohorts), count 40, config built-in defaults;"
                + " reproduce with -Dsynthetic-customers.seed.override=42]",
                onlyFailure(run(NoCohorts.class)).getMessage());
    }

    @SyntheticCustomers(seed = 42, count = 600, config = "cohorts.yaml")
    static class Failing {
        @Test
        void test(@Cohort("avoiding_smokers") List<CustomerProfile> smokers) {
            throw new AssertionError("found " + smokers.size());
        }

        @ParameterizedTest
        @CohortSource(value = "undiagnosed_hypertension", limit = 1)
        void source(CustomerProfile member) {
            throw new AssertionError(member.id());
        }
    }

    @Test
    void aFailingTestNamesItsCohortBesideTheSeed() {
        EngineExecutionResults results = run(Failing.class);
        assertEquals(2, results.testEvents().failed().count());
        assertEquals(List.of("failed with seed: 42 (seed source: @SyntheticCustomers on class"
                + " io.github.syntheticcustomers.junit.CohortTest$Failing); cohort: undiagnosed_hypertension;"
                + " reproduce: mvn test -Dtest='io.github.syntheticcustomers.junit.CohortTest$Failing#source'"
                + " -Dsynthetic-customers.seed.override=42", "failed with seed: 42 (seed source: @SyntheticCustomers"
                + " on class io.github.syntheticcustomers.junit.CohortTest$Failing); cohort: avoiding_smokers;"
                + " reproduce: mvn test -Dtest='io.github.syntheticcustomers.junit.CohortTest$Failing#test'"
                + " -Dsynthetic-customers.seed.override=42").stream().sorted().toList(),
                reported(results, SyntheticCustomersExtension.REPORT_KEY).stream().sorted().toList());
    }

    @Test
    void cohortAssertionsHoldOnTheDatasetAndNameCohortAndSeedWhenTheyFail() {
        DistributionAssertions.assertThat(DATASET).hasCohortSizes().hasCohortSize("avoiding_smokers", 25)
                .hasCohortMembersMeetingTheirConditions().hasConfiguredDistributions();
        for (long seed : new long[] {7, 1234}) {
            for (int count : new int[] {600, 1500}) {
                SyntheticDataset d = SyntheticDataset.of(CONFIG, seed, count);
                DistributionAssertions.assertThat(d).hasCohortSizes().hasCohortMembersMeetingTheirConditions()
                        .hasCohortSize("known_diabetes", Math.round(count * 0.03));
            }
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(DATASET).hasCohortSize("avoiding_smokers", 30));
        assertEquals("cohort avoiding_smokers (Women who avoid care and smoke) has 25 members among 600 customers"
                + " (seed 42), expected 30; reproduce: SyntheticDataset.of(config, 42, 600).cohort(\"avoiding_smokers\")",
                e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DistributionAssertions.assertThat(DATASET).hasCohortSize("smokers", 30));
        assertEquals("Unknown cohort 'smokers'; the configuration declares: undiagnosed_hypertension,"
                + " avoiding_smokers, known_diabetes", unknown.getMessage());

        List<CustomerProfile> dropped = new ArrayList<>(DATASET.customers());
        CustomerProfile member = DATASET.cohort("known_diabetes").get(0);
        dropped.set(dropped.indexOf(member), new CustomerProfile(member.id(), member.personaType(),
                member.riskLevel(), member.riskScore(), member.traits(), member.demographics(),
                member.healthProfile(), member.lifeEvents(), member.engagement(), member.narrative(), member.sdoh(),
                member.attributes(), List.of("undiagnosed_hypertension")));
        AssertionFailedError sizes = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(dropped, CONFIG).hasCohortSizes());
        assertEquals("cohort sizes of 600 customers do not match the configuration:\n"
                + "  cohort                    expected  actual  \n"
                + "  undiagnosed_hypertension  40        41        <-- differs\n"
                + "  avoiding_smokers          25        25      \n"
                + "  known_diabetes            18        17        <-- differs\n", sizes.getMessage());
        AssertionFailedError unmet = assertThrows(AssertionFailedError.class,
                () -> DistributionAssertions.assertThat(dropped, CONFIG).hasCohortMembersMeetingTheirConditions());
        assertTrue(unmet.getMessage().startsWith("1 cohort member(s) of 600 customers do not meet their cohort's "
                + "condition:\n  " + member.id() + " in cohort undiagnosed_hypertension: "), unmet.getMessage());
    }
}
