package io.github.syntheticcustomers.core.quality;

import static io.github.syntheticcustomers.core.quality.Datasets.CONFIG;
import static io.github.syntheticcustomers.core.quality.Datasets.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.JourneyFramework;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.ScenarioUser;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journey checks pass on the default scenarios and fail on scenarios broken on purpose. */
class JourneyChecksTest {

    private static QualityReport run(List<TestScenario> scenarios) {
        return QualityChecks.run(LoadedDataset.of(DEFAULT, scenarios), CONFIG);
    }

    private static void assertOnlyFails(QualityReport report, String... checks) {
        assertEquals(List.of(checks), report.failed().stream().map(CheckResult::name).toList(),
                report.failureMessage());
    }

    private static Measurement measurement(QualityReport report, String check, String subject) {
        return report.check(check).measurements().stream().filter(m -> m.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no measurement " + subject + " in " + check + ": "
                        + report.check(check).measurements()));
    }

    @Test
    void defaultScenariosPassEveryJourneyCheck() {
        QualityReport report = run(Datasets.SCENARIOS);
        assertTrue(report.passed(), report.failureMessage());
        for (String check : List.of("emotional_states", "journey_completion", "scenario_consistency",
                "journey_phases")) {
            assertEquals(CheckStatus.PASS, report.check(check).status(), check);
        }
        assertTrue(measurement(report, "emotional_states", "emotion_profile_correlation").value() >= 0.3);
        assertTrue(measurement(report, "journey_completion", "completion_profile_correlation").value() >= 0.5);
    }

    @Test
    void journeyChecksAreSkippedWithoutScenarios() {
        QualityReport report = QualityChecks.run(LoadedDataset.of(DEFAULT), CONFIG);
        assertEquals(CheckStatus.SKIPPED, report.check("journey_phases").status());
        assertTrue(report.passed(), report.failureMessage());
    }

    @Test
    void anAbandonedStepFollowedByACompletedOneFailsJourneyCompletion() {
        List<TestScenario> broken = Datasets.editScenarios(s -> s.journey().size() >= 3, 1, s -> {
            List<JourneyStep> steps = new ArrayList<>(s.journey());
            steps.set(1, Datasets.step(steps.get(1), steps.get(1).emotionalState(), CompletionStatus.ABANDONED));
            steps.set(2, Datasets.step(steps.get(2), steps.get(2).emotionalState(), CompletionStatus.COMPLETED));
            return Datasets.withJourney(s, steps);
        });
        QualityReport report = run(broken);
        assertOnlyFails(report, "journey_completion");
        assertEquals(1.0, measurement(report, "journey_completion", "progression_violations").value());
        assertTrue(report.check("journey_completion").examples().get(0).contains("abandoned, yet followed by"),
                report.failureMessage());
    }

    @Test
    void stepsOutOfOrderOrTimestampsGoingBackFailJourneyCompletion() {
        List<TestScenario> broken = Datasets.editScenarios(s -> s.journey().size() >= 3, 1, s -> {
            List<JourneyStep> steps = new ArrayList<>(s.journey());
            JourneyStep a = steps.get(0);
            JourneyStep b = steps.get(1);
            steps.set(0, new JourneyStep(b.phase(), b.step(), a.timestamp(), b.actions(), b.emotionalState(),
                    b.completionStatus(), b.timeOnStepSeconds()));
            steps.set(1, new JourneyStep(a.phase(), a.step(), b.timestamp(), a.actions(), a.emotionalState(),
                    a.completionStatus(), a.timeOnStepSeconds()));
            JourneyStep c = steps.get(2);
            steps.set(2, new JourneyStep(c.phase(), c.step(), a.timestamp(), c.actions(), c.emotionalState(),
                    c.completionStatus(), c.timeOnStepSeconds()));
            return Datasets.withJourney(s, steps);
        });
        QualityReport report = run(broken);
        assertEquals(CheckStatus.FAIL, report.check("journey_completion").status());
        String examples = report.check("journey_completion").examples().toString();
        assertTrue(examples.contains("out of framework order") && examples.contains("not after the previous"),
                examples);
    }

    @Test
    void lowStepCompletionFailsTheStepRate() {
        List<TestScenario> broken = Datasets.editScenarios(s -> true, 500, s -> Datasets.mapSteps(s,
                st -> st.step().equals("risk_assessment") && st.completionStatus().equals(CompletionStatus.COMPLETED)
                        ? Datasets.step(st, st.emotionalState(), CompletionStatus.PARTIAL) : st));
        QualityReport report = run(broken);
        assertEquals(0.0, measurement(report, "journey_completion", "completion_rate.risk_assessment").value());
        assertEquals(CheckStatus.FAIL, report.check("journey_completion").status());
        assertTrue(report.failureMessage().contains("completion_rate.risk_assessment = 0% (allowed >= 40%)"),
                report.failureMessage());
    }

    @Test
    void unknownEmotionOrEmotionsAgainstTheProfileFailEmotionalStates() {
        List<TestScenario> unknown = Datasets.editScenarios(s -> true, 1, s -> Datasets.mapSteps(s,
                st -> Datasets.step(st, "ecstatic", st.completionStatus())));
        QualityReport report = run(unknown);
        assertOnlyFails(report, "emotional_states");
        assertTrue(report.check("emotional_states").examples().get(0).contains("'ecstatic'"));

        // the calmest personas become the most anxious: emotions now contradict health_anxiety
        List<TestScenario> inverted = Datasets.editScenarios(s -> true, 500, s -> {
            String p = s.user().personaType();
            boolean calm = p.equals("healthcare_professional") || p.equals("structured_system_seeker");
            boolean anxious = p.equals("health_aware_avoider");
            return Datasets.mapSteps(s, st -> calm ? Datasets.step(st, "anxious", st.completionStatus())
                    : anxious ? Datasets.step(st, "confident", st.completionStatus()) : st);
        });
        QualityReport profile = run(inverted);
        assertTrue(measurement(profile, "emotional_states", "emotion_profile_correlation").value() < 0.3,
                profile.failureMessage());
        assertEquals(CheckStatus.FAIL, profile.check("emotional_states").status());
    }

    @Test
    void aScenarioWhoseUserDisagreesWithItsCustomerFailsScenarioConsistency() {
        List<TestScenario> broken = Datasets.editScenarios(s -> true, 1, s -> Datasets.withUser(s, new ScenarioUser(
                s.user().name(), s.user().age() + 1, s.user().personaType(), s.user().riskLevel(),
                s.user().screeningHistory())));
        QualityReport report = run(broken);
        assertOnlyFails(report, "scenario_consistency");
        assertEquals(1.0, measurement(report, "scenario_consistency", "user_differs_from_customer").value());
        assertTrue(report.failureMessage().contains("scn-000001: user age"), report.failureMessage());
    }

    @Test
    void idsThatDoNotResolveOrRepeatFailScenarioConsistency() {
        List<TestScenario> broken = new ArrayList<>(Datasets.SCENARIOS);
        TestScenario first = broken.get(0);
        broken.set(0, Datasets.withIds(first, first.scenarioId(), "cus-999999", "time_traveller"));
        broken.set(1, Datasets.withIds(broken.get(1), first.scenarioId(), broken.get(1).customerId(),
                broken.get(1).scenarioType()));
        QualityReport report = run(broken);
        assertOnlyFails(report, "scenario_consistency");
        assertEquals(1.0, measurement(report, "scenario_consistency", "unresolved_customer_ids").value());
        assertEquals(1.0, measurement(report, "scenario_consistency", "scenario_ids_out_of_sequence").value());
        assertEquals(1.0, measurement(report, "scenario_consistency", "unknown_scenario_types").value());
        assertEquals(2.0, measurement(report, "scenario_consistency", "mismatched_ids").value());

        QualityReport missing = run(Datasets.SCENARIOS.subList(0, 400));
        assertEquals(0.8, measurement(missing, "scenario_consistency", "scenarios_per_customer").value());
        assertOnlyFails(missing, "scenario_consistency");
    }

    @Test
    void phaseThresholdsFailWhenThePhasesMisbehave() {
        // every action step frustrated: no motivation in the action phase
        List<TestScenario> unmotivated = Datasets.editScenarios(s -> true, 500, s -> Datasets.mapSteps(s,
                st -> st.phase().equals("action")
                        ? Datasets.step(st, "frustrated", st.completionStatus()) : st));
        QualityReport report = run(unmotivated);
        assertEquals(0.0, measurement(report, "journey_phases", "action.motivation_share").value());
        assertEquals(CheckStatus.FAIL, report.check("journey_phases").status());

        // journeys cut after awareness: almost nobody transitions to engagement
        List<TestScenario> cut = Datasets.editScenarios(s -> true, 500, s -> Datasets.withJourney(s,
                s.journey().stream().filter(st -> st.phase().equals("awareness")).toList()));
        QualityReport cutReport = run(cut);
        assertEquals(0.0, measurement(cutReport, "journey_phases", "transition.awareness_to_engagement").value());
        assertEquals(CheckStatus.FAIL, cutReport.check("journey_phases").status());
    }

    @Test
    void aConfigurationCanMakeAThresholdImpossible() {
        GeneratorConfig strict = ConfigLoader.load("strict.yaml", "quality:\n  min_step_completion_rate: 100\n");
        QualityReport report = QualityChecks.run(LoadedDataset.of(DEFAULT, Datasets.SCENARIOS), strict);
        assertOnlyFails(report, "journey_completion");
        assertTrue(report.failureMessage().contains("(allowed >= 100%)"), report.failureMessage());
    }
}
