package io.github.syntheticcustomers.core.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's configuration and troubleshooting pages: every error of a file, located, in one run. */
class ConfigErrorsExampleTest {

    @Test
    void reportsEveryErrorOfAFileAtOnce() {
        String yaml = """
                personas:
                  health_aware_avoider: { share: 25 }
                  caregiver: { style: practical }
                """;
        // snippet-start config-errors
        try {
            ConfigLoader.load("team.yaml", yaml);
        } catch (ConfigException e) {
            for (ConfigException error : e.errors()) {          // one per problem, each with file:line:column
                System.err.println(error.getMessage());
            }
        }
        // snippet-end config-errors
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("team.yaml", yaml));
        List<ConfigException> errors = e.errors();
        assertEquals(4, errors.size(), e.getMessage());
        assertTrue(errors.stream().allMatch(error -> error.getMessage().startsWith("team.yaml:3:3: personas.caregiver.")),
                e.getMessage());
    }
}
