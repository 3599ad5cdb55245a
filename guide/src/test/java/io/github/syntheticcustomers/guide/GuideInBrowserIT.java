package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the built guide in a real browser (headless Chromium, as core's ChromiumReportTest does): every page renders
 * with its title and main heading in the DOM, the menu lists every page of {@code src/site/markdown} and every
 * design note, no console message is printed, and a screenshot of index.html is kept as
 * {@code target/guide-index.png}. Skipped, with the reason, where no Chromium is installed (Debian: {@code apt-get
 * install chromium}); {@code -Dchromium.path=...} names another.
 */
class GuideInBrowserIT {

    private HeadlessChromium chromium;

    @TempDir
    Path profile;

    @BeforeEach
    void findBrowser() {
        chromium = HeadlessChromium.findOrSkip(profile, "1200,1600");
    }

    /** Every page the guide must have: its own pages and the design notes, as paths of the site. */
    private static List<String> expectedPages() throws IOException {
        Path root = SnippetsTest.repositoryRoot();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("guide/src/site/markdown"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .forEach(n -> pages.add(n.replaceFirst("\\.md$", ".html")));
        }
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .forEach(n -> pages.add("notes/" + n.replaceFirst("\\.md$", ".html")));
        }
        return pages;
    }

    @Test
    void everyPageRendersWithItsTitleHeadingAndTheWholeMenu() throws Exception {
        Path site = LinksIT.guide();
        List<String> pages = expectedPages();
        List<String> problems = new ArrayList<>();
        for (String name : pages) {
            Path page = site.resolve(name);
            if (!Files.isRegularFile(page)) {
                problems.add(name + ": not built");
                continue;
            }
            HeadlessChromium.Run dom = chromium.run(page, "--dump-dom");
            dom.consoleMessages().forEach(m -> problems.add(name + ": console: " + m));
            Document rendered = Jsoup.parse(dom.stdout());
            String heading = rendered.select("main h1, #bodyColumn h1").text();
            if (heading.isBlank()) {
                problems.add(name + ": no main heading (h1) in the rendered DOM");
            }
            if (rendered.title().isBlank()) {
                problems.add(name + ": no title in the rendered DOM");
            }
            String prefix = name.contains("/") ? "../" : "";
            List<String> menu = rendered.select("#leftColumn a[href]").eachAttr("href");
            for (String other : pages) {
                String href = prefix + other;
                if (!menu.contains(href) && !menu.contains("./" + href) && !other.equals(name)) {
                    problems.add(name + ": the menu lacks " + other + " (add it to guide/src/site/site.xml)");
                }
            }
        }
        assertEquals(List.of(), problems, problems.size() + " problem(s) with the rendered guide");
    }

    @Test
    void indexIsScreenshotted() throws Exception {
        Path site = LinksIT.guide();
        Path shot = site.getParent().resolve("guide-index.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        HeadlessChromium.Run run = chromium.run(site.resolve("index.html"), "--screenshot=" + shot);
        assertEquals(List.of(), run.consoleMessages());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 10_000, "screenshot too small to show the guide: " + png.length + " bytes");
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void aConsoleErrorWouldBeDetected() throws Exception {
        Path page = profile.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('broken page')</script></body>"
                + "</html>", StandardCharsets.UTF_8);
        List<String> messages = chromium.run(page, "--dump-dom").consoleMessages();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("broken page"));
    }
}
