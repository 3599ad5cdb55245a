package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/cohorts-in-tests.md quotes {@link CohortsInTestsExample} verbatim (which this build compiles and runs) and the
 * configuration its tests use, so the page's code cannot rot.
 */
class CohortsInTestsPageTest {

    @Test
    void thePageQuotesTheCompiledExampleAndItsConfiguration() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "cohorts-in-tests.md"), StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("src", "test", "java", "io", "github", "syntheticcustomers", "junit",
                "CohortsInTestsExample.java"), StandardCharsets.UTF_8);
        assertEquals("package io.github.syntheticcustomers.junit;\n\n" + QuotedBlocks.first(page, "java"), example);
        String config = Files.readString(Path.of("src", "test", "resources", "cohorts.yaml"), StandardCharsets.UTF_8);
        assertEquals(config.substring(config.indexOf("cohorts:")), QuotedBlocks.first(page, "yaml"));
    }
}
