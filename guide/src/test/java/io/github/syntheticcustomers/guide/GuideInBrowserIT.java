package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
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

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private Path browser;

    @TempDir
    Path profile;

    @BeforeEach
    void findBrowser() {
        String configured = System.getProperty("chromium.path");
        List<String> paths = configured == null ? CANDIDATES : List.of(configured);
        browser = paths.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(browser != null, "browser test skipped: no Chromium found at " + paths
                + " (install Debian's 'chromium' package or set -Dchromium.path)");
    }

    /** Runs the browser on {@code page} with {@code mode} arguments; returns stdout and stderr. */
    private String[] run(Path page, String... mode) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-extensions", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=1200,1600",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(mode));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path stdout = Files.createTempFile(profile, "out", ".txt");
        Path stderr = Files.createTempFile(profile, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 180 s: " + cmd);
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "Chromium failed: " + err);
        return new String[] {Files.readString(stdout, StandardCharsets.UTF_8), err};
    }

    private static List<String> consoleMessages(String stderr) {
        return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
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
            String[] dom = run(page, "--dump-dom");
            consoleMessages(dom[1]).forEach(m -> problems.add(name + ": console: " + m));
            Document rendered = Jsoup.parse(dom[0]);
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
        String[] run = run(site.resolve("index.html"), "--screenshot=" + shot);
        assertEquals(List.of(), consoleMessages(run[1]));
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
        List<String> messages = consoleMessages(run(page, "--dump-dom")[1]);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("broken page"));
    }
}
