package io.github.syntheticcustomers.core.engage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.syntheticcustomers.core.internal.Decimals;

/**
 * What a front end measures while a user is on a step; the input of interaction-based adaptation.
 * In generated datasets these are simulated per customer ({@code InteractionSimulator}).
 *
 * @param timeOnStepSeconds seconds spent on the step
 * @param scrollDepth fraction of the step's content scrolled through, 0–1 (rounded to two decimals)
 * @param hesitations pauses before answering or moving on (longer than a few seconds)
 * @param revisits times the user came back to this step
 * @param helpOpened whether the user opened help
 * @param detailsExpanded times the user asked for more detail ("show more")
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record InteractionMeasurements(
        int timeOnStepSeconds,
        double scrollDepth,
        int hesitations,
        int revisits,
        boolean helpOpened,
        int detailsExpanded) {

    /** Measurements that carry no signal either way (a first, unremarkable look at a step). */
    public static final InteractionMeasurements NEUTRAL = new InteractionMeasurements(90, 0.5, 0, 0, false, 0);

    public InteractionMeasurements {
        if (timeOnStepSeconds < 0 || hesitations < 0 || revisits < 0 || detailsExpanded < 0) {
            throw new IllegalArgumentException("interaction counts and times must not be negative");
        }
        if (!(scrollDepth >= 0 && scrollDepth <= 1)) {
            throw new IllegalArgumentException("scrollDepth must be within 0–1, was " + scrollDepth);
        }
        scrollDepth = Decimals.round2(scrollDepth);
    }

    /**
     * How much the user struggles, 0–1:
     * {@code min(1, 0.2·hesitations + 0.15·revisits + 0.2·[helpOpened] + 0.25·slowness)} with
     * {@code slowness = clamp((timeOnStepSeconds − 120) / 240, 0, 1)} (no penalty up to two minutes,
     * full penalty from six).
     */
    public double hesitationLoad() {
        double slowness = clamp((timeOnStepSeconds - 120) / 240.0);
        return clamp(0.2 * hesitations + 0.15 * revisits + (helpOpened ? 0.2 : 0) + 0.25 * slowness);
    }

    /**
     * How confidently the user moves, 0–1:
     * {@code 0.35·scrollDepth + 0.25·speed + 0.2·min(1, detailsExpanded / 2) + 0.2·[no hesitation and no revisit]}
     * with {@code speed = clamp(1 − timeOnStepSeconds / 180, 0, 1)}.
     */
    public double confidence() {
        double speed = clamp(1 - timeOnStepSeconds / 180.0);
        return clamp(0.35 * scrollDepth + 0.25 * speed + 0.2 * Math.min(1.0, detailsExpanded / 2.0)
                + (hesitations == 0 && revisits == 0 ? 0.2 : 0));
    }

    static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
