package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.Engagement;
import java.util.Map;

/**
 * Simulates what a front end would measure on a step, from the customer's platform engagement data and traits, the
 * emotional state on the step and a latent engagement on the step. Draws come from the caller's
 * {@code Rng.of(seed, index, "interactions")}, one step after another in journey order.
 *
 * <p>The completion status is allocated by the journey model; the measurements are drawn conditionally on it, so
 * the allocated statuses stay exact and the measurements still overlap: the step's latent engagement
 * u ~ N(m(status), 1), with m the configured mean of the status ({@code engagement.step_engagement}), moves every
 * measurement a little, and chance does the rest (docs/engagement-metrics.md). With e = engagement score: time on
 * step ~ N(45 + 50·health_awareness + 60·health_anxiety·d − 30·e − 15·u, 20) seconds (d = 1.5 when distressed or
 * uncertain, else 1), 5–900, unless the timeline gives it; scroll depth ~ N(0.3 + 0.3·e + 0.2·health_awareness +
 * 0.12·u, 0.15), 0–1; hesitations: 4 chances of 0.05 + 0.3·health_anxiety + 0.15·[distressed or uncertain] −
 * 0.1·e − 0.16·u; revisits: 3 chances of 0.03 + 0.15·health_anxiety·(1 − action_tendency) − 0.07·u; help opened with
 * 0.05 + 0.25·health_anxiety + 0.15·[uncertain] − 0.1·health_awareness − 0.1·u; details expanded: 3 chances of
 * 0.05 + 0.45·health_awareness·e + 0.15·u (every probability clamped to 0–1). A skipped step is passed over: a
 * fifth of the time and a third of the scroll, no hesitation, no detail, no help.
 */
final class InteractionSimulator {

    private InteractionSimulator() {
    }

    /**
     * The next step's measurements for a customer whose step ended {@code status} (may be null: the mean of no
     * status is 0), with the time on step the customer's timeline gives ({@code seconds}; null: simulated) and the
     * latent engagement means by status ({@code means}; a status it lacks has mean 0).
     */
    public static InteractionMeasurements next(Rng rng, Traits t, Engagement engagement, EmotionClass emotion,
            String status, Integer seconds, Map<String, Double> means) {
        double e = engagement == null ? 0.5 : engagement.engagementScore();
        double awareness = EngagementApproaches.v(t.healthAwareness());
        double anxiety = EngagementApproaches.v(t.healthAnxiety());
        double action = EngagementApproaches.v(t.actionTendency());
        boolean unsettled = emotion == EmotionClass.DISTRESSED || emotion == EmotionClass.UNCERTAIN;
        Double mean = status == null || means == null ? null : means.get(status);
        double u = rng.gaussian(mean == null ? 0 : mean, 1);
        int drawn = (int) Math.round(rng.gaussian(45 + 50 * awareness + 60 * anxiety * (unsettled ? 1.5 : 1)
                - 30 * e - 15 * u, 20, 5, 900));
        double scroll = Decimals.unit2(rng.gaussian(0.3 + 0.3 * e + 0.2 * awareness + 0.12 * u, 0.15, 0, 1));
        int hesitations = count(rng, 4, 0.05 + 0.3 * anxiety + (unsettled ? 0.15 : 0) - 0.1 * e - 0.16 * u);
        int revisits = count(rng, 3, 0.03 + 0.15 * anxiety * (1 - action) - 0.07 * u);
        boolean help = rng.chance(clamp(0.05 + 0.25 * anxiety + (emotion == EmotionClass.UNCERTAIN ? 0.15 : 0)
                - 0.1 * awareness - 0.1 * u));
        int details = count(rng, 3, 0.05 + 0.45 * awareness * e + 0.15 * u);
        if (CompletionStatus.SKIPPED.equals(status)) {
            int time = seconds != null ? seconds : Math.max(5, drawn / 5);
            return new InteractionMeasurements(time, Decimals.unit2(scroll / 3), 0, revisits, false, 0);
        }
        return new InteractionMeasurements(seconds != null ? seconds : drawn, scroll, hesitations, revisits, help,
                details);
    }

    private static int count(Rng rng, int tries, double p) {
        double q = clamp(p);
        int n = 0;
        for (int i = 0; i < tries; i++) {
            if (rng.chance(q)) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
