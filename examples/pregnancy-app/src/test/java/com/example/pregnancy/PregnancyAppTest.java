package com.example.pregnancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.config.NarrativeEntry;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.LifeEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.junit.ScenarioType;
import io.github.syntheticcustomers.junit.SyntheticCustomers;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pregnancy app's dataset, injected: the pom configures the plugin once (pregnancy.yaml, seed, count) and the
 * bare annotation takes them from the manifest the plugin put on the test class path.
 */
@SyntheticCustomers
class PregnancyAppTest {

    /** The built-in defaults the app's file was merged over: none of their vocabulary may reach the data. */
    private static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();

    @Test
    void everyCustomerIsAWomanOfTheAppsAges(List<CustomerProfile> customers) {
        Map<String, int[]> ages = Map.of("teen_parent", new int[] {18, 19}, "first_time_mother", new int[] {20, 34},
                "experienced_mother", new int[] {28, 44});
        for (CustomerProfile c : customers) {
            assertEquals("female", c.demographics().gender(), c.id());
            int[] range = ages.get(c.personaType());
            int age = c.demographics().age();
            assertTrue(age >= range[0] && age <= range[1], c.id() + " aged " + age);
        }
        // teenage mothers of 18 and 19: an account opens on or after the 18th birthday (timeline.account.min_age), and
        // an earlier pregnancy may date from 16 (the life event's min_age)
        List<CustomerProfile> teens = customers.stream().filter(c -> c.personaType().equals("teen_parent")).toList();
        assertFalse(teens.isEmpty(), "teen parents");
        for (CustomerProfile c : teens) {
            LocalDate eighteenth = c.demographics().dateOfBirth().plusYears(18);
            assertFalse(c.engagement().accountCreated().isBefore(eighteenth), c.id());
        }
        assertTrue(customers.stream().flatMap(c -> c.lifeEvents().stream())
                .anyMatch(e -> e.type().equals("pregnancy") && e.ageAtEvent() < 18), "a pregnancy before 18");
    }

    @Test
    void theDataUsesNoneOfTheDefaults(List<CustomerProfile> customers, List<TestScenario> scenarios,
            List<EngagementStep> engagementSteps) {
        JourneyConfig journey = DEFAULTS.journey();
        List<JourneyStep> steps = scenarios.stream().flatMap(s -> s.journey().stream()).toList();
        assertNoneOf("persona", DEFAULTS.personas().keySet(), customers.stream().map(CustomerProfile::personaType));
        assertNoneOf("scenario type", DEFAULTS.scenarios().types().keySet(),
                scenarios.stream().map(TestScenario::scenarioType));
        assertNoneOf("phase", ids(journey.phases(), JourneyConfig.Phase::id), steps.stream().map(JourneyStep::phase));
        assertNoneOf("step", journey.phases().stream().flatMap(p -> p.steps().stream()).map(JourneyConfig.Step::id)
                .collect(Collectors.toSet()), steps.stream().map(JourneyStep::step));
        assertNoneOf("emotional state", ids(journey.emotionalStates(), JourneyConfig.EmotionalState::id),
                steps.stream().map(JourneyStep::emotionalState));
        Set<String> defaultActions = new HashSet<>(journey.statusActions().values());
        journey.stateActions().values().forEach(defaultActions::addAll);
        assertNoneOf("action", defaultActions, steps.stream().flatMap(s -> s.actions().stream()));
        assertNoneOf("life event", Set.copyOf(DEFAULTS.lifeEvents().ids()),
                customers.stream().flatMap(c -> c.lifeEvents().stream()).map(LifeEvent::type));
        assertNoneOf("life-event description",
                DEFAULTS.lifeEvents().types().stream().map(LifeEventsConfig.Type::description).collect(Collectors.toSet()),
                customers.stream().flatMap(c -> c.lifeEvents().stream()).map(LifeEvent::description));
        assertNoneOf("condition", ids(DEFAULTS.risk().factors(), RiskConfig.Factor::label),
                customers.stream().flatMap(c -> c.healthProfile().conditions().stream()).map(Condition::name));
        assertNoneOf("risk level", Set.of("moderate"), customers.stream().map(CustomerProfile::riskLevel));
        Set<String> defaultMotivations = Stream.concat(Stream.of(DEFAULTS.narrative().generic()),
                        DEFAULTS.personas().values().stream().map(PersonaConfig::narrative))
                .filter(Objects::nonNull).flatMap(pools -> pools.motivations().stream()).map(NarrativeEntry::text)
                .collect(Collectors.toSet());
        assertNoneOf("motivation", defaultMotivations,
                customers.stream().flatMap(c -> c.narrative().motivations().stream()));
        assertNoneOf("engagement approach", Set.copyOf(DEFAULTS.engagement().approachIds()),
                engagementSteps.stream().map(e -> e.personaComponents().approach()));
        // and the app's own vocabulary is what the data shows
        assertEquals(Set.of("weeks_pregnant", "previous_births", "planned_birth", "breastfeeding_intent",
                "due_date_set_on"), customers.get(0).attributes().keySet());
    }

