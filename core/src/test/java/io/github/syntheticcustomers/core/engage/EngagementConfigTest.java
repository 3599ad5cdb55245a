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
            engagement: { texts: { personal: [ { text: "Your LDL is {m.ldl}" } ] } }                       | engagement.texts.personal.0.text: unknown placeholder {m.ldl} (was: Your LDL is {m.ldl}; allowed: a text with placeholders from title, benefit, evidence, minutes, step_number, step_count, completed_before, completed_steps, remaining_steps, first_name, city, last_screening, measured_on, recent_life_event, m.body_height, m.body_weight, m.bmi, m.systolic_bp, m.diastolic_bp, m.hba1c, m.total_cholesterol)
            engagement: { texts: { personal: [ { text: Hi, steps: [lobby] } ] } }                          | engagement.texts.personal.0.steps.0: unknown step 'lobby' (was: lobby; allowed: initial_discovery, emotional_state_validation, concern_curiosity_assessment, marketing_content_alignment, risk_assessment, narrative_capture, life_events_timeline, progressive_engagement, prevention_plan, support_plan, action_planning, motivation_assessment, follow_up, risk_awareness_maintenance, barrier_identification, stability_monitoring)
            engagement: { texts: { personal: [ { text: Hi, when: { measured: family_stroke_x } } ] } }     | engagement.texts.personal.0.when.measured: unknown risk factor 'family_stroke_x' (was: family_stroke_x; allowed: hypertension, type_2_diabetes, prediabetes, high_cholesterol, sleep_apnea, asthma, depression, anxiety_disorder, hypothyroidism, family_heart_disease, family_diabetes, family_breast_cancer, family_colorectal_cancer, family_stroke, current_smoker, former_smoker, obesity, overweight, heavy_drinking, sedentary, poor_diet, short_sleep, high_stress)
            """)
    void textAndTrajectoryErrorsNameThePropertyTheValueAndWhatIsAllowed(String yaml, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("mine.yaml", yaml));
        assertEquals(message, e.getMessage().replaceFirst("^mine\\.yaml:\\d+:\\d+: ", ""), e.getMessage());
    }

    @Test
    void approachIdsAreTheConfigurationsTextKeys() {
        assertEquals(java.util.List.of("gentle", "structured", "balanced", "clinical", "direct"),
                Inputs.DEFAULTS.engagement().approachIds());
        assertEquals(Inputs.DEFAULTS.engagement().approachIds(),
                java.util.List.copyOf(Inputs.DEFAULTS.engagement().texts().preview().keySet()));
    }
}
