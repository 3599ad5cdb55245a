package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.Map;

/**
 * One persona's emotional-state Markov chain, resolved from the configuration into arrays indexed by
 * {@link EmotionalStates#ALL}: the first step's distribution, the transition rows, and the per-step
 * weights added on entering a step. Missing parts fall back to the default rows, and a persona without
 * a journey entry gets an initial distribution and step biases derived from its traits, so any persona
 * a user adds has plausible journeys. Immutable.
 */
final class EmotionModel {

    private static final int N = EmotionalStates.ALL.size();

    private final double[] initial;
    private final double[][] transitions;
    private final double[][] stepBias;
    private final double completionBias;

    private EmotionModel(double[] initial, double[][] transitions, double[][] stepBias, double completionBias) {
        this.initial = initial;
        this.transitions = transitions;
        this.stepBias = stepBias;
        this.completionBias = completionBias;
    }

    /** The model of {@code persona}: its journey entry (may be null) over the default rows. */
    static EmotionModel of(JourneyConfig journey, JourneyFramework framework, PersonaConfig persona,
            JourneyConfig.PersonaJourney entry) {
        double[][] rows = new double[N][];
        for (int i = 0; i < N; i++) {
            rows[i] = normalised(vector(journey.transitions().get(EmotionalStates.ALL.get(i))));
        }
        Traits t = persona.traits();
        double[] initial;
        double[][] bias = new double[framework.steps().size()][N];
        double completionBias = 0;
        if (entry == null) {
            initial = normalised(derivedInitial(t));
            deriveStepBias(t, framework, bias);
        } else {
            initial = entry.initial() == null ? normalised(derivedInitial(t)) : normalised(vector(entry.initial()));
            if (entry.transitions() != null) {
                for (Map.Entry<String, Map<String, Double>> e : entry.transitions().entrySet()) {
                    rows[EmotionalStates.indexOf(e.getKey())] = normalised(vector(e.getValue()));
                }
            }
            if (entry.stepBias() != null) {
                for (Map.Entry<String, Map<String, Double>> e : entry.stepBias().entrySet()) {
                    int position = framework.position(e.getKey());
                    if (e.getValue() != null && position >= 0) {
                        bias[position] = vector(e.getValue());
                    }
                }
            } else {
                deriveStepBias(t, framework, bias);
            }
            completionBias = entry.completionBias() == null ? 0 : entry.completionBias();
        }
        return new EmotionModel(initial, rows, bias, completionBias);
    }

    /**
     * A first-step distribution from traits alone: awareness makes curious (or, with low anxiety,
     * confident), anxiety makes anxious, low awareness indifferent, social barriers and low organisation
     * distracted or frustrated, action tendency hopeful or motivated.
     */
    static double[] derivedInitial(Traits t) {
        double[] w = new double[N];
        w[EmotionalStates.indexOf(EmotionalStates.CURIOUS)] = 0.15 + 0.3 * t.healthAwareness();
        w[EmotionalStates.indexOf(EmotionalStates.ANXIOUS)] = 0.6 * t.healthAnxiety() * t.healthAnxiety();
        w[EmotionalStates.indexOf(EmotionalStates.HOPEFUL)] = 0.05 + 0.15 * t.actionTendency();
        w[EmotionalStates.indexOf(EmotionalStates.CONFIDENT)] = 0.6 * t.healthAwareness() * t.systemEngagement()
                * (1 - t.healthAnxiety());
        w[EmotionalStates.indexOf(EmotionalStates.MOTIVATED)] = 0.25 * t.actionTendency();
        w[EmotionalStates.indexOf(EmotionalStates.OVERWHELMED)] = 0.15 * t.healthAnxiety() * (1 - t.organization());
        w[EmotionalStates.indexOf(EmotionalStates.INDIFFERENT)] = 0.5 * (1 - t.healthAwareness());
        w[EmotionalStates.indexOf(EmotionalStates.DISTRACTED)] = 0.3 * t.socialBarriers() + 0.15 * (1 - t.organization());
        w[EmotionalStates.indexOf(EmotionalStates.RELIEVED)] = 0.02;
        w[EmotionalStates.indexOf(EmotionalStates.FRUSTRATED)] = 0.15 * t.socialBarriers();
        return w;
    }

    /**
     * Step biases from traits: anxious people are prone to overwhelm at the risk assessment, and so on. Steps
     * the configured framework does not have get none.
     */
    private static void deriveStepBias(Traits t, JourneyFramework framework, double[][] bias) {
        derivedBias(bias, framework.position("risk_assessment"), EmotionalStates.OVERWHELMED,
                0.5 * t.healthAnxiety() * t.healthAnxiety());
        derivedBias(bias, framework.position("action_planning"), EmotionalStates.MOTIVATED, 0.3 * t.actionTendency());
        derivedBias(bias, framework.position("barrier_identification"), EmotionalStates.FRUSTRATED,
                0.3 * t.socialBarriers());
    }

    private static void derivedBias(double[][] bias, int step, String state, double weight) {
        if (step >= 0) {
            bias[step][EmotionalStates.indexOf(state)] = weight;
        }
    }

    /** The first step's state, with the scenario type's extra weights ({@code extra} may be null). */
    int first(Rng rng, double[] extra) {
        if (extra == null) {
            return rng.weightedIndex(initial);
        }
        double[] w = initial.clone();
        for (int i = 0; i < N; i++) {
            w[i] += extra[i];
        }
        return rng.weightedIndex(w);
    }

    /** The state on entering step {@code position}, coming from state {@code current}. */
    int next(Rng rng, int current, int position) {
        double[] w = transitions[current].clone();
        double[] b = stepBias[position];
        for (int i = 0; i < N; i++) {
            w[i] += b[i];
        }
        return rng.weightedIndex(w);
    }

    double completionBias() {
        return completionBias;
    }

    /** Weights keyed by state id as an array in {@link EmotionalStates#ALL} order (absent = 0). */
    static double[] vector(Map<String, Double> weights) {
        double[] v = new double[N];
        if (weights != null) {
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                v[EmotionalStates.indexOf(e.getKey())] = e.getValue();
            }
        }
        return v;
    }

    private static double[] normalised(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double[] v = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            v[i] = sum > 0 ? w[i] / sum : 1.0 / w.length;
        }
        return v;
    }
}
