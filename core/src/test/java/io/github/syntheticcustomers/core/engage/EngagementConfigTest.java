package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import org.junit.jupiter.api.Test;

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
}
