package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guide's junit-extension.md, section "Cohorts and boundary cases", shows the configuration its compiled example
 * ({@code guide.CohortsExampleTest}, quoted by a snippet marker) runs with: the cohorts of the test resource
 * {@code cohorts.yaml}, verbatim, so the page's YAML is the one the example's assertions hold for.
 */
class JunitExtensionPageTest {

    @Test
    void theCohortsSectionShowsTheExamplesConfiguration() throws IOException {
        String page = Files.readString(Path.of("..", "guide", "src", "site", "markdown", "junit-extension.md"),
                StandardCharsets.UTF_8);
        int start = page.indexOf("## Cohorts and boundary cases");
        assertTrue(start >= 0, "the page has the cohorts section");
        String section = page.substring(start, page.indexOf("\n## ", start + 1));
        String config = Files.readString(Path.of("src", "test", "resources", "cohorts.yaml"), StandardCharsets.UTF_8);
        assertEquals(config.substring(config.indexOf("cohorts:")), QuotedBlocks.first(section, "yaml"));
        assertTrue(section.contains("<!-- snippet: junit-extension/src/test/java/io/github/syntheticcustomers/junit/guide/"
                + "CohortsExampleTest.java#cohorts -->"), "the section quotes the compiled example");
    }
}
