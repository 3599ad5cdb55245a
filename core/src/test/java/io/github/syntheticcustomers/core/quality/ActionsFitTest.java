package io.github.syntheticcustomers.core.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Region;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journey actions fit their step, status and history (issue 29, item 6), over 1,000 customers for each of three
 * seeds: an introduction is skipped only at a journey's first step, an appointment is rescheduled only after a booking
 * earlier in the journey, an account is set up only on the day it was opened, and a first-time user (a journey from
 * sign-up) never has an onboarded account older than a new one; the coherence check counts none of these, and
 * counts a record broken on purpose.
 */
class ActionsFitTest {

    private static final GeneratorConfig CONFIG = ConfigLoader.defaults();

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 1234})
    void actionsFitTheirStepAndHistory(long seed) {
        SyntheticDataset d = SyntheticDataset.of(CONFIG, seed, 1_000);
        Map<String, ZoneId> zones = Region.zonesByName(CONFIG.regions());
        int skipped = 0;
        int rescheduled = 0;
        int setUp = 0;
        int firstTime = 0;
        for (int i = 0; i < d.scenarios().size(); i++) {
            TestScenario s = d.scenarios().get(i);
            CustomerProfile c = d.customer(i);
            ZoneId zone = zones.getOrDefault(c.demographics().state(), ZoneOffset.UTC);
            boolean booked = false;
            for (int k = 0; k < s.journey().size(); k++) {
                JourneyStep step = s.journey().get(k);
                if (step.actions().contains("skipped_introduction")) {
                    skipped++;
                    assertEquals(0, k, s.scenarioId() + " skips the introduction at step " + (k + 1));
                }
                if (step.actions().contains("rescheduled_appointment")) {
                    rescheduled++;
                    assertTrue(booked, s.scenarioId() + " reschedules at " + step.step() + " without a booking");
                }
                if (step.actions().contains("completed_account_setup")) {
                    setUp++;
                    assertEquals(c.engagement().accountCreated(), step.timestamp().atZone(zone).toLocalDate(),
                            s.scenarioId() + " sets up an account opened on another day");
                }
                booked |= step.actions().contains("booked_screening_appointment");
            }
            if (Boolean.TRUE.equals(CONFIG.scenarios().types().get(s.scenarioType()).fromSignUp())) {
                firstTime++;
                long age = ChronoUnit.DAYS.between(c.engagement().accountCreated(), CONFIG.referenceDate());
                assertTrue(!c.engagement().onboardingCompleted() || age <= CONFIG.timeline().account().newDays(),
                        s.scenarioId() + ": a first-time user with an onboarded account " + age + " days old");
            }
        }
        // each action still occurs where it fits
        assertTrue(skipped >= 20 && rescheduled >= 20 && setUp >= 20 && firstTime >= 100,
                skipped + " " + rescheduled + " " + setUp + " " + firstTime);
    }

    @Test
    void theDefaultDatasetHasNoActionOrSignUpViolation() {
        CheckResult coherence = QualityChecks.run(Datasets.DATASET, CONFIG).check("coherence");
        for (String rule : List.of(CoherenceCheck.JOURNEY_ACTIONS, CoherenceCheck.SIGN_UP_JOURNEY)) {
            assertEquals(0.0, coherence.measurements().stream().filter(m -> m.subject().equals(rule)).findFirst()
                    .orElseThrow().value(), rule);
        }
    }

    @Test
    void anIntroductionSkippedLateOrARescheduleWithoutBookingIsCounted() {
        LoadedDataset d = Datasets.DATASET;
        List<TestScenario> broken = new ArrayList<>();
        int changed = 0;
        for (TestScenario s : d.scenarios()) {
            if (changed < 2 && s.journey().size() >= 3) {
                List<JourneyStep> steps = new ArrayList<>(s.journey());
                JourneyStep last = steps.get(2);
                List<String> actions = new ArrayList<>(last.actions());
                actions.add(changed == 0 ? "skipped_introduction" : "rescheduled_appointment");
                steps.set(2, new JourneyStep(last.phase(), last.step(), last.timestamp(), actions,
                        last.emotionalState(), last.completionStatus(), last.timeOnStepSeconds()));
                boolean noBooking = s.journey().stream().noneMatch(j -> j.actions().contains(
                        "booked_screening_appointment"));
                if (changed == 0 || noBooking) {
                    broken.add(new TestScenario(s.scenarioId(), s.customerId(), s.scenarioType(), s.user(),
                            s.journeyStatus(), s.completedBefore(), steps));
                    changed++;
                    continue;
                }
            }
            broken.add(s);
        }
        CheckResult coherence = QualityChecks.run(d.withScenarios(broken), CONFIG).check("coherence");
        assertEquals(CheckStatus.FAIL, coherence.status());
        assertEquals(2.0, coherence.measurements().stream().filter(m -> m.subject().equals(
                CoherenceCheck.JOURNEY_ACTIONS)).findFirst().orElseThrow().value());
    }
}
