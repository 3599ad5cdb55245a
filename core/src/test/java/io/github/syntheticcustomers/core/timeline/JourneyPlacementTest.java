package io.github.syntheticcustomers.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.internal.Rng;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where journey steps land on a customer's sessions, and the draws the timeline model uses. */
class JourneyPlacementTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    /** A session of {@code minutes} starting {@code dayOffset} days after T0. */
    private static Session session(int number, int dayOffset, int minutes) {
        Instant start = T0.plusSeconds(86_400L * dayOffset);
        return new Session(number, start, start.plusSeconds(60L * minutes), List.of());
    }

    private static final List<Session> SESSIONS = List.of(session(1, 0, 10), session(2, 1, 3), session(3, 2, 20),
            session(4, 3, 20));

    @Test
    void aStepStartsAfterThePreviousOneEndsAndMovesToTheNextSessionWithRoom() {
        JourneyPlacement placement = new JourneyPlacement(SESSIONS, false);
        List<JourneyPlacement.Placed> placed = placement.from(0, List.of(
                new JourneyPlacement.Step("a", 240, 10),
                new JourneyPlacement.Step("a", 300, 10),
                // 6 minutes: not in what is left of session 1 (10 min), not in session 2 (3 min): session 3
                new JourneyPlacement.Step("a", 360, 10)));
        assertEquals(List.of(
                new JourneyPlacement.Placed(0, T0.plusSeconds(10), 240),
                new JourneyPlacement.Placed(0, T0.plusSeconds(260), 300),
                new JourneyPlacement.Placed(2, SESSIONS.get(2).start().plusSeconds(10), 360)), placed);
    }

    @Test
    void aNewPhaseStartsANewSessionWhenAsked() {
        List<JourneyPlacement.Step> steps = List.of(new JourneyPlacement.Step("a", 60, 5),
                new JourneyPlacement.Step("b", 60, 5));
        assertEquals(0, new JourneyPlacement(SESSIONS, false).from(0, steps).get(1).session());
        assertEquals(1, new JourneyPlacement(SESSIONS, true).from(0, steps).get(1).session());
    }

    @Test
    void theJourneyIsTheLatestStretchThatHoldsIt() {
        JourneyPlacement placement = new JourneyPlacement(SESSIONS, true);
        List<JourneyPlacement.Step> twoPhases = List.of(new JourneyPlacement.Step("a", 600, 5),
                new JourneyPlacement.Step("b", 600, 5));
        // sessions 3 and 4 hold a 10-minute step each: the latest start is session 3 (index 2)
        assertEquals(2, placement.latestStart(0, twoPhases));
        // three 10-minute phases need sessions 1, 3 and 4 at the latest... session 1 is too short: none holds them
        List<JourneyPlacement.Step> threePhases = List.of(new JourneyPlacement.Step("a", 600, 5),
                new JourneyPlacement.Step("b", 600, 5), new JourneyPlacement.Step("c", 600, 5));
        assertEquals(0, placement.latestStart(0, threePhases), "none fits: the earliest, and it stays in progress");
        assertEquals(2, placement.from(0, threePhases).size(), "two of three reached by the last session");
        assertEquals(4, JourneyPlacement.after(placement.from(0, threePhases), 0), "the session after the last used");
    }

    @Test
    void poissonCountsByInversionHaveTheirMean() {
        Rng rng = Rng.of(42, 0, "poisson-test");
        long sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += Draws.poisson(rng, 1.7);
        }
        assertEquals(1.7, (double) sum / n, 0.02);
        assertEquals(0, Draws.poisson(rng, 0.0));
        assertEquals(0, Draws.poisson(rng, -1.0));
    }
}
