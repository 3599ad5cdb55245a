package io.github.syntheticcustomers.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile configuration files are rejected quickly with a {@link ConfigException}: no
 * {@code OutOfMemoryError}, {@code StackOverflowError} or other unchecked exception escapes. This
 * class runs in its own surefire execution with {@code -Xmx256m} (see core/pom.xml). The bound is
 * the two seconds, taken as the CPU time of the rejecting thread so a loaded machine does not
 * make it flaky; a wall-clock guard of 30 s catches a hang.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class HostileConfigTest {

    private static final long CPU_LIMIT_NANOS = Duration.ofSeconds(2).toNanos();
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static ConfigException rejected(String name, String content) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long start = threads.getCurrentThreadCpuTime();
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(name, content));
            long used = threads.getCurrentThreadCpuTime() - start;
            assertTrue(used < CPU_LIMIT_NANOS, name + " took " + used / 1_000_000 + " ms of CPU to reject");
            return e;
        });
    }

    @Test
    void billionLaughsIsRefusedAtItsFirstAnchor() {
        // Jackson never expands YAML aliases into copies, and SnakeYAML caps them per document: the bomb is inert
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                yaml.append(",*").append(p);
            }
            yaml.append("]\n");
        }
        ConfigException e = rejected("laughs.yaml", yaml.toString());
        assertTrue(e.getMessage().startsWith("laughs.yaml:1:4: a: YAML anchors are not supported (was: &a;"),
                e.getMessage());
        ConfigException nested = rejected("laughs.yaml", yaml.toString().replace("\nj: &j", "\npersonas:\n  x: &j"));
        assertTrue(nested.getMessage().startsWith("laughs.yaml:"), nested.getMessage());
        String underProperty = yaml.toString().replace("a: &a", "x0: &a").replaceAll("(?m)^([b-j]): ", "x$1: ")
                .replaceAll("(?m)^x", "  x");
        ConfigException inside = rejected("laughs.yaml", "personas:\n" + underProperty);
        assertTrue(inside.getMessage().startsWith("laughs.yaml:"), inside.getMessage());
        assertTrue(inside.getMessage().length() < 300, inside.getMessage());
    }

    @Test
    void deepNestingIsRefusedByTheDepthLimit() {
        int depth = 10_000;
        String yaml = "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        ConfigException e = rejected("deep.yaml", yaml);
        assertTrue(e.getMessage().startsWith("deep.yaml"), e.getMessage());
        String json = "{\"a\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        ConfigException j = rejected("deep.json", json);
        assertTrue(j.getMessage().contains("safety limit"), j.getMessage());
    }

    @Test
    void fiftyMegabyteStringIsRefusedBeforeParsing() {
        String yaml = "reference_date: \"" + "x".repeat(50 * 1024 * 1024) + "\"\n";
        ConfigException e = rejected("big.yaml", yaml);
        assertEquals("big.yaml: file is too large (was: 52428819 characters; allowed: at most 524288 characters)",
                e.getMessage());
        assertTrue(e.getMessage().length() < 300, "the message must not echo the file");
    }

    @Test
    void longStringWithinTheFileLimitIsRefusedByTheStringLimit() {
        String yaml = "personas:\n  x:\n    name: \"" + "x".repeat(400_000) + "\"\n";
        ConfigException e = rejected("long.yaml", yaml);
        assertEquals("long.yaml:3:11: personas.x.name: string is too long (was: 400000 characters;"
                + " allowed: at most 10000 characters)", e.getMessage());
        ConfigException date = rejected("date.yaml", "reference_date: \"" + "x".repeat(5_000) + "\"\n");
        assertTrue(date.getMessage().startsWith("date.yaml:1:1: reference_date: invalid value (was: xxxx"), date.getMessage());
        assertTrue(date.getMessage().length() < 200, "the message must not echo the file: " + date.getMessage().length());
    }

    @Test
    void absurdYamlVersionDirectiveIsAMalformedFile() {
        ConfigException e = rejected("version.yaml", "%YAML 1.9224775801\n---\nreference_date: \"2026-01-01\"\n");
        assertTrue(e.getMessage().startsWith("version.yaml"), e.getMessage());
    }

    @Test
    void duplicateKeysAndWrongTypesAreConfigErrors() {
        assertTrue(rejected("dup.yaml", "personas: {}\npersonas: {}\n").getMessage().contains("dup.yaml:"));
        assertTrue(rejected("dup.json", "{\"risk_levels\": {}, \"risk_levels\": {}}").getMessage().contains("dup.json:1:"));
        assertTrue(rejected("type.yaml", "personas: [1, 2, 3]\n").getMessage().contains("personas: wrong type"));
        assertTrue(rejected("type.yaml", "risk_levels: { low: [71] }\n").getMessage().contains("risk_levels.low"));
        assertTrue(rejected("type.yaml", "- just\n- a list\n").getMessage().contains("must hold a mapping"));
        assertTrue(rejected("type.yaml", "age_decades: { 20: .nan }\n").getMessage().startsWith("type.yaml:1:24: malformed file"));
        assertTrue(rejected("type.yaml", "risk_levels: { low: 1e400 }\n").getMessage().contains("risk_levels.low: out of range"));
    }
}
