package io.github.syntheticcustomers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guide's java-api.md shows {@code examples/java-api}'s {@code JavaApiExample} whole, which the examples build
 * compiles and its test runs: the page's imports and calls cannot rot.
 */
class JavaApiPageTest {

    private static final String MARKER =
            "<!-- snippet: examples/java-api/src/main/java/com/example/api/JavaApiExample.java -->\n```java\n";

    @Test
    void thePageShowsTheCompiledExample() throws Exception {
        String page = Files.readString(Path.of("..", "guide", "src", "site", "markdown", "java-api.md"),
                StandardCharsets.UTF_8);
        int marker = page.indexOf(MARKER);
        assertTrue(marker >= 0, "java-api.md quotes the example");
        int start = marker + MARKER.length();
        String snippet = page.substring(start, page.indexOf("```\n", start));
        String example = Files.readString(Path.of("..", "examples", "java-api", "src", "main", "java", "com", "example",
                "api", "JavaApiExample.java"), StandardCharsets.UTF_8);
        assertEquals(example, snippet);
        assertTrue(snippet.contains("import io.github.syntheticcustomers.core."), "the imports are shown");
    }
}
