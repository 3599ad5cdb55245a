package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invisible format characters (bidirectional controls such as U+202E, zero-width spaces, invisible operators, tag
 * characters outside an emoji flag) never get from a configuration file into the dataset, its CSV, FHIR or
 * {@code report.html}: each is refused with file, line and column, as U+FFFE is, together with the file's other
 * errors. Text that needs a format character (an emoji's zero-width joiner, a soft hyphen, a flag's tags) loads.
 */
class InvisibleCharactersTest {

    private static final String ALLOWED = "allowed: visible text; of the invisible format characters only U+00AD,"
            + " U+200C, U+200D, emoji tag sequences and the signs of particular scripts";

    private static ConfigException refused(String name, String text) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(name, text));
    }

    @Test
    void aRightToLeftOverrideInAValueIsRefusedAtItsLineAndColumn() {
        ConfigException e = refused("c.yaml", "personas:\n  health_aware_avoider:\n    name: Care\u202Egiver\n");
        assertEquals("c.yaml:3:15: personas.health_aware_avoider.name: invisible format character U+202E (RIGHT-TO-LEFT"
                + " OVERRIDE) (was: Care<U+202E>giver; " + ALLOWED + ")", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(15, e.column());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061,
        0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A, 0x206F, 0xFEFF, 0xFFF9, 0xFFFB, 0xE0001, 0xE0041})
    void everyRefusedCharacterIsNamedLiteralOrEscaped(int cp) {
        String hex = String.format("%04X", cp);
        ConfigException literal = refused("c.yaml", "personas:\n  health_aware_avoider:\n    name: A"
                + Character.toString(cp) + "B\n");
        assertEquals("c.yaml", literal.source());
        assertEquals(3, literal.line());
        assertEquals(12, literal.column());
        assertEquals("personas.health_aware_avoider.name", literal.property());
        assertTrue(literal.problem().startsWith("invisible format character U+" + hex + " ("), literal.problem());
        // an escape in a double-quoted YAML string or a JSON string: the character is in the text all the same
        String escaped = cp > 0xFFFF ? "\\U" + String.format("%08X", cp) : "\\u" + hex;
        ConfigException yaml = refused("c.yaml", "personas:\n  health_aware_avoider:\n    name: \"A" + escaped + "B\"\n");
        assertEquals(3, yaml.line());
        assertEquals(11, yaml.column());
        assertTrue(yaml.problem().startsWith("invisible format character U+" + hex + " ("), yaml.problem());
        if (cp <= 0xFFFF) {
            ConfigException json = refused("c.json", "{\"personas\": {\"health_aware_avoider\": {\"name\": \"A" + escaped
                    + "B\"}}}");
            assertEquals("c.json", json.source());
            assertEquals("personas.health_aware_avoider.name", json.property());
            assertEquals(1, json.line());
            assertEquals(48, json.column());
        }
    }

    @Test
    void aKeyAndACommentAreScannedToo() {
        ConfigException key = refused("c.yaml", "personas:\n  health_aware\u200B_avoider:\n    name: X\n");
        assertEquals("c.yaml:2:15: personas.health_aware<U+200B>_avoider: invisible format character U+200B (ZERO WIDTH"
                + " SPACE) (was: health_aware<U+200B>_avoider; " + ALLOWED + ")", key.errors().get(0).getMessage());
        // a comment reaches no output, but a bidirectional control in it can make the lines around it read otherwise
        ConfigException comment = refused("c.yaml", "reference_date: 2026-01-01 # \u2067note\u2069\n");
        assertEquals("2 configuration errors in c.yaml:\n"
                + "  - c.yaml:1:30: invisible format character U+2067 (RIGHT-TO-LEFT ISOLATE) (was: reference_date:"
                + " 2026-01-01 # <U+2067>note<U+2069>; " + ALLOWED + ")\n"
                + "  - c.yaml:1:35: invisible format character U+2069 (POP DIRECTIONAL ISOLATE) (was: reference_date:"
                + " 2026-01-01 # <U+2067>note<U+2069>; " + ALLOWED + ")", comment.getMessage());
    }

    @Test
    void everyErrorOfTheFileIsReportedTogether() {
        ConfigException e = refused("c.yaml", "personas:\n  health_aware_avoider:\n    name: A\u202DB\n"
                + "    nickname: x\n  structured_system_seeker:\n    name: \"C\\u2066D\"\n");
        List<String> messages = e.errors().stream().map(ConfigException::getMessage).toList();
        assertEquals(3, messages.size(), e.getMessage());
        assertTrue(messages.get(0).startsWith("c.yaml:3:12: personas.health_aware_avoider.name: invisible format"
                + " character U+202D (LEFT-TO-RIGHT OVERRIDE)"), messages.get(0));
        assertTrue(messages.get(1).startsWith("c.yaml:6:11: personas.structured_system_seeker.name: invisible format character"
                + " U+2066 (LEFT-TO-RIGHT ISOLATE)"), messages.get(1));
        assertTrue(messages.get(2).startsWith("c.yaml:4:5: personas.health_aware_avoider.nickname: unknown property"),
                messages.get(2));
    }

    @Test
    void aFileFullOfThemNamesTheFirstTwentyAndCountsTheRest() {
        ConfigException e = refused("c.yaml", "# " + "\u202E".repeat(30) + "\nreference_date: \"\\u202E\"\n");
        assertEquals(22, e.errors().size(), e.getMessage());
        assertEquals("c.yaml:1:22: invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE)",
                e.errors().get(19).getMessage().substring(0, 71));
        assertEquals("c.yaml: more invisible format characters than these 20 (30 written in the file in all) ("
                + ALLOWED + ")", e.errors().get(20).getMessage());
        // the file's other errors follow, and no message shows an invisible character as it is
        assertEquals("c.yaml:2:1: reference_date: invalid value (was: <U+202E>; allowed: an ISO date such as"
                + " 2026-01-01)", e.errors().get(21).getMessage());
    }

    @Test
    void textThatNeedsAFormatCharacterLoads() {
        String text = "\uFEFFpersonas:\n  health_aware_avoider:\n"
                // a woman health worker (ZWJ), a soft hyphen, a Persian word with a ZWNJ, the flag of England
                + "    name: \"Care\u00ADgiver \uD83D\uDC69\u200D\u2695\uFE0F \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"
                + " \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F\"\n";
        GeneratorConfig config = ConfigLoader.load("c.yaml", text);
        assertTrue(config.personas().get("health_aware_avoider").name().contains("\u200D\u2695"));
    }

    @Test
    void theShippedDefaultsHoldNone() throws IOException {
        try (InputStream in = ConfigParser.class.getResourceAsStream("defaults.yaml")) {
            assertEquals(List.of(), InvisibleCharacters.find(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    true));
        }
    }

    @Test
    void tagCharactersOutsideAFlagAreRefused() {
        // tag characters spell hidden ASCII ("ASCII smuggling") unless they follow a black flag
        ConfigException e = refused("c.yaml", "personas:\n  health_aware_avoider:\n    name: \"Hi\uDB40\uDC69\"\n");
        assertTrue(e.getMessage().startsWith("c.yaml:3:14: personas.health_aware_avoider.name: invisible format"
                + " character U+E0069 (TAG LATIN SMALL LETTER I)"), e.getMessage());
    }

    @Test
    void aBlackFlagCarriesOnlyASubdivisionTagSequenceNotHiddenText() {
        String flag = "\uD83C\uDFF4";
        String england = flag + "\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        assertEquals(List.of(), InvisibleCharacters.find("a " + england + " b", false));
        // hidden ASCII after a flag: upper-case and punctuation tags, more than six, or no cancel tag
        String hidden = flag + "\uDB40\uDC48\uDB40\uDC49"; // TAG LATIN CAPITAL H, I
        assertEquals(2, InvisibleCharacters.find(hidden + "\uDB40\uDC7F", false).size() - 1);
        assertEquals(7, InvisibleCharacters.find(flag + "\uDB40\uDC61".repeat(7) + "\uDB40\uDC7F", false).size() - 1);
        assertEquals(5, InvisibleCharacters.find(flag + "\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E"
                + "\uDB40\uDC67", false).size());
    }
}
