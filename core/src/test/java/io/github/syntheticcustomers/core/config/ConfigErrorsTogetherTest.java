package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error of a file in one run: a new persona's missing fields are not found one build at a time. */
class ConfigErrorsTogetherTest {

    @Test
    void aNewPersonasMissingFieldsAreReportedTogether() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("team.yaml", """
                personas:
                  health_aware_avoider: { share: 25 }
                  caregiver:
                    style: supportive
                regions:
                  - { name: North, population: 0, time_zone: America/New_York }
                """));
        List<String> properties = e.errors().stream().map(ConfigException::property).toList();
        assertEquals(List.of("personas.caregiver.name", "personas.caregiver.share", "personas.caregiver.age",
                "personas.caregiver.traits", "regions.0.population"), properties, e.getMessage());
        assertTrue(e.getMessage().startsWith("5 configuration errors in team.yaml:\n  - team.yaml:3:3:"
                + " personas.caregiver.name: is required (allowed: a display name)\n"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n  - team.yaml:6:20: regions.0.population: out of range (was: 0;"
                + " allowed: a whole number 1–2000000000)"), e.getMessage());
        assertEquals("personas.caregiver.name", e.property(), "the first error's place");
        assertEquals(3, e.line());
    }

    @Test
    void oneErrorIsReportedAlone() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("one.yaml",
                "personas:\n  healthcare_professional:\n    share: 130\n"));
        assertEquals(List.of(e), e.errors());
        assertEquals("one.yaml:3:5: personas.healthcare_professional.share: out of range (was: 130.0; allowed: a"
                + " percentage 0–100)", e.getMessage());
    }

    @Test
    void errorsInSeveralSectionsAreAllNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("many.yaml", """
                reference_date: 1800-01-01
                personas:
                  healthcare_professional: { share: 130 }
                platform_features: []
                """));
        List<String> properties = e.errors().stream().map(ConfigException::property).toList();
        assertTrue(properties.containsAll(List.of("reference_date", "personas.healthcare_professional.share",
                "platform_features")), properties.toString());
    }

    @Test
    void aTabInTheIndentationIsNamedAtTheTab() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("tab.yaml",
                "personas:\n\thealth_aware_avoider:\n\t\tshare: 25\n"));
        assertEquals("tab.yaml:2:1: a tab in the indentation (was: \\t; allowed: spaces: YAML indents with spaces only)",
                e.getMessage());
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        ConfigException later = assertThrows(ConfigException.class, () -> ConfigLoader.load("tab2.yaml",
                "personas:\n  health_aware_avoider:\n  \tshare: 25\n"));
        assertEquals(3, later.line());
        assertEquals(3, later.column());
    }
}