    @Test
    void kickCountsRepeatAndTheGlucoseTestBranches(List<TestScenario> scenarios, List<CustomerProfile> customers) {
        Map<String, CustomerProfile> byId = customers.stream()
                .collect(Collectors.toMap(CustomerProfile::id, Function.identity()));
        int repeated = 0;
        int pathway = 0;
        for (TestScenario s : scenarios) {
            List<JourneyStep> kicks = s.journey().stream().filter(j -> j.step().equals("kick_counts")).toList();
            for (int k = 1; k < kicks.size(); k++) {
                assertTrue(kicks.get(k).occurrence() > kicks.get(k - 1).occurrence(), s.scenarioId());
                assertTrue(kicks.get(k).timestamp().isAfter(kicks.get(k - 1).timestamp()), s.scenarioId());
            }
            repeated += kicks.size() > 1 ? 1 : 0;
            Set<String> taken = s.journey().stream().map(JourneyStep::step).collect(Collectors.toSet());
            assertFalse(taken.contains("diabetes_pathway") && taken.contains("routine_care"), s.scenarioId());
            if (taken.contains("diabetes_pathway")) {
                pathway++;
                // the rule: a completed glucose test of a customer 25 or older
                assertTrue(byId.get(s.customerId()).demographics().age() >= 25, s.scenarioId());
                assertTrue(s.journey().stream().anyMatch(j -> j.step().equals("glucose_test")
                        && j.completionStatus().equals("completed")), s.scenarioId());
            }
        }
        assertTrue(repeated > 0, "journeys with more than one kick count");
        assertTrue(pathway > 0, "journeys on the diabetes pathway");
    }

    @Test
    void advancedMaternalAgeMeansThirtyFiveAndAPregnancy(
            @ScenarioType("advanced_maternal_age") TestScenario scenario, List<CustomerProfile> customers) {
        CustomerProfile customer = customers.stream().filter(c -> c.id().equals(scenario.customerId())).findFirst()
                .orElseThrow();
        assertTrue(customer.demographics().age() >= 35, customer.id());
        assertTrue(customer.lifeEvents().stream().anyMatch(e -> e.type().equals("pregnancy")), customer.id());
    }

    @Test
    void theBirthPlaceScenarioFollowsTheAttribute(List<TestScenario> scenarios, List<CustomerProfile> customers,
            List<EngagementStep> engagementSteps) {
        Map<String, Object> place = customers.stream()
                .collect(Collectors.toMap(CustomerProfile::id, c -> c.attribute("planned_birth")));
        List<TestScenario> outside = scenarios.stream()
                .filter(s -> s.scenarioType().equals("planning_birth_outside_hospital")).toList();
        assertFalse(outside.isEmpty(), "planning_birth_outside_hospital scenarios");
        for (TestScenario s : outside) {
            assertTrue(Set.of("home", "birth_centre").contains(place.get(s.customerId())), s.scenarioId());
        }
        // the birth plan's personal line quotes the customer's own attribute, as words
        Map<String, String> asWords = Map.of("home", "home", "birth_centre", "birth centre");
        int quoted = 0;
        for (EngagementStep e : engagementSteps) {
            String line = e.valueComponents().personal();
            if (line != null && line.startsWith("Planned place of birth")) {
                assertEquals("Planned place of birth: " + asWords.get(place.get(e.customerId()))
                        + ". Your plan can say what you want there.", line, e.id());
                quoted++;
            }
        }
        assertTrue(quoted > 0, "personal lines with the planned place of birth");
    }

    @Test
    void experiencedMothersHaveHadMoreBirths(List<CustomerProfile> customers) {
        Map<String, Double> meanBirths = customers.stream().collect(Collectors.groupingBy(
                CustomerProfile::personaType,
                Collectors.averagingDouble(c -> ((Number) c.attribute("previous_births")).doubleValue())));
        assertTrue(meanBirths.get("experienced_mother") > meanBirths.get("first_time_mother") + 0.5,
                meanBirths.toString());
        Set<Object> plans = customers.stream().map(c -> c.attribute("planned_birth")).collect(Collectors.toSet());
        assertEquals(Set.of("hospital", "birth_centre", "home"), plans);
    }

    private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    /** Fails naming the first value of {@code values} that is one of the defaults'. */
    private static void assertNoneOf(String what, Set<String> defaults, Stream<String> values) {
        Set<String> seen = values.collect(Collectors.toSet());
        assertFalse(seen.isEmpty(), "the data has a " + what);
        seen.retainAll(defaults);
        assertTrue(seen.isEmpty(), "default " + what + " in the data: " + seen);
    }
}
