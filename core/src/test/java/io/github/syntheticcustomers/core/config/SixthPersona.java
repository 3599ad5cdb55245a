package io.github.syntheticcustomers.core.config;

/** The guide's example of a sixth persona (configuration.md), shared by the tests that use it. */
public final class SixthPersona {

    /** The configuration file's text. */
    public static final String YAML = """
            personas:
              health_aware_avoider: { share: 25 }
              caregiver:
                name: Family Caregivers
                share: 5
                age: { min: 35, max: 55 }
                style: practical, holistic
                traits: { health_awareness: 0.6, action_tendency: 0.5, health_anxiety: 0.6,
                          system_engagement: 0.5, organization: 0.6, risk_propensity: 0.5, social_barriers: 0.4 }
            """;

    private SixthPersona() {
    }

    /** The defaults with the sixth persona merged in. */
    public static GeneratorConfig config() {
        return ConfigLoader.load("six.yaml", YAML);
    }
}
