package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPreservationTest {

    private static final List<String> JOURNEY = Inputs.CATALOGUE.stepIds();

    private static ProgressState walk(int steps) {
        ProgressState state = ProgressState.start("cus-000042");
        for (int i = 0; i < steps; i++) {
            boolean completed = i % 5 != 3; // every fourth of five steps is only partial
            state = state.advance(JOURNEY.get(i), completed, List.of(Tier.ESSENTIAL, Tier.EXTENDED),
                    new InteractionMeasurements(30 + i, 0.05 * i, i % 3, i % 2, i % 4 == 0, i % 3));
        }
        return state;
    }

    @Test
    void saveThenRestoreGivesAnEqualState() {
        for (int steps : new int[] {0, 1, 7, 16}) {
            ProgressState state = walk(steps);
            String json = ProgressPreservation.save(state);
            assertEquals(state, ProgressPreservation.restore(json), json);
            assertEquals(json, ProgressPreservation.save(ProgressPreservation.restore(json)));
        }
        String json = ProgressPreservation.save(walk(2));
        for (String key : List.of("\"userId\"", "\"currentStep\"", "\"completedSteps\"", "\"loadedTiers\"",
                "\"interactions\"", "\"timeOnStepSeconds\"", "\"stepId\"")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void restoringSomethingElseFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgressPreservation.restore("{\"userId\": \"u\", \"bogus\": 1}"));
        assertTrue(e.getMessage().contains("bogus"), e.getMessage());
    }

    @Test
    void calculateProgressOnPartialAndCompleteJourneys() {
        assertEquals(0.0, ProgressPreservation.calculateProgress(walk(0), JOURNEY));
        assertEquals(3.0 / 16, ProgressPreservation.calculateProgress(walk(4), JOURNEY), 1e-12, "step 4 is partial");
        assertEquals(8.0 / 16, ProgressPreservation.calculateProgress(walk(10), JOURNEY), 1e-12);
        ProgressState all = ProgressState.start("u");
        for (String step : JOURNEY) {
            all = all.advance(step, true, List.of(Tier.ESSENTIAL), InteractionMeasurements.NEUTRAL);
        }
        assertEquals(1.0, ProgressPreservation.calculateProgress(all, JOURNEY));
        // completing a step twice, or a step outside the journey, does not count twice or at all
        ProgressState again = all.advance(JOURNEY.get(0), true, List.of(), InteractionMeasurements.NEUTRAL)
                .advance("bonus_step", true, List.of(), InteractionMeasurements.NEUTRAL);
        assertEquals(1.0, ProgressPreservation.calculateProgress(again, JOURNEY));
        assertEquals(0.5, ProgressPreservation.calculateProgress(walk(3), JOURNEY.subList(0, 6)), 1e-12);
        assertEquals(0.0, ProgressPreservation.calculateProgress(all, List.of()));
    }
}
