package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.journey.CompletionStatus;
import io.github.syntheticcustomers.core.journey.EmotionClass;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.Engagement;

/**
 * Simulates what a front end would measure on a step, from the customer's platform engagement data
 * and traits and the emotional state on the step. Draws come from the caller's
 * {@code Rng.of(seed, index, "interactions")}, one step after another in journey order.
 *
 * <p>With e = engagement score: time on step ~ N(45 + 50·health_awareness + 60·health_anxiety·d − 30·e, 20)
 * seconds (d = 1.5 when distressed or uncertain, else 1), 5–900; scroll depth ~ N(0.3 + 0.45·e +
 * 0.2·health_awareness, 0.15), 0–1; hesitations: 4 chances of 0.05 + 0.3·health_anxiety + 0.15·[distressed
 * or uncertain] − 0.1·e; revisits: 3 chances of 0.03 + 0.15·health_anxiety·(1 − action_tendency);
 * help opened with 0.05 + 0.25·health_anxiety + 0.15·[uncertain] − 0.1·health_awareness; details
 * expanded: 3 chances of 0.05 + 0.45·health_awareness·e.
 */
final class InteractionSimulator {

    private InteractionSimulator() {
    }

    /**
     * The next step's measurements for a customer, agreeing with what became of the step ({@code status}, may be
     * null): a skipped step is passed over quickly (a fifth of the time and a third of the scroll, no detail
     * asked), an abandoned one is left half read with more hesitation, a partial one is read less far.
     */
    public static InteractionMeasurements next(Rng rng, Traits t, Engagement engagement, EmotionClass emotion,
            String status) {
        return next(rng, t, engagement, emotion, status, null);
    }

    /**
     * As {@link #next(Rng, Traits, Engagement, EmotionClass, String)}, with the time on step the customer's timeline
     * gives ({@code seconds}; null: simulated as there).
     */
    public static InteractionMeasurements next(Rng rng, Traits t, Engagement engagement, EmotionClass emotion,
            String status, Integer seconds) {
        double e = engagement == null ? 0.5 : engagement.engagementScore();
        double awareness = PersonaStyles.v(t.healthAwareness());
        double anxiety = PersonaStyles.v(t.healthAnxiety());
        double action = PersonaStyles.v(t.actionTendency());
        boolean unsettled = emotion == EmotionClass.DISTRESSED || emotion == EmotionClass.UNCERTAIN;
        int drawn = (int) Math.round(rng.gaussian(45 + 50 * awareness + 60 * anxiety * (unsettled ? 1.5 : 1)
                - 30 * e, 20, 5, 900));
        double scroll = Decimals.unit2(rng.gaussian(0.3 + 0.45 * e + 0.2 * awareness, 0.15, 0, 1));
        int hesitations = count(rng, 4, 0.05 + 0.3 * anxiety + (unsettled ? 0.15 : 0) - 0.1 * e);
        int revisits = count(rng, 3, 0.03 + 0.15 * anxiety * (1 - action));
        boolean help = rng.chance(0.05 + 0.25 * anxiety + (emotion == EmotionClass.UNCERTAIN ? 0.15 : 0)
                - 0.1 * awareness);
        int details = count(rng, 3, 0.05 + 0.45 * awareness * e);
        int extraHesitations = count(rng, 2, 0.35);
        boolean skipped = CompletionStatus.SKIPPED.equals(status);
        int time = seconds != null ? seconds : skipped ? Math.max(5, drawn / 5) : drawn;
        if (skipped) {
            return new InteractionMeasurements(time, Decimals.unit2(scroll / 3), 0, revisits,
                    false, 0);
        }
        if (CompletionStatus.ABANDONED.equals(status)) {
            return new InteractionMeasurements(time, Decimals.unit2(scroll / 2), hesitations + extraHesitations,
                    revisits, help, 0);
        }
        if (CompletionStatus.PARTIAL.equals(status)) {
            return new InteractionMeasurements(time, Decimals.unit2(scroll * 0.75),
                    hesitations + extraHesitations / 2, revisits, help, details);
        }
        return new InteractionMeasurements(time, scroll, hesitations, revisits, help, details);
    }

    private static int count(Rng rng, int tries, double p) {
        int n = 0;
        for (int i = 0; i < tries; i++) {
            if (rng.chance(p)) {
                n++;
            }
        }
        return n;
    }
}
