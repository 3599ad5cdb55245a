package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README is the front door: short, with the quickstart a new user pastes (its blocks quoted from the
 * {@code readme-quickstart} invoker IT, which builds and tests them as pasted; {@link SnippetsTest} compares them) and a
 * link to every page of the guide. Everything else lives in the guide.
 */
class ReadmeTest {

    /** The most lines the README may have; the reference lives in the guide. */
    static final int MAX_LINES = 300;

    private final Path root = SnippetsTest.repositoryRoot();

    @Test
    void theReadmeIsAtMostThreeHundredLines() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(lines.size() <= MAX_LINES, "README.md has " + lines.size() + " lines; at most " + MAX_LINES
                + ": move reference material into a page of guide/src/site/markdown");
    }

    @Test
    void theQuickstartQuotesTheProjectTheBuildRuns() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        for (String marker : List.of("<!-- snippet: it/src/it/readme-quickstart/pom.xml#dependencies -->",
                "<!-- snippet: it/src/it/readme-quickstart/pom.xml#plugin -->",
                "<!-- snippet: it/src/it/readme-quickstart/src/test/java/com/example/CustomersTest.java -->")) {
            assertTrue(readme.contains(marker), "README.md does not quote " + marker);
        }
    }

    @Test
    void theReadmeLinksEveryPageOfTheGuide() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        try (var pages = Files.list(root.resolve("guide/src/site/markdown"))) {
            pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("index.md"))
                    .sorted().forEach(n -> {
                        if (!readme.contains("(guide/src/site/markdown/" + n + ")")) {
                            missing.add(n);
                        }
                    });
        }
        assertTrue(missing.isEmpty(), "README.md's Documentation list does not link " + missing);
    }
}
