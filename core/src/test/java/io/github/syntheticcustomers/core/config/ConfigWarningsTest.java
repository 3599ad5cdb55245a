package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Load-time warnings (issue 30, item 7): what a configuration declares but can never happen, found statically. */
class ConfigWarningsTest {

    private static List<String> warnings(String name, String yaml) {
        return ConfigLoader.loadWithWarnings(name, yaml).warnings().stream().map(ConfigWarning::toString).toList();
    }

    @Test
    void theDefaultsHaveNoWarnings() {
        assertEquals(List.of(), ConfigLoader.loadWithWarnings((java.nio.file.Path) null).warnings());
        assertEquals(List.of(), warnings("empty.yaml", "reference_date: \"2026-01-01\"\n"),
                "the defaults, parsed as a file is");
        assertEquals(List.of("custom-config.yaml:17:11: journey.phases.3.steps.1: step 'check_back' has no content:"
                + " its engagement steps get the generic texts"), warnings("custom-config.yaml",
                ListMergeTest.customConfig()), "the added step, placed after follow_up, has no texts of its own");
    }

    @Test
    void aScenarioTypeNoAgeCanReachIsWarnedAbout() {
        assertEquals(List.of("old.yaml:3:27: scenarios.types.retiree.eligible: no customer can be eligible: the rule"
                + " needs an age of at least 130, and the personas' ages are 25–50"), warnings("old.yaml", """
                scenarios:
                  types:
                    retiree: { weight: 1, eligible: { all: [ { number: { of: age, at_least: 130 } } ] } }
                """));
    }

    @Test
    void aStepWithoutContentIsWarnedAbout() {
        assertEquals(List.of("bare.yaml:5:11: journey.phases.3.steps.4: step 'check_back' has no content: its"
                + " engagement steps get the generic texts"), warnings("bare.yaml", """
                journey:
                  phases:
                    - id: continuity
                      steps:
                        - { id: check_back, actions: [answered_check_back] }
                """));
    }
}
