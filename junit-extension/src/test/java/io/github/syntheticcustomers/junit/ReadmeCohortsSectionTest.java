package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Cohorts and boundary cases" section quotes {@link ReadmeCohortsExample} (which this build compiles and
 * runs) and the configuration its tests use, verbatim, so the front door's example cannot rot.
 */
class ReadmeCohortsSectionTest {

    @Test
    void theReadmeQuotesTheCompiledExampleAndItsConfiguration() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### Cohorts and boundary cases");
        String section = readme.substring(start, readme.indexOf("\n### ", start + 1));
        String example = Files.readString(Path.of("src", "test", "java", "io", "github", "syntheticcustomers", "junit",
                "ReadmeCohortsExample.java"), StandardCharsets.UTF_8);
        assertEquals("package io.github.syntheticcustomers.junit;\n\n" + QuotedBlocks.first(section, "java"), example);
        String config = Files.readString(Path.of("src", "test", "resources", "cohorts.yaml"), StandardCharsets.UTF_8);
        assertEquals(config.substring(config.indexOf("cohorts:")), QuotedBlocks.first(section, "yaml"));
    }
}
