package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/databases-in-tests.md quotes {@link DatabasesInTestsExample} verbatim (which this build compiles and runs), so
 * the page's code cannot rot.
 */
class DatabasesInTestsPageTest {

    @Test
    void thePageQuotesTheCompiledExample() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "databases-in-tests.md"), StandardCharsets.UTF_8);
        String example = Files.readString(Path.of("src", "test", "java", "io", "github", "syntheticcustomers", "junit",
                "DatabasesInTestsExample.java"), StandardCharsets.UTF_8);
        assertEquals("package io.github.syntheticcustomers.junit;\n\n" + QuotedBlocks.first(page, "java"), example);
    }
}
