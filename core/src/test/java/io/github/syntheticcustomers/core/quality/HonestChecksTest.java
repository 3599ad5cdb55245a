package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.engage.ValueComponents;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Honest checks: every rate stays within its domain; a check judges only what it can measure and is skipped ("too
 * few records") otherwise; and each passes on generated data and fails on broken data, down to the smallest
 * datasets and a journey framework of one step.
 */
class HonestChecksTest {

    /** A product with one phase of one step. */
    static final String ONE_STEP = """
            journey:
              phases:
                replace:
                  - id: only
                    checks: [ { metric: completion_rate, at_least: 30.0 } ]
                    steps:
                      - id: the_step
                        actions: [did_it, saw_it]
            """;

    private static final GeneratorConfig ONE_STEP_CONFIG = ConfigLoader.load("one-step.yaml", ONE_STEP);

    private static Optional<Measurement> measurement(CheckResult check, String subject) {
        return check.measurements().stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    private static QualityReport run(GeneratorConfig config, long seed, long count) {
        return QualityChecks.run(LoadedDataset.generate(new DatasetGenerator(config, seed, count)), config);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = 42)
    void everyPercentageStaysWithinZeroAndHundred(long seed) {
        assertEveryPercentageStaysWithinZeroAndHundred(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1})
    void everyPercentageStaysWithinZeroAndHundredForOtherSeeds(long seed) {
        assertEveryPercentageStaysWithinZeroAndHundred(seed);
    }

    private void assertEveryPercentageStaysWithinZeroAndHundred(long seed) {
        QualityReport report = seed == 42 ? QualityChecks.run(Datasets.DATASET, Datasets.CONFIG)
                : run(Datasets.CONFIG, seed, 500);
        for (CheckResult check : report.checks()) {
            for (Measurement m : check.measurements()) {
                if (m.unit().equals("%")) {
                    assertTrue(m.value() >= 0 && m.value() <= 100, check.name() + ": " + m.describe());
                }
            }
        }
    }

    @Test
    void aTransitionIsTheShareOfTheJourneysReachingAPhaseThatReachTheNext() {
        // by hand: of the journeys with an awareness step, those that also have an engagement step
        long reachedAwareness = 0;
        long reachedBoth = 0;
        for (TestScenario s : Datasets.SCENARIOS) {
            if (JourneyMetrics.reached(s, "awareness")) {
                reachedAwareness++;
                reachedBoth += JourneyMetrics.reached(s, "engagement") ? 1 : 0;
            }
        }
        CheckResult phases = QualityChecks.run(Datasets.DATASET, Datasets.CONFIG).check("journey_phases");
        assertEquals(Math.round(10_000.0 * reachedBoth / reachedAwareness) / 100.0,
                measurement(phases, "transition.awareness_to_engagement").orElseThrow().value());
        assertEquals(CheckStatus.PASS, phases.status());

        // every journey that starts with awareness stops there; the returning users, who start later, go on
        List<TestScenario> stopped = new ArrayList<>();
        for (TestScenario s : Datasets.SCENARIOS) {
            stopped.add(JourneyMetrics.reached(s, "awareness") ? Datasets.withJourney(s, JourneyMetrics.phaseSteps(s,
                    "awareness")) : s);
        }
        CheckResult broken = QualityChecks.run(LoadedDataset.of(Datasets.DEFAULT, stopped), Datasets.CONFIG)
                .check("journey_phases");
        assertEquals(0.0, measurement(broken, "transition.awareness_to_engagement").orElseThrow().value());
        assertEquals(CheckStatus.FAIL, broken.status());
    }

    @ParameterizedTest(name = "count {0}, seed {1}")
    @CsvSource({"1, 1", "1, 2", "1, 42", "1, 7", "2, 1", "2, 2", "2, 42", "2, 7", "3, 1", "3, 2", "3, 42", "3, 7"})
    void theSmallestDatasetsPassAndWhatTheyCannotShowIsSkipped(long count, long seed) {
        QualityReport report = run(Datasets.CONFIG, seed, count);
        assertTrue(report.passed(), report.failureMessage());
        // three journeys show no phase rate worth judging
        CheckResult phases = report.check("journey_phases");
        assertEquals(CheckStatus.SKIPPED, phases.status(), phases.toString());
        assertTrue(phases.summary().startsWith("skipped: too few records"), phases.summary());
        CheckResult epidemiology = report.check("epidemiology");
        assertEquals(CheckStatus.SKIPPED, epidemiology.status(), epidemiology.toString());
        assertTrue(epidemiology.summary().startsWith("skipped: too few records"), epidemiology.summary());
    }

    @Test
    void theSmallestDatasetsStillFailOnBrokenRecords() {
        LoadedDataset one = LoadedDataset.generate(new DatasetGenerator(Datasets.CONFIG, 42, 1));
        // an unknown persona, a wrong id, an unknown emotional state: each fails its check at count 1
        LoadedDataset unknownPersona = LoadedDataset.of(List.of(Datasets.withPersona(one.customers().get(0),
                "time_traveller")), one.scenarios());
        assertEquals(CheckStatus.FAIL, QualityChecks.run(unknownPersona, Datasets.CONFIG)
                .check("persona_distribution").status());
        LoadedDataset wrongId = LoadedDataset.of(List.of(Datasets.withId(one.customers().get(0), "cus-7")),
                one.scenarios());
        assertEquals(CheckStatus.FAIL, QualityChecks.run(wrongId, Datasets.CONFIG).check("dataset_integrity")
                .status());
        LoadedDataset unknownState = one.withScenarios(List.of(Datasets.mapSteps(one.scenarios().get(0),
                st -> Datasets.step(st, "ecstatic", st.completionStatus()))));
        assertEquals(CheckStatus.FAIL, QualityChecks.run(unknownState, Datasets.CONFIG).check("emotional_states")
                .status());

        // at count 3: a scenario of another customer, and an abandoned step followed by another
        LoadedDataset three = LoadedDataset.generate(new DatasetGenerator(Datasets.CONFIG, 42, 3));
        List<TestScenario> foreign = new ArrayList<>(three.scenarios());
        foreign.set(0, Datasets.withIds(foreign.get(0), foreign.get(0).scenarioId(), "cus-000002",
                foreign.get(0).scenarioType()));
        assertEquals(CheckStatus.FAIL, QualityChecks.run(three.withScenarios(foreign), Datasets.CONFIG)
                .check("scenario_consistency").status());
        List<TestScenario> resumed = new ArrayList<>();
        boolean broken = false;
        for (TestScenario s : three.scenarios()) {
            List<io.github.syntheticcustomers.core.model.JourneyStep> steps = new ArrayList<>(s.journey());
            if (!broken && steps.size() >= 2) {
                steps.set(0, Datasets.step(steps.get(0), steps.get(0).emotionalState(), "abandoned"));
                broken = true;
            }
            resumed.add(Datasets.withJourney(s, steps));
        }
        assertTrue(broken, "a journey of two steps or more among the three");
        assertEquals(CheckStatus.FAIL, QualityChecks.run(three.withScenarios(resumed), Datasets.CONFIG)
                .check("journey_completion").status());
    }

    @ParameterizedTest(name = "count {0}, seed {1}")
    @CsvSource({"1, 1", "2, 2", "3, 42", "12, 7", "100, 1", "500, 42"})
    void aOneStepFrameworkPassesEveryCheck(long count, long seed) {
        assertAOneStepFrameworkPassesEveryCheck(count, seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest(name = "count {0}, seed {1}")
    @CsvSource({"100, 2", "500, 7"})
    void aOneStepFrameworkPassesEveryCheckForOtherSeeds(long count, long seed) {
        assertAOneStepFrameworkPassesEveryCheck(count, seed);
    }

    private void assertAOneStepFrameworkPassesEveryCheck(long count, long seed) {
        assertEquals(List.of("the_step"), JourneyFramework.of(ONE_STEP_CONFIG).stepIds());
        QualityReport report = run(ONE_STEP_CONFIG, seed, count);
        assertTrue(report.passed(), report.failureMessage());
        // a one-step journey cannot change tier: not judged, rather than failed
        CheckResult engagement = report.check("engagement");
        assertTrue(measurement(engagement, "journeys_changing_tier").map(m -> m.min() == null).orElse(true),
                engagement.toString());
        // one phase has no transition, one step no valence change: only what is declared and measurable is judged
        CheckResult phases = report.check("journey_phases");
        assertTrue(phases.measurements().stream().noneMatch(m -> m.subject().startsWith("transition.")));
    }

    @Test
    void aOneStepFrameworkStillFailsOnBrokenRecords() {
        LoadedDataset dataset = LoadedDataset.generate(new DatasetGenerator(ONE_STEP_CONFIG, 7, 200));
        List<TestScenario> anxious = new ArrayList<>();
        for (TestScenario s : dataset.scenarios()) {
            anxious.add(Datasets.mapSteps(s, st -> Datasets.step(st, "ecstatic", st.completionStatus())));
        }
        assertEquals(CheckStatus.FAIL, QualityChecks.run(dataset.withScenarios(anxious), ONE_STEP_CONFIG)
                .check("emotional_states").status());
        List<EngagementStep> steps = new ArrayList<>(dataset.engagementSteps());
        EngagementStep first = steps.get(0);
        steps.set(0, EngagementCheckTest.with(first, new ValueComponents(first.valueComponents().preview(),
                "All done, and better than most!", first.valueComponents().contextual()), first.emotionalComponents(),
                first.patternMetrics()));
        assertEquals(CheckStatus.FAIL, QualityChecks.run(dataset.withEngagementSteps(steps), ONE_STEP_CONFIG)
                .check("engagement").status());
        // the declared phase check judges 200 journeys: nobody completing fails it
        List<TestScenario> partial = new ArrayList<>();
        for (TestScenario s : dataset.scenarios()) {
            partial.add(Datasets.mapSteps(s, st -> Datasets.step(st, st.emotionalState(), "partial")));
        }
        CheckResult phases = QualityChecks.run(dataset.withScenarios(partial), ONE_STEP_CONFIG).check("journey_phases");
        assertEquals(CheckStatus.FAIL, phases.status(), phases.toString());
        assertNotEquals(CheckStatus.FAIL, QualityChecks.run(dataset, ONE_STEP_CONFIG).check("journey_phases").status());
    }
}
