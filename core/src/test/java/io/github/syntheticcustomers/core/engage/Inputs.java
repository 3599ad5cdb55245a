package io.github.syntheticcustomers.core.engage;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;

/** Plain engine inputs for tests: the default personas on a fixed step. */
final class Inputs {

    static final GeneratorConfig DEFAULTS = ConfigLoader.defaults();
    static final EngagementEngine ENGINE = EngagementEngine.of(DEFAULTS);
    /** The default framework's step content. */
    static final StepCatalogue CATALOGUE = ENGINE.catalogue();

    /** Long, hesitant, help-seeking, revisited. */
    static final InteractionMeasurements HESITANT = new InteractionMeasurements(420, 0.3, 3, 2, true, 0);
    /** Quick, thorough scroll, asked for more, no hesitation. */
    static final InteractionMeasurements CONFIDENT = new InteractionMeasurements(40, 0.95, 0, 0, false, 2);

    private Inputs() {
    }

    static StepInput persona(String personaId, String stepId, String emotionalState, InteractionMeasurements m) {
        PersonaConfig p = DEFAULTS.personas().get(personaId);
        String phase = CATALOGUE.find(stepId, null).phase();
        int position = CATALOGUE.stepIds().indexOf(stepId) + 1;
        return new StepInput("cus-000007", "scn-000007", stepId, phase, position, position, 16, p.approach(), p.traits(),
                emotionalState, "completed", m, position / 16.0, JourneySoFar.NONE, "Alex", null);
    }

    /** A customer on risk_assessment whose persona declares {@code approach} (null: the traits decide). */
    static StepInput custom(String approach, Traits traits, String emotionalState, InteractionMeasurements m) {
        return new StepInput("cus-000001", "scn-000001", "risk_assessment", "engagement", 5, 5, 16, approach, traits,
                emotionalState, "completed", m, 5 / 16.0, JourneySoFar.NONE, "Sam", null);
    }

    /** {@code in} after {@code n} completed steps with middling interactions. */
    static StepInput afterCompleted(StepInput in, int n) {
        return new StepInput(in.customerId(), in.scenarioId(), in.stepId(), in.phase(), in.position(), in.stepNumber(),
                in.journeyLength(), in.approach(), in.traits(), in.emotionalState(), in.completionStatus(),
                in.measurements(), in.progress(), new JourneySoFar(n, n, 0.5, 0.2), in.firstName(), in.customer());
    }

    static Traits traits(double awareness, double action, double anxiety, double system, double organization,
            double risk, double barriers) {
        return new Traits(awareness, action, anxiety, system, organization, risk, barriers);
    }
}
