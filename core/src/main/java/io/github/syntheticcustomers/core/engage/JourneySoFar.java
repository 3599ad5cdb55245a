package io.github.syntheticcustomers.core.engage;

/**
 * What happened in a journey before the current step, which adaptation follows: the steps reached and completed,
 * and the mean confidence and hesitation load measured on them.
 *
 * @param reached steps reached before this one
 * @param completed of them, the completed ones
 * @param meanConfidence mean confidence measured on them, 0–1 (0 when none)
 * @param meanHesitation mean hesitation load measured on them, 0–1 (0 when none)
 */
public record JourneySoFar(int reached, int completed, double meanConfidence, double meanHesitation) {

    /** Nothing before the first step. */
    public static final JourneySoFar NONE = new JourneySoFar(0, 0, 0, 0);

    /** The journey so far as a saved progress state records it. */
    public static JourneySoFar of(ProgressState state) {
        int n = state.interactions().size();
        if (n == 0) {
            return NONE;
        }
        double confidence = 0;
        double hesitation = 0;
        for (StepInteraction i : state.interactions()) {
            confidence += i.measurements().confidence();
            hesitation += i.measurements().hesitationLoad();
        }
        return new JourneySoFar(n, state.completedSteps().size(), confidence / n, hesitation / n);
    }

    /** The share of the steps so far that were completed, or 0.5 (neutral) before the first. */
    public double completionShare() {
        return reached == 0 ? 0.5 : (double) completed / reached;
    }
}
