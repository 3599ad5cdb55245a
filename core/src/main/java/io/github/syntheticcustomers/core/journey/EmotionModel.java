package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.config.JourneyConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.util.Map;

/**
 * One persona's emotional-state Markov chain, resolved from the configuration into arrays indexed by the
 * positions of {@link EmotionalStates}: the first step's distribution, the transition rows, and the per-step
 * weights added on entering a step. Missing parts fall back to the default rows, and a persona without
 * a journey entry gets an initial distribution ({@code from_traits} of each state) and step biases
 * ({@code journey.trait_step_bias}) derived from its traits, so any persona a user adds has plausible
 * journeys. A {@code step_bias} with no entry for a step of the framework (an empty one) counts as absent,
 * so that persona gets the derived step biases too. Immutable.
 */
final class EmotionModel {

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
    static EmotionModel of(JourneyConfig journey, JourneyFramework framework, EmotionalStates states,
            PersonaConfig persona, JourneyConfig.PersonaJourney entry) {
        int n = states.size();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = normalised(vector(states, journey.transitions().get(states.ids().get(i))));
        }
        Traits t = persona.traits();
        double[] initial;
        double[][] bias = new double[framework.steps().size()][n];
        double completionBias = 0;
        if (entry == null) {
            initial = normalised(states.fromTraits(t));
            deriveStepBias(journey, t, framework, states, bias);
        } else {
            initial = entry.initial() == null ? normalised(states.fromTraits(t))
                    : normalised(vector(states, entry.initial()));
            if (entry.transitions() != null) {
                for (Map.Entry<String, Map<String, Double>> e : entry.transitions().entrySet()) {
                    int row = states.indexOf(e.getKey());
                    if (row >= 0) {
                        rows[row] = normalised(vector(states, e.getValue()));
                    }
                }
            }
            boolean ownBias = false;
            if (entry.stepBias() != null) {
                for (Map.Entry<String, Map<String, Double>> e : entry.stepBias().entrySet()) {
                    int position = framework.position(e.getKey());
                    if (e.getValue() != null && position >= 0) {
                        bias[position] = vector(states, e.getValue());
                        ownBias = true;
                    }
                }
            }
            // a step_bias with no entry for a step of this framework counts as absent
            if (!ownBias) {
                deriveStepBias(journey, t, framework, states, bias);
            }
            completionBias = entry.completionBias() == null ? 0 : entry.completionBias();
        }
        return new EmotionModel(initial, rows, bias, completionBias);
    }

    /** Step biases from traits ({@code journey.trait_step_bias}); rules naming an unknown step or state add none. */
    private static void deriveStepBias(JourneyConfig journey, Traits t, JourneyFramework framework,
            EmotionalStates states, double[][] bias) {
        if (journey.traitStepBias() == null) {
            return;
        }
        for (JourneyConfig.TraitStepBias rule : journey.traitStepBias()) {
            int step = framework.position(rule.step());
            int state = states.indexOf(rule.state());
            if (step >= 0 && state >= 0) {
                bias[step][state] += rule.term().of(t);
            }
        }
    }

    /**
     * The state on entering the journey's first step, at {@code position} (a scenario type may start later): the
     * initial weights, the scenario type's extra weights ({@code extra} may be null) and the step's bias, so a
     * persona prone to overwhelm at a step is so whether the journey starts there or arrives there.
     */
    int first(Rng rng, double[] extra, int position) {
        double[] w = initial.clone();
        double[] b = stepBias[position];
        for (int i = 0; i < w.length; i++) {
            w[i] += b[i] + (extra == null ? 0 : extra[i]);
        }
        return rng.weightedIndex(w);
    }

    /** The state on entering step {@code position}, coming from state {@code current}. */
    int next(Rng rng, int current, int position) {
        double[] w = transitions[current].clone();
        double[] b = stepBias[position];
        for (int i = 0; i < w.length; i++) {
            w[i] += b[i];
        }
        return rng.weightedIndex(w);
    }

    double completionBias() {
        return completionBias;
    }

    /** Weights keyed by state id as an array by position in {@code states} (absent or undeclared = 0). */
    static double[] vector(EmotionalStates states, Map<String, Double> weights) {
        double[] v = new double[states.size()];
        if (weights != null) {
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                int i = states.indexOf(e.getKey());
                if (i >= 0) {
                    v[i] = e.getValue();
                }
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
