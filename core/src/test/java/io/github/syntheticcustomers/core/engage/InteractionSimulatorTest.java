package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.Engagement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionSimulatorTest {

    private static final Traits CALM = Inputs.traits(0.7, 0.7, 0.1, 0.7, 0.7, 0.3, 0.2);
    private static final Traits ANXIOUS = Inputs.traits(0.7, 0.3, 0.9, 0.3, 0.5, 0.5, 0.2);

    private static Engagement engagement(double score) {
        return new Engagement(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 1), "app", 10, 5.0, 20, true, true,
                List.of(), score);
    }

    private static InteractionMeasurements next(Rng rng, Traits t, Engagement e, EmotionClass emotion, String status) {
        return InteractionSimulator.next(rng, t, e, emotion, status, null, Inputs.DEFAULTS.engagement().stepEngagement());
    }

    /** Mean hesitation load and mean scroll depth over 2,000 simulated steps. */
    private static double[] means(Traits t, Engagement e, EmotionClass emotion) {
        return means(t, e, emotion, "completed");
    }

    private static double[] means(Traits t, Engagement e, EmotionClass emotion, String status) {
        double load = 0;
        double scroll = 0;
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            InteractionMeasurements m = next(Rng.of(7, i, "interactions"), t, e, emotion, status);
            load += m.hesitationLoad();
            scroll += m.scrollDepth();
        }
        return new double[] {load / n, scroll / n};
    }

    @Test
    void anxietyAndDistressMeanMoreHesitationAndEngagementMeansDeeperScrolling() {
        double calm = means(CALM, engagement(0.5), EmotionClass.POSITIVE)[0];
        double anxious = means(ANXIOUS, engagement(0.5), EmotionClass.POSITIVE)[0];
        double distressed = means(ANXIOUS, engagement(0.5), EmotionClass.DISTRESSED)[0];
        assertTrue(anxious > calm + 0.15, anxious + " vs " + calm);
        assertTrue(distressed > anxious, distressed + " vs " + anxious);
        double low = means(CALM, engagement(0.1), EmotionClass.POSITIVE)[1];
        double high = means(CALM, engagement(0.9), EmotionClass.POSITIVE)[1];
        assertTrue(high > low + 0.2, high + " vs " + low);
    }

    @Test
    void measurementsAgreeWithWhatBecameOfTheStep() {
        double[] completed = means(CALM, engagement(0.5), EmotionClass.POSITIVE, "completed");
        double[] partial = means(CALM, engagement(0.5), EmotionClass.POSITIVE, "partial");
        double[] abandoned = means(CALM, engagement(0.5), EmotionClass.POSITIVE, "abandoned");
        double[] skipped = means(CALM, engagement(0.5), EmotionClass.POSITIVE, "skipped");
        // read less far, and hesitate more, the less of the step was done
        assertTrue(completed[1] > partial[1] + 0.05 && partial[1] > abandoned[1] && abandoned[1] > skipped[1],
                completed[1] + " " + partial[1] + " " + abandoned[1] + " " + skipped[1]);
        assertTrue(abandoned[0] > completed[0] + 0.1, abandoned[0] + " vs " + completed[0]);
        InteractionMeasurements passedOver = next(Rng.of(42, 3, "interactions"), CALM,
                engagement(0.5), EmotionClass.POSITIVE, "skipped");
        assertEquals(0, passedOver.hesitations());
        assertEquals(0, passedOver.detailsExpanded());
    }

    @Test
    void theSameStreamGivesTheSameMeasurements() {
        assertEquals(next(Rng.of(42, 3, "interactions"), ANXIOUS, engagement(0.4),
                EmotionClass.DISTRESSED, "partial"), next(Rng.of(42, 3, "interactions"), ANXIOUS,
                engagement(0.4), EmotionClass.DISTRESSED, "partial"));
    }
}
