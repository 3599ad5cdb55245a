package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing in a configuration file is silently misread: aliases, decade keys, fractions, characters XML cannot hold. */
class StrictConfigTest {

    @TempDir
    Path dir;

    private ConfigException load(String yaml) throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    }

    @Test
    void aScalarAliasIsRefusedInsteadOfBecomingTheAnchorsName() throws IOException {
        ConfigException e = load("reference_date: &d 2025-01-01\npersonas:\n  health_aware_avoider:\n    name: *d\n");
        assertEquals(dir.resolve("c.yaml") + ":4:11: personas.health_aware_avoider.name: YAML aliases are not supported"
                + " (was: *d; allowed: plain values: write the value out where it is used)", e.getMessage());
        ConfigException anchor = load("personas:\n  health_aware_avoider: &base\n    name: X\n");
        assertEquals(dir.resolve("c.yaml") + ":2:25: personas.health_aware_avoider: YAML anchors are not supported"
                + " (was: &base; allowed: plain values: write the value out where it is used)", anchor.getMessage());
        ConfigException alias = load("personas:\n  health_aware_avoider:\n    name: *cg\n");
        assertEquals(dir.resolve("c.yaml") + ":3:11: personas.health_aware_avoider.name: YAML aliases are not supported"
                + " (was: *cg; allowed: plain values: write the value out where it is used)", alias.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'020'", "'+20'", "'20.0'", "' 20'"})
    void decadeKeysMustBeCanonical(String key) throws IOException {
        ConfigException e = load("age_decades:\n  " + key + ": 14.0\n");
        assertEquals("age_decades." + key.substring(1, key.length() - 1), e.property());
        assertEquals(true, e.getMessage().contains("decade key is not written as a plain number"), e.getMessage());
    }

    @Test
    void aFractionForAWholeNumberIsRefused() throws IOException {
        ConfigException e = load("personas:\n  health_aware_avoider:\n    age:\n      min: 25\n      max: 35.7\n");
        assertEquals(dir.resolve("c.yaml") + ":5:7: personas.health_aware_avoider.age.max: invalid value (was: 35.7;"
                + " allowed: a whole number)", e.getMessage());
    }

    @Test
    void charactersXmlCannotHoldAreRefusedWithTheirPosition() throws IOException {
        ConfigException e = load("personas:\n  health_aware_avoider:\n    name: \"Care\\uFFFEgiver\"\n");
        assertEquals(dir.resolve("c.yaml") + ":3:11: personas.health_aware_avoider.name: character U+FFFE cannot"
                + " appear in text (allowed: characters XML allows: tab, line feed, carriage return, U+0020–U+D7FF,"
                + " U+E000–U+FFFD, U+10000–U+10FFFF)", e.getMessage());
        ConfigException control = load("personas:\n  health_aware_avoider:\n    name: \"A\\u0001\"\n");
        assertEquals(true, control.getMessage().contains("character U+0001 cannot appear in text"), control.getMessage());
    }

    @Test
    void aReferenceDateOutsideTheRangeIsRefused() throws IOException {
        for (String date : new String[] {"0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"}) {
            ConfigException e = load("reference_date: " + date + "\n");
            assertEquals(dir.resolve("c.yaml") + ":1:1: reference_date: is outside the supported range (was: " + date
                    + "; allowed: an ISO date from 1900-01-01 to 2199-12-31)", e.getMessage());
        }
        assertThrows(ConfigException.class,
                () -> ConfigLoader.defaults().withReferenceDate(java.time.LocalDate.of(9999, 12, 31)));
    }
}
