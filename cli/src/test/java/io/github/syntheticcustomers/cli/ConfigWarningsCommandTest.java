package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} prints the configuration's load-time warnings on standard error, each with its place. */
class ConfigWarningsCommandTest {

    @TempDir
    Path work;

    @Test
    void generatePrintsTheWarnings() throws IOException {
        Path config = work.resolve("men.yaml");
        Files.writeString(config, """
                demographics:
                  gender: { male: 100 }
                scenarios:
                  types:
                    prenatal_support: { weight: 1, completion_bias: 0, eligible: { life_event: first_child,
                                                                               count: { at_least: 1 } } }
                    mothers:
                      weight: 1
                      completion_bias: 0
                      eligible: { field: { of: gender, in: [female] } }
                """, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("generate", "--count", "50", "--quiet", "--config", config.toString(),
                "--output", work.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        // a father has a first child too: the scenario type that needs one is not warned about
        assertEquals("warning: " + config + ":10:7: scenarios.types.mothers.eligible: no customer can be eligible: no"
                + " persona's customers meet its persona, age, gender and life-event conditions together\n",
                run.err().replace(System.lineSeparator(), "\n"));
    }
}
