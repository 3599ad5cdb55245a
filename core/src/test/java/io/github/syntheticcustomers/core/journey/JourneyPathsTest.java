package io.github.syntheticcustomers.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.analysis.Analysis;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.ScenarioConfig;
import io.github.syntheticcustomers.core.config.TestResources;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import io.github.syntheticcustomers.core.quality.CheckResult;
import io.github.syntheticcustomers.core.quality.CheckStatus;
import io.github.syntheticcustomers.core.quality.LoadedDataset;
import io.github.syntheticcustomers.core.quality.QualityChecks;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import io.github.syntheticcustomers.core.timeline.PlatformModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journeys with time and branches (docs/journey-paths.md) over a pregnancy app's configuration
 * ({@code custom-paths.yaml}): days between steps within their ranges, a daily kick count's occurrences on their
 * schedule, mood screens on their days, a two-way branch drawn by its weights among the rules that hold, every step in
 * a session and nothing after the reference date, the checks passing; and the validator's exact messages.
 */
class JourneyPathsTest {

    private static final long DAY = 86_400;

    static String customPaths() {
        return TestResources.text("custom-paths.yaml");
    }

    @ParameterizedTest
    @ValueSource(longs = 42)
    void stepsKeepTheirTimeRepeatsTheirScheduleAndBranchesTheirWeights(long seed) {
        assertStepsKeepTheirTimeRepeatsTheirScheduleAndBranchesTheirWeights(seed);
    }

    @Tag("long") // the other seeds: the long-tests profile runs them (CONTRIBUTING, "Where the long tests run")
    @ParameterizedTest
    @ValueSource(longs = {7, 1234})
    void stepsKeepTheirTimeRepeatsTheirScheduleAndBranchesTheirWeightsForOtherSeeds(long seed) {
        assertStepsKeepTheirTimeRepeatsTheirScheduleAndBranchesTheirWeights(seed);
    }

