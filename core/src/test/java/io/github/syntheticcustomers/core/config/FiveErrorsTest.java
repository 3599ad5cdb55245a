package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Every error of a file in one run (issue 30, item 7): independent mistakes in five sections are reported together,
 * in the order they are written in the file, whatever the order the validators run in.
 */
class FiveErrorsTest {

    @Test
    void fiveIndependentErrorsAreReportedTogetherInFileOrder() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("five.yaml", """
                scenarios:
                  types:
                    vip: { weight: -1, completion_bias: 0 }
                attributes:
                  - { id: smoker, type: colour }
                journey:
                  transitions:
                    curious: { anxious: -2 }
                risk:
                  factors:
                    - { id: hypertension, points: 300 }
                life_events:
                  types:
                    - { id: quit_attempt, description: Tried to quit, impact: good, rates: { "18": 0.1 } }
                """));
        assertEquals("""
                5 configuration errors in five.yaml:
                  - five.yaml:3:12: scenarios.types.vip.weight: out of range (was: -1.0; allowed: a weight 0–1000000)
                  - five.yaml:5:19: attributes.0.type: unknown attribute type (was: colour; allowed: enumeration, number,\
                 boolean, date)
                  - five.yaml:8:16: journey.transitions.curious.anxious: out of range (was: -2.0; allowed: a weight\
                 0–1000000)
                  - five.yaml:11:27: risk.factors.0.points: out of range (was: 300.0; allowed: points 0–100)
                  - five.yaml:14:55: life_events.types.15.impact: unknown impact 'good' (was: good; allowed: positive,\
                 negative, mixed)""", e.getMessage());
        assertEquals(3, e.line(), "the combined error's place is the first in the file");
    }

    @Test
    void twoMistakesInOneListAreBothReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("two.yaml", """
                life_events:
                  types:
                    - { id: relapse, description: Smoked again, impact: bad, rates: { "18": 0.1 } }
                    - { id: quit_attempt, description: Tried to quit, impact: mixed, rates: { "11": 0.1 } }
                risk:
                  factors:
                    - { id: hypertension, points: 300 }
                    - { id: asthma, label: "" }
                journey:
                  emotional_states:
                    - { id: calm, class: positive, valence: 5 }
                    - { id: Tense, class: negative, valence: -0.5 }
                  transitions:
                    calm: { calm: 1 }
                """));
        assertEquals("""
                6 configuration errors in two.yaml:
                  - two.yaml:3:49: life_events.types.15.impact: unknown impact 'bad' (was: bad; allowed: positive,\
                 negative, mixed)
                  - two.yaml:4:79: life_events.types.16.rates.11: is not an age (was: 11; allowed: the first age of a\
                 band, 12–120)
                  - two.yaml:7:27: risk.factors.0.points: out of range (was: 300.0; allowed: points 0–100)
                  - two.yaml:8:21: risk.factors.5.label: is blank (was: ''; allowed: the text the profile shows)
                  - two.yaml:11:36: journey.emotional_states.10.valence: out of range (was: 5.0; allowed: a number\
                 -1.0–1.0)
                  - two.yaml:12:9: journey.emotional_states.11.id: is not an identifier (was: Tense; allowed: a state id\
                 such as curious (lower-case letters, digits and _, starting with a letter, at most 64))""", e.getMessage());
    }
}
