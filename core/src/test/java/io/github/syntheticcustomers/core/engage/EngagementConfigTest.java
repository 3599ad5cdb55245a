package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code engagement} section of the configuration. */
class EngagementConfigTest {

    @Test
    void defaultsAndOverrides() {
        assertEquals(0.5, Inputs.DEFAULTS.engagement().hesitationThreshold());
        assertEquals(0.65, Inputs.DEFAULTS.engagement().confidenceThreshold());
        GeneratorConfig c = ConfigLoader.load("c.yaml", "engagement:\n  confidence_threshold: 0.9\n");
        assertEquals(0.5, c.engagement().hesitationThreshold(), "merged key by key");
        assertEquals(0.9, c.engagement().confidenceThreshold());
        StepInput quick = Inputs.persona("structured_system_seeker", "risk_assessment", "curious", Inputs.CONFIDENT);
        assertEquals(Tier.COMPREHENSIVE, Inputs.ENGINE.adapt(quick).type());
        assertEquals(Tier.EXTENDED, EngagementEngine.of(
                ConfigLoader.load("c.yaml", "engagement:\n  confidence_threshold: 0.95\n")).adapt(quick).type());
    }

    @Test
    void outOfRangeOrUnknownTunablesAreLocated() {
        ConfigException range = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("c.yaml", "engagement:\n  hesitation_threshold: 1.5\n"));
        assertEquals("c.yaml:2:3: engagement.hesitation_threshold: out of range (was: 1.5; allowed: a number 0.0–1.0)",
                range.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("c.yaml", "engagement:\n  hesitation: 0.4\n"));
        assertTrue(unknown.getMessage().contains("unknown property 'hesitation'")
                && unknown.getMessage().contains("hesitation_threshold"), unknown.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            engagement: { texts: { preview: { gentle: "Hello {nickname}" } } }                          | engagement.texts.preview.gentle: unknown placeholder {nickname} (was: Hello {nickname}; allowed: a text with placeholders from title, benefit, evidence, minutes, step_number, step_count, completed_before, completed_steps, remaining_steps, first_name)
            engagement: { texts: { preview: { gentle: "Hello {first_name" } } }                         | engagement.texts.preview.gentle: has a '{' without its '}' (was: Hello {first_name; allowed: a text with placeholders from title, benefit, evidence, minutes, step_number, step_count, completed_before, completed_steps, remaining_steps, first_name)
            engagement: { texts: { confirmation: { finished: { gentle: Done } } } }                     | engagement.texts.confirmation.finished: unknown completion status 'finished' (was: finished; allowed: completed, partial, skipped, abandoned)
            engagement: { texts: { scaffolding: { cheering: { warm: Yay, brief: Yay } } } }             | engagement.texts.scaffolding.cheering: unknown scaffolding type 'cheering' (was: cheering; allowed: reassurance, normalization, validation, guidance, encouragement, celebration)
            engagement: { trajectory: { supportive_approach: soothing } }                               | engagement.trajectory.supportive_approach: unknown approach 'soothing' (was: soothing; allowed: gentle, structured, balanced, clinical, direct)
            engagement: { trajectory: { emotion_shift: { sad: -0.2 } } }                                | engagement.trajectory.emotion_shift.sad: unknown emotional class 'sad' (was: sad; allowed: distressed, self_conscious, discouraged, uncertain, disengaged, positive, accomplished)
            """)
    void textAndTrajectoryErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }

    @Test
    void approachIdsAreTheConfigurationsTextKeys() {
        assertEquals(io.github.syntheticcustomers.core.config.EngagementConfig.APPROACHES,
                java.util.Arrays.stream(PersonaApproach.values()).map(PersonaApproach::id).toList());
    }
}