    private void assertStepsKeepTheirTimeRepeatsTheirScheduleAndBranchesTheirWeights(long seed) {
        GeneratorConfig config = ConfigLoader.load("custom-paths.yaml", customPaths());
        JourneyPaths paths = JourneyPaths.of(config);
        assertTrue(paths.branched());
        SyntheticDataset dataset = SyntheticDataset.of(config, seed, 800);
        Instant asOf = PlatformModel.asOf(config);
        CustomerPredicates predicates = CustomerPredicates.of(config);
        ScenarioConfig.Eligibility adult25 = config.journey().phases().get(0).steps().get(2).next().get(0).when();
        Map<String, CustomerProfile> customers = new HashMap<>();
        dataset.customers().forEach(c -> customers.put(c.id(), c));
        Map<String, List<long[]>> sessions = new HashMap<>();
        for (CustomerTimeline t : dataset.timelines()) {
            Map<String, long[]> byId = new HashMap<>();
            for (EngagementEvent e : t.events()) {
                if (e.type().equals("session_started")) {
                    byId.put(e.sessionId(), new long[] {e.timestamp().getEpochSecond(), Long.MAX_VALUE});
                } else if (e.type().equals("session_ended")) {
                    byId.get(e.sessionId())[1] = e.timestamp().getEpochSecond();
                }
            }
            sessions.put(t.customerId(), new ArrayList<>(byId.values()));
        }
        int kickSeries = 0;
        int kickOccurrences = 0;
        int mood = 0;
        int daySpaced = 0;
        int branchHeld = 0;
        int toDiabetes = 0;
        int branchOther = 0;
        Map<String, Integer> pathCounts = new HashMap<>();
        for (TestScenario s : dataset.scenarios()) {
            List<JourneyStep> j = s.journey();
            pathCounts.merge(JourneyPaths.pathId(j), 1, Integer::sum);
            JourneyStep firstKick = null;
            int kicks = 0;
            int lastOccurrence = 0;
            JourneyStep phaseStart = null;
            for (int k = 0; k < j.size(); k++) {
                JourneyStep step = j.get(k);
                long start = step.timestamp().getEpochSecond();
                long end = start + step.timeOnStepSeconds();
                assertTrue(end <= asOf.getEpochSecond(), s.scenarioId() + " " + step.step() + " after the reference");
                assertTrue(sessions.get(s.customerId()).stream().anyMatch(w -> w[0] <= start && end <= w[1]),
                        s.scenarioId() + " " + step.step() + " at " + step.timestamp() + " in no session");
                JourneyStep previous = k == 0 ? null : j.get(k - 1);
                if (previous != null && !previous.phase().equals(step.phase())) {
                    phaseStart = step;
                } else if (previous == null) {
                    phaseStart = step;
                }
                assertEquals(paths.repeats(step.step()), step.occurrence() != null, step.step());
                if (previous != null) {
                    assertTrue(paths.follows(previous.step(), step.step()),
                            s.scenarioId() + ": " + previous.step() + " then " + step.step());
                }
                long sincePrevious = previous == null ? 0 : start - previous.timestamp().getEpochSecond();
                switch (step.step()) {
                    case "kick_counts" -> {
                        assertTrue(step.occurrence() > lastOccurrence && step.occurrence() <= 14, "occurrence");
                        lastOccurrence = step.occurrence();
                        kicks++;
                        if (step.occurrence() == 1) {
                            firstKick = step;
                        } else if (firstKick != null) {
                            long since = start - firstKick.timestamp().getEpochSecond();
                            long day = step.occurrence() - 1L;
                            assertTrue(since >= day * DAY && since < (day + 1) * DAY,
                                    s.scenarioId() + " kick count " + step.occurrence() + " " + since + " s after the first");
                        }
                    }
                    case "glucose_test", "diabetes_pathway", "routine_care" -> {
                        if (previous != null && previous.phase().equals(step.phase())) {
                            daySpaced++;
                            assertTrue(sincePrevious >= DAY && sincePrevious < 8 * DAY,
                                    s.scenarioId() + " " + step.step() + " " + sincePrevious + " s after the previous");
                        }
                    }
                    case "birth_plan", "postnatal_check" -> {
                        if (previous != null) {
                            long min = step.step().equals("birth_plan") ? 2 : 3;
                            long max = step.step().equals("birth_plan") ? 10 : 14;
                            assertTrue(sincePrevious >= min * DAY && sincePrevious < (max + 1) * DAY,
                                    s.scenarioId() + " " + step.step() + " " + sincePrevious + " s after the previous");
                        }
                    }
                    case "birth_record" -> assertTrue(start - previous.timestamp().getEpochSecond()
                            - previous.timeOnStepSeconds() >= 60, "a pause of at least a minute");
                    case "mood_screen" -> {
                        mood++;
                        long day = step.occurrence() == 1 ? 14 : 42;
                        long since = start - phaseStart.timestamp().getEpochSecond();
                        assertTrue(since >= day * DAY && since < (day + 1) * DAY,
                                s.scenarioId() + " mood screen " + step.occurrence() + " " + since + " s after");
                    }
                    default -> {
                    }
                }
                if (step.step().equals("glucose_test") && k + 1 < j.size()) {
                    boolean holds = step.completionStatus().equals(CompletionStatus.COMPLETED)
                            && predicates.holds(adult25, customers.get(s.customerId()));
                    boolean diabetes = j.get(k + 1).step().equals("diabetes_pathway");
                    if (holds) {
                        branchHeld++;
                        toDiabetes += diabetes ? 1 : 0;
                    } else {
                        branchOther += diabetes ? 1 : 0;
                    }
                }
            }
            if (kicks > 0) {
                kickSeries++;
                kickOccurrences += kicks;
            }
        }
        double share = (double) toDiabetes / branchHeld;
        System.out.printf("seed %d: %d kick series, %.2f occurrences each; %d mood screens; %d day-spaced steps;"
                + " branch held %d times, diabetes pathway %.3f (weight share 0.25); paths %s%n", seed, kickSeries,
                (double) kickOccurrences / kickSeries, mood, daySpaced, branchHeld, share, pathCounts);
        assertTrue(kickSeries > 100, "kick count series: " + kickSeries);
        assertTrue(kickOccurrences > kickSeries, "some kick counts repeat");
        assertTrue(branchHeld > 80, "the branch rule held " + branchHeld + " times");
        assertEquals(0, branchOther, "the pathway only where its rule holds");
        // binomial: 3 standard errors of 0.25 at n = branchHeld
        assertTrue(Math.abs(share - 0.25) < 3 * Math.sqrt(0.25 * 0.75 / branchHeld), "branch share " + share);
        assertTrue(mood > 0, "mood screens");

        LoadedDataset loaded = LoadedDataset.of(dataset.customers(), dataset.scenarios());
        for (String check : List.of("journey_completion", "journey_phases")) {
            CheckResult r = QualityChecks.run(check, loaded, config);
            assertTrue(r.status() != CheckStatus.FAIL, check + ": " + r.failedMeasurements() + " " + r.examples());
        }
        // the timeline rules (every step in a session, events agreeing with the journey, progress) hold
        LoadedDataset full = LoadedDataset.generate(dataset.generator());
        for (String check : List.of("timeline", "scenario_consistency", "engagement")) {
            CheckResult r = QualityChecks.run(check, full, config);
            assertTrue(r.status() != CheckStatus.FAIL, check + ": " + r.failedMeasurements() + " " + r.examples());
        }
        assertEquals(0.0, QualityChecks.run("journey_completion", loaded, config).measurements().get(0).value());

        // the analysis counts the branches apart: one branch point, its journeys split as the scenarios show
        List<Analysis.BranchPoint> points = Analysis.of(loaded, config).branchPoints();
        assertEquals(1, points.size());
        Analysis.BranchPoint glucose = points.get(0);
        assertEquals("glucose_test", glucose.step());
        assertEquals(List.of("diabetes_pathway", "routine_care"), glucose.next().stream().map(Analysis.Branch::step).toList());
        long toPathway = dataset.scenarios().stream().filter(sc -> JourneyPaths.pathId(sc.journey())
                .contains("glucose_test>diabetes_pathway")).count();
        assertEquals(toPathway, glucose.next().get(0).count());
        assertEquals(glucose.reached(), glucose.ended() + glucose.next().get(0).count() + glucose.next().get(1).count());
    }

