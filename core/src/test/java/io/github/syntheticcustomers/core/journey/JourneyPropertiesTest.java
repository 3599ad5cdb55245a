package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Structural properties of every journey of the default 500 scenarios (guide: formats-and-schemas.md, "Journeys and scenarios"). */
class JourneyPropertiesTest {

    private static final JourneyFramework DEFAULT_FRAMEWORK =
            JourneyFramework.of(io.github.syntheticcustomers.core.config.ConfigLoader.defaults());

    private final List<TestScenario> all = Scenarios.defaults();
    private final GeneratorConfig config = ConfigLoader.defaults();

    /** The framework position a scenario's journey starts at: its type's {@code start} step, or the first. */
    private static int start(TestScenario s) {
        return Scenarios.start(io.github.syntheticcustomers.core.config.ConfigLoader.defaults(), s);
    }

    @Test
    void everyJourneyVisitsTheStepsInFrameworkOrderFromItsTypesStartStep() {
        for (TestScenario s : all) {
            List<JourneyStep> journey = s.journey();
            assertFalse(journey.isEmpty(), s.scenarioId());
            int from = start(s);
            for (int i = 0; i < journey.size(); i++) {
                JourneyFramework.Step expected = DEFAULT_FRAMEWORK.steps().get(from + i);
                assertEquals(expected.id(), journey.get(i).step(), s.scenarioId() + " step " + i);
                assertEquals(expected.phase(), journey.get(i).phase(), s.scenarioId() + " phase of step " + i);
            }
        }
        // every phase is reached by some journey, and some journeys run the whole framework
        for (String phase : DEFAULT_FRAMEWORK.phases()) {
            assertTrue(all.stream().anyMatch(s -> s.journey().stream().anyMatch(j -> j.phase().equals(phase))), phase);
        }
        assertTrue(all.stream().anyMatch(s -> s.journey().size() == DEFAULT_FRAMEWORK.steps().size()));
        // returning users know the platform: their journeys start after the awareness phase
        assertTrue(all.stream().filter(s -> s.scenarioType().equals("returning_user"))
                .allMatch(s -> s.journey().get(0).step().equals("risk_assessment")));
        assertTrue(all.stream().anyMatch(s -> s.scenarioType().equals("returning_user")));
    }

    @Test
    void anAbandonedStepIsTheLastAndEveryOtherJourneyRunsToTheEndOrIsInProgress() {
        long abandoned = 0;
        long inProgress = 0;
        for (TestScenario s : all) {
            List<JourneyStep> journey = s.journey();
            for (int i = 0; i < journey.size() - 1; i++) {
                assertFalse(journey.get(i).completionStatus().equals(CompletionStatus.ABANDONED),
                        s.scenarioId() + " has a step after an abandoned one");
            }
            String last = journey.get(journey.size() - 1).completionStatus();
            if (last.equals(CompletionStatus.ABANDONED)) {
                abandoned++;
                assertEquals(JourneyStatus.ABANDONED, s.journeyStatus(), s.scenarioId());
            } else if (s.journeyStatus().equals(JourneyStatus.IN_PROGRESS)) {
                // the customer's sessions up to the reference date did not reach the end
                inProgress++;
                assertTrue(journey.size() < DEFAULT_FRAMEWORK.steps().size() - start(s), s.scenarioId());
            } else {
                assertEquals(JourneyStatus.FINISHED, s.journeyStatus(), s.scenarioId());
                assertEquals(DEFAULT_FRAMEWORK.steps().size() - start(s), journey.size(),
                        s.scenarioId() + " stopped without abandoning");
            }
            assertEquals(start(s), s.completedBefore(), s.scenarioId() + ": the steps before its start are done");
        }
        assertTrue(abandoned > 0, "some journeys are abandoned");
        assertTrue(inProgress > 0, "some journeys are still under way");
        for (String status : CompletionStatus.ALL) {
            assertTrue(Scenarios.statusCount(all, status) > 0, "status " + status + " occurs");
        }
    }

    @Test
    void skippedOnlyAtSkippableSteps() {
        List<String> skippable = config.journey().completion().skippableSteps();
        all.stream().flatMap(s -> s.journey().stream())
                .filter(j -> j.completionStatus().equals(CompletionStatus.SKIPPED))
                .forEach(j -> assertTrue(skippable.contains(j.step()), j.step() + " was skipped"));
    }

    @Test
    void stepsFollowOneAnotherAndEndBeforeTheAsOfInstant() {
        Instant asOf = config.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (TestScenario s : all) {
            List<JourneyStep> journey = s.journey();
            for (int i = 1; i < journey.size(); i++) {
                JourneyStep prev = journey.get(i - 1);
                JourneyStep next = journey.get(i);
                // the next step starts after the time spent on the previous one
                assertTrue(next.timestamp().isAfter(prev.timestamp().plusSeconds(prev.timeOnStepSeconds())),
                        s.scenarioId() + " step " + i);
            }
            JourneyStep last = journey.get(journey.size() - 1);
            assertTrue(last.timestamp().plusSeconds(last.timeOnStepSeconds()).isBefore(asOf),
                    s.scenarioId() + " ends after the as-of instant");
        }
    }

