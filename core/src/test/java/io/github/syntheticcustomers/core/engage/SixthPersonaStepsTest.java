package io.github.syntheticcustomers.core.engage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A persona the engine has never heard of, declaring no approach, still gets adapted steps. */
class SixthPersonaStepsTest {

    @Test
    void aPersonaWithoutAnApproachGetsTheTraitRulesInTheDataset() {
        GeneratorConfig config = ConfigLoader.load("six.yaml", """
                personas:
                  health_aware_avoider: { share: 20 }
                  night_shift_worker:
                    name: Night-Shift Workers
                    share: 10
                    age: { min: 25, max: 45 }
                    style: sleepy, sociable
                    traits: { health_awareness: 0.5, action_tendency: 0.4, health_anxiety: 0.7,
                              system_engagement: 0.3, organization: 0.3, risk_propensity: 0.6, social_barriers: 0.5 }
                """);
        int count = 100;
        DatasetGenerator generator = new DatasetGenerator(config, 42, count);
        EngagementStepPart part = new EngagementStepPart(generator, ScenarioJourneys.of(generator));
        List<EngagementStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CustomerProfile customer = generator.customer(i);
            if (customer.personaType().equals("night_shift_worker")) {
                String fromTraits = EngagementApproaches.of(config).fromTraits(customer.traits()).id();
                for (EngagementStep s : part.recordsFor(i)) {
                    assertEquals(fromTraits, s.personaComponents().approach(), "the customer's own traits decide");
                    steps.add(s);
                }
            }
        }
        assertFalse(steps.isEmpty(), "the sixth persona has customers and journeys");
        EngagementApproaches.Match match = EngagementApproaches.of(config).resolve(
                config.personas().get("night_shift_worker").approach(),
                config.personas().get("night_shift_worker").traits());
        assertEquals("gentle", match.approach().id(), "health_anxiety 0.7 at persona level");
        assertFalse(match.declared());
        long gentle = steps.stream().filter(s -> "gentle".equals(s.personaComponents().approach())).count();
        assertTrue(gentle * 2 > steps.size(), gentle + " of " + steps.size());
    }
}
