package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.List;
import java.util.Map;

/**
 * Completion criteria of journey steps (configuration {@code journey.completion}): the probability that a
 * step is completed grows with action tendency, system engagement, organisation and platform engagement,
 * falls with anxiety and social barriers, and moves with the risk level, a recent life event, the current
 * emotional state and the phase. What is not completed is abandoned, skipped or partial. Immutable.
 */
final class CompletionModel {

    private final JourneyConfig.Completion c;
    private final double[] emotions;
    private final List<String> skippable;

    CompletionModel(JourneyConfig.Completion completion, EmotionalStates states) {
        this.c = completion;
        this.emotions = EmotionModel.vector(states, completion.emotions());
        this.skippable = completion.skippableSteps() == null ? List.of() : List.copyOf(completion.skippableSteps());
    }

    /** The part of the completion probability that is fixed for one customer's journey. */
    double customerBase(CustomerProfile customer, boolean recentLifeEvent, double biases) {
        double p = c.base() + biases;
        if (c.traits() != null) {
            Traits t = customer.traits();
            for (Map.Entry<String, Double> e : c.traits().entrySet()) {
                p += e.getValue() * t.value(e.getKey());
            }
        }
        p += orZero(c.engagementScore()) * customer.engagement().engagementScore();
        if (c.riskLevels() != null) {
            p += orZero(c.riskLevels().get(customer.riskLevel()));
        }
        if (recentLifeEvent) {
            p += orZero(c.recentLifeEvent());
        }
        return p;
    }

    /** The status of a step: {@code base} from {@link #customerBase}, plus state and phase. */
    String status(Rng rng, double base, int state, JourneyFramework.Step step) {
        double p = base + emotions[state] + (c.phases() == null ? 0 : orZero(c.phases().get(step.phase())));
        p = Math.max(c.floor(), Math.min(c.ceiling(), p));
        double r = rng.nextDouble();
        if (r < p) {
            return CompletionStatus.COMPLETED;
        }
        double u = (r - p) / (1.0 - p);
        if (u < c.abandonShare()) {
            return CompletionStatus.ABANDONED;
        }
        if (u < c.abandonShare() + c.skipShare() && skippable.contains(step.id())) {
            return CompletionStatus.SKIPPED;
        }
        return CompletionStatus.PARTIAL;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