    @Test
    void vocabulariesAreTheDocumentedOnes() {
        for (TestScenario s : all) {
            assertTrue(config.scenarios().types().containsKey(s.scenarioType()), s.scenarioType());
            for (JourneyStep j : s.journey()) {
                assertTrue(EmotionalStates.of(ConfigLoader.defaults()).contains(j.emotionalState()), j.emotionalState());
                assertTrue(CompletionStatus.ALL.contains(j.completionStatus()), j.completionStatus());
                assertFalse(j.actions().isEmpty(), s.scenarioId() + " " + j.step() + " has no action");
                j.actions().forEach(a -> assertTrue(a.matches("[a-z][a-z0-9_]*"), a));
                assertEquals(j.actions().size(), j.actions().stream().distinct().count(), "distinct actions");
            }
        }
    }

    @Test
    void atLeastFourScenarioTypesAndTheReportedMixCountsThem() {
        Map<String, Long> counted = new TreeMap<>();
        all.forEach(s -> counted.merge(s.scenarioType(), 1L, Long::sum));
        assertTrue(counted.size() >= 4, "scenario types: " + counted);
        Map<String, Long> mix = new DatasetGenerator(config, Scenarios.SEED, Scenarios.COUNT).scenarioMix();
        List<String> types = List.copyOf(config.scenarios().types().keySet());
        assertEquals(types, List.copyOf(mix.keySet()), "mix lists every type in order");
        for (String type : types) {
            assertEquals(counted.getOrDefault(type, 0L), mix.get(type), type);
        }
    }

    @Test
    void scenarioTypeFollowsTheCustomersData() {
        DatasetGenerator generator = new DatasetGenerator(config, Scenarios.SEED, Scenarios.COUNT);
        ScenarioTypeSelector selector = new ScenarioTypeSelector(config);
        for (int i = 0; i < Scenarios.COUNT; i++) {
            CustomerProfile c = generator.customer(i);
            String type = all.get(i).scenarioType();
            boolean[] eligible = selector.eligible(c);
            // every customer is eligible for some type, and gets one it is eligible for
            assertTrue(eligible[selector.types().indexOf(type)], c.id() + " is not eligible for " + type);
            long accountDays = java.time.temporal.ChronoUnit.DAYS.between(c.engagement().accountCreated(),
                    config.referenceDate());
            boolean unused = c.engagement().sessionsLast90Days() <= config.scenarios().newUserMaxSessions();
            long inactiveDays = java.time.temporal.ChronoUnit.DAYS.between(c.engagement().lastActive(),
                    config.referenceDate());
            boolean onboarded = c.engagement().onboardingCompleted();
            if (type.equals("returning_user")) {
                assertTrue(accountDays > 30 && (!unused || onboarded)
                        && inactiveDays <= config.scenarios().inactiveAfterDays(), c.id() + " " + type);
            }
            if (type.equals("first_time_user")) {
                // a new account, or an old one never onboarded and hardly used: never an established one
                assertTrue(accountDays <= 30 || (unused && !onboarded), c.id() + " " + type);
            }
            if (type.equals("lapsed_user")) {
                var sh = c.healthProfile().screeningHistory();
                assertTrue(inactiveDays > config.scenarios().inactiveAfterDays() || (sh.hasHistory()
                        && java.time.temporal.ChronoUnit.DAYS.between(sh.lastScreening(), config.referenceDate())
                        > config.scenarios().lapsedAfterDays()), c.id() + " " + type);
            }
            if (type.equals("life_transition")) {
                assertTrue(c.lifeEvents().stream().anyMatch(e -> !e.date().isBefore(config.referenceDate()
                        .minusDays(config.scenarios().recentLifeEventDays()))), c.id() + " has no recent life event");
            }
            if (type.equals("risk_follow_up")) {
                assertTrue(c.riskLevel().equals("moderate") || c.lifeEvents().stream().anyMatch(e ->
                        e.type().equals("health_scare") && !e.date().isBefore(config.referenceDate().minusDays(365))),
                        c.id());
            }
            if (type.equals("first_time_user")) {
                assertTrue(unused || accountDays <= 30, c.id() + " a new or unused account");
            }
        }
    }

    @Test
    void userBlockAndIdsAreTheCustomersOwn() {
        DatasetGenerator generator = new DatasetGenerator(config, Scenarios.SEED, Scenarios.COUNT);
        for (int i = 0; i < Scenarios.COUNT; i++) {
            CustomerProfile c = generator.customer(i);
            TestScenario s = all.get(i);
            assertEquals(ScenarioGenerator.scenarioId(i), s.scenarioId());
            assertEquals(String.format(java.util.Locale.ROOT, "scn-%06d", i + 1), s.scenarioId());
            assertEquals(c.id(), s.customerId());
            assertEquals(c.demographics().firstName() + " " + c.demographics().lastName(), s.user().name());
            assertEquals(c.demographics().age(), s.user().age());
            assertEquals(c.personaType(), s.user().personaType());
            assertEquals(c.riskLevel(), s.user().riskLevel());
            assertEquals(c.healthProfile().screeningHistory(), s.user().screeningHistory());
        }
    }

    @Test
    void aScenarioGeneratedAloneEqualsTheSameIndexOfAFullRun() {
        DatasetGenerator fresh = new DatasetGenerator(config, Scenarios.SEED, Scenarios.COUNT);
        for (int i : new int[] {499, 0, 317, 42}) {
            assertEquals(all.get(i), fresh.scenario(i), "index " + i);
        }
    }
}
