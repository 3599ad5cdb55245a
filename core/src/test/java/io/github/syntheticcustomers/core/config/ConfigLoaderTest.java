package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.generate.Allocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ConfigException fails(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    }

    @Test
    void defaultsAreTheSpecsPersonasSharesAndRanges() {
        GeneratorConfig config = ConfigLoader.defaults();
        assertEquals(List.of("health_aware_avoider", "structured_system_seeker", "balanced_life_integrator",
                "healthcare_professional", "overlooked_risk_group"), config.personaIds());
        assertEquals(List.of(30.0, 25.0, 20.0, 15.0, 10.0),
                config.personas().values().stream().map(PersonaConfig::share).toList());
        assertEquals(new AgeRange(28, 48), config.personas().get("balanced_life_integrator").age());
        assertEquals(List.of("20", "30", "40", "50"), List.copyOf(config.ageDecades().keySet()));
        assertEquals(List.of("low", "moderate"), config.riskLevelIds());
        assertEquals(LocalDate.of(2026, 1, 1), config.referenceDate());
    }

    @Test
    void sharesThatDoNotSumToHundredSayByHowMuch() throws IOException {
        ConfigException e = fails("c.yaml", "personas:\n  health_aware_avoider:\n    share: 28\n");
        assertEquals(dir.resolve("c.yaml") + ":1:1: personas: persona shares sum to 98.0%, 2.0 short of 100%"
                + " (was: 98.0; allowed: shares that sum to exactly 100)", e.getMessage());
        ConfigException over = fails("d.yaml", "personas:\n  health_aware_avoider:\n    share: 30.5\n");
        assertTrue(over.getMessage().contains("sum to 100.5%, 0.5 over 100%"), over.getMessage());
    }

    @Test
    void shareOutOfRangeNamesLineColumnPropertyAndAllowedValues() throws IOException {
        ConfigException e = fails("c.yaml", "personas:\n  healthcare_professional:\n    share: 130\n");
        assertEquals(dir.resolve("c.yaml") + ":3:5: personas.healthcare_professional.share: out of range"
                + " (was: 130.0; allowed: a percentage 0–100)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertEquals("personas.healthcare_professional.share", e.property());
    }

    @Test
    void ageBoundOutOfRangeAndMinAboveMax() throws IOException {
        ConfigException bound = fails("c.yaml", "personas:\n  overlooked_risk_group:\n    age: { min: 30, max: 150 }\n");
        assertTrue(bound.getMessage().contains(":3:"), bound.getMessage());
        assertTrue(bound.getMessage().contains("personas.overlooked_risk_group.age.max: out of range (was: 150.0; allowed: 0–120)"),
                bound.getMessage());
        ConfigException order = fails("d.yaml", "personas:\n  overlooked_risk_group:\n    age:\n      min: 50\n      max: 30\n");
        assertTrue(order.getMessage().endsWith("personas.overlooked_risk_group.age: min age is greater than max age"
                + " (was: 50 > 30; allowed: min <= max)"), order.getMessage());
        assertEquals(3, order.line());
    }

    @Test
    void unknownPersonaFieldListsTheKnownOnes() throws IOException {
        ConfigException e = fails("c.yaml", "personas:\n  health_aware_avoider:\n    shares: 30\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("c.yaml") + ":3:5: personas.health_aware_avoider.shares:"
                + " unknown property 'shares'"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: "), e.getMessage());
        assertTrue(e.getMessage().contains("share"), e.getMessage());
    }

    @Test
    void malformedYamlAndJsonGiveLineAndColumn() throws IOException {
        ConfigException yaml = fails("c.yaml", "personas:\n  a: [1, 2\n  b: 3\n");
        assertTrue(yaml.getMessage().startsWith(dir.resolve("c.yaml") + ":"), yaml.getMessage());
        assertTrue(yaml.line() > 0, yaml.getMessage());
        assertTrue(yaml.getMessage().contains("malformed file"), yaml.getMessage());
        ConfigException json = fails("c.json", "{\"personas\": {\"x\": }}");
        assertEquals(1, json.line());
        assertTrue(json.getMessage().contains("malformed file"), json.getMessage());
    }

    @Test
    void duplicateKeysAndWrongTypesAreRejected() throws IOException {
        ConfigException dup = fails("c.yaml", "reference_date: \"2026-01-01\"\nreference_date: \"2026-02-01\"\n");
        assertTrue(dup.getMessage().contains("malformed file"), dup.getMessage());
        assertTrue(dup.getMessage().toLowerCase(java.util.Locale.ROOT).contains("duplicate"), dup.getMessage());
        ConfigException type = fails("d.yaml", "personas:\n  health_aware_avoider:\n    share: thirty\n");
        assertTrue(type.getMessage().contains("personas.health_aware_avoider.share: wrong type (was: thirty; allowed: a number)"),
                type.getMessage());
        ConfigException date = fails("e.yaml", "reference_date: 2026-13-45\n");
        assertTrue(date.getMessage().contains("reference_date"), date.getMessage());
    }

    @Test
    void infeasibleAgeTableSaysWhichDecadeCannotBeFilled() throws IOException {
        ConfigException e = fails("c.yaml", "age_decades:\n  20: 10\n  30: 40\n  40: 30\n  50: 10\n  60: 10\n");
        assertTrue(e.getMessage().contains("age_decades.60: infeasible age table: no persona's age range reaches the 60s"),
                e.getMessage());
        assertEquals(6, e.line());
        // every decade is reachable, but the 50s need 200 customers and only two personas (175 in all) reach 50
        GeneratorConfig config = ConfigLoader.load("c.yaml", "age_decades:\n  20: 14\n  30: 26\n  40: 20\n  50: 40\n");
        ConfigException table = assertThrows(ConfigException.class, () -> new Allocation(config, 500, 42));
        assertEquals("age_decades: infeasible age table: decades 50s (200) need 200 customers but the personas whose"
                + " age ranges reach them, structured_system_seeker (125), overlooked_risk_group (50), have only 175"
                + " (allowed: decade shares and persona age ranges/shares for which each decade can be filled)",
                table.getMessage());
    }

    @Test
    void countBelowOneIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Allocation(ConfigLoader.defaults(), 0, 42));
        assertEquals("count: must be at least 1 (was: 0; allowed: a whole number from 1 to 1000000000000000000)", e.getMessage());
    }

    @Test
    void aSixthPersonaCanBeAdded() {
        GeneratorConfig config = SixthPersona.config();
        assertEquals(6, config.personas().size());
        assertEquals("caregiver", config.personaIds().get(5));
        assertEquals(25.0, config.personas().get("health_aware_avoider").share());
        assertEquals(new AgeRange(25, 45), config.personas().get("health_aware_avoider").age());
    }

    @Test
    void aPersonaWithoutTraitsSaysWhichAreRequired() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("six.yaml", """
                personas:
                  health_aware_avoider: { share: 25 }
                  caregiver:
                    name: Family Caregivers
                    share: 5
                    age: { min: 35, max: 55 }
                    traits: { health_awareness: 0.6 }
                """));
        assertTrue(e.getMessage().startsWith("6 configuration errors in six.yaml:\n  - six.yaml:7:5:"
                + " personas.caregiver.traits.action_tendency: is required (allowed: a number 0.0–1.0)\n"), e.getMessage());
        assertEquals(6, e.errors().size(), "every missing trait at once");
    }

    @Test
    void aPersonaCanBeRemovedWithNull() {
        GeneratorConfig config = ConfigLoader.load("c.yaml",
                "personas:\n  overlooked_risk_group: null\n  health_aware_avoider: { share: 40 }\n");
        assertEquals(4, config.personas().size());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertEquals(missing + ": configuration file does not exist (allowed: a readable YAML or JSON file)",
                e.getMessage());
    }

    @Test
    void aDirectoryIsNamedAsSuchNotAsMissing() throws java.io.IOException {
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("configs.yaml"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(folder));
        assertEquals(folder + ": is a directory, not a file (allowed: a readable YAML or JSON file)", e.getMessage());
    }
}