    @Test
    void theSeedJourneyIsOneStraightPath() {
        GeneratorConfig config = ConfigLoader.defaults();
        JourneyPaths paths = JourneyPaths.of(config);
        assertFalse(paths.branched());
        List<String> ids = paths.framework().stepIds();
        for (int k = 0; k < ids.size(); k++) {
            assertEquals(k + 1 < ids.size() ? List.of(ids.get(k + 1)) : List.of(), paths.successors(ids.get(k)));
            assertFalse(paths.repeats(ids.get(k)));
        }
        SyntheticDataset dataset = SyntheticDataset.of(config, 42, 300);
        assertTrue(Analysis.of(LoadedDataset.of(dataset.customers(), dataset.scenarios()), config).branchPoints()
                .isEmpty(), "no branch point in the seed's analysis");
        for (TestScenario s : dataset.scenarios()) {
            s.journey().forEach(step -> assertNull(step.occurrence()));
            String path = JourneyPaths.pathId(s.journey());
            assertNotNull(path);
            assertTrue(String.join(JourneyPaths.SEPARATOR, ids).contains(path), path);
        }
    }

    private static final String TWO = """
            journey:
              phases:
                replace:
                  - id: a
                    steps:
                      - { id: s1, actions: [x1] }
                      - { id: s2, actions: [x2] }
                      - { id: s3, actions: [x3] }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [ { id: s1, actions: [x1], next: [ { to: s3 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.1.id: step 's2' is unreachable (was: s2; allowed: a step a route reaches from a start step (s1))
            [ { id: s1, actions: [x1] }, { id: s2, actions: [x2], next: [ { to: s1 } ] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.1.next.0.to: routes form a cycle (was: s1 > s2 > s1; allowed: routes that end at the framework's last step (a step occurs again only by its repeat))
            [ { id: s1, actions: [x1], next: [ { to: s9 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.0.to: unknown step 's9' (was: s9; allowed: s1, s2, s3)
            [ { id: s1, actions: [x1], next: [ { to: s2, last_status: [completed] }, { to: s3, last_status: [partial] } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.1: has conditions, yet the last rule is the default (allowed: a last rule { to, weight } without when, emotional_state or last_status)
            [ { id: s1, actions: [x1], next: [ { to: s2, last_status: [done] }, { to: s3 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.0.last_status.0: unknown completion status 'done' (was: done; allowed: completed, partial, skipped, abandoned)
            [ { id: s1, actions: [x1], next: [ { to: s2, emotional_state: [bored] }, { to: s3 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.0.emotional_state.0: unknown emotional state 'bored' (was: bored; allowed: curious, anxious, hopeful, confident, motivated, overwhelmed, indifferent, distracted, relieved, frustrated)
            [ { id: s1, actions: [x1], next: [ { to: s2, when: { is: rich } }, { to: s3 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.0.when.is: unknown condition 'rich' (was: rich; allowed: has_screening_history, new_to_platform, inactive, screening_lapsed, recent_life_event, risk_above_lowest, onboarding_completed, screening_due, undiagnosed_finding, account_opening_day)
            [ { id: s1, actions: [x1], next: [ { to: s2, weight: 0 } ] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next.0.weight: out of range (was: 0.0; allowed: a weight above 0, at most 1000000)
            [ { id: s1, actions: [x1], next: [] }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.next: is empty (was: []; allowed: at least one rule { when, emotional_state, last_status, to, weight })
            [ { id: s1, actions: [x1], repeat: { every_days: 1 } }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.repeat.times: is required (allowed: a whole number of occurrences 1–1000)
            [ { id: s1, actions: [x1], repeat: { every_days: 1, times: 3, at_days: [2] } }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.repeat: gives both every_days and at_days (allowed: { every_days, times } or { at_days: [...] })
            [ { id: s1, actions: [x1], repeat: { at_days: [14, 7] } }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.repeat.at_days.1: is not after the day before it (was: 7; allowed: days in increasing order)
            [ { id: s1, actions: [x1], repeat: { every_days: 0, times: 3 } }, { id: s2, actions: [x2] }, { id: s3, actions: [x3] } ] | journey.phases.0.steps.0.repeat.every_days: out of range (was: 0; allowed: a whole number of days 1–366)
            """)
    void routeAndRepeatErrorsAreExact(String steps, String message) {
        String yaml = "journey: { phases: { replace: [ { id: a, steps: " + steps + " } ] } }\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gap_before: { min_days: 3 }                         | journey.phases.0.gap_before.max_days: is required (allowed: a whole number of days 0–3650)
            gap_before: { min_days: 3, max_days: 1 }            | journey.phases.0.gap_before: min_days is greater than max_days (was: 3 > 1; allowed: min_days <= max_days)
            gap_before: { min_days: 1, max_days: 2, min_hours: 1, max_hours: 2 } | journey.phases.0.gap_before: mixes units days and hours (allowed: one of { min_days, max_days }, { min_hours, max_hours }, { min_minutes, max_minutes }, { min_seconds, max_seconds })
            gap_before: { }                                     | journey.phases.0.gap_before: gives no range (allowed: one of { min_days, max_days }, { min_hours, max_hours }, { min_minutes, max_minutes }, { min_seconds, max_seconds })
            step_spacing: { min_minutes: 0, max_minutes: 2000 } | journey.phases.0.step_spacing.max_minutes: out of range (was: 2000; allowed: a whole number of minutes 0–1440)
            step_spacing: { min_weeks: 1, max_weeks: 2 }        | journey.phases.0.step_spacing.min_weeks: unknown property
            """)
    void timingErrorsAreExact(String timing, String message) {
        String yaml = TWO.replace("      - id: a\n", "      - id: a\n        " + timing + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertTrue(e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", "").startsWith(message), e.getMessage());
    }
}
