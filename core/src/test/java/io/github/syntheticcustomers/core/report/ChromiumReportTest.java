package io.github.syntheticcustomers.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.quality.Datasets;
import io.github.syntheticcustomers.core.browser.HeadlessChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real browser (headless Chromium): the page loads without console messages,
 * every section is in the rendered DOM, and a screenshot is kept under {@code target/browser-report/}.
 * Skipped, with the reason, where no Chromium is installed (Debian: {@code apt-get install chromium});
 * the path can be set with {@code -Dchromium.path=...}.
 */
class ChromiumReportTest {

    private static final Path OUT = Path.of("target", "browser-report");

    private HeadlessChromium chromium;

    @TempDir
    Path profile;

    @BeforeEach
    void findBrowser() {
        chromium = HeadlessChromium.findOrSkip(profile, "1200,4800");
    }

    @Test
    void reportLoadsWithoutConsoleErrorsShowsEverySectionAndIsScreenshotted() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report.html");
        Files.writeString(page, ReportRendererTest.renderDefault(), StandardCharsets.UTF_8);

        HeadlessChromium.Run dom = chromium.run(page, "--dump-dom");
        assertEquals(List.of(), dom.consoleMessages(), "console messages while loading the report");
        for (String section : ReportRenderer.SECTIONS) {
            assertTrue(dom.stdout().contains("<section id=\"" + section + "\""),
                    "rendered DOM lacks section " + section);
        }
        // eight over the records, five over the events (retention, hours, weekday × hour, open rates ×2)
        assertEquals(13, dom.stdout().split("<svg", -1).length - 1, "charts in the rendered DOM");

        Path shot = OUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        HeadlessChromium.Run screenshot = chromium.run(page, "--screenshot=" + shot);
        assertEquals(List.of(), screenshot.consoleMessages());
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 20_000, "screenshot too small to show the report: " + png.length + " bytes");
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    /**
     * A report with a failed check, as the browser renders it: right after the header, the first thing is the
     * verdict naming the failed check, whose link lands on an element that exists; the step chart and the sample
     * customers' cards are drawn; no console message.
     */
    @Test
    void aFailedCheckIsTheFirstThingAfterTheHeaderAndItsLinkLands() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report-failing.html");
        io.github.syntheticcustomers.core.quality.LoadedDataset failing = ReportLayoutTest.failingDataset();
        io.github.syntheticcustomers.core.quality.QualityReport q =
                io.github.syntheticcustomers.core.quality.QualityChecks.run(failing, Datasets.CONFIG);
        assertEquals("persona_distribution", q.failed().get(0).name());
        Files.writeString(page, ReportLayoutTest.render(failing), StandardCharsets.UTF_8);

        HeadlessChromium.Run run = chromium.run(page, "--dump-dom");
        assertEquals(List.of(), run.consoleMessages(), "console messages while loading the report");
        String dom = run.stdout();
        int headerEnd = dom.indexOf("</header>");
        assertTrue(headerEnd > 0 && dom.indexOf("<header") < headerEnd, "the rendered DOM has the header");
        assertTrue(dom.indexOf("<section") > headerEnd, "no section before the header");
        // the visible text between the header and the first link: the section heading and the verdict only
        int firstLink = dom.indexOf("<a ", headerEnd);
        String before = dom.substring(headerEnd + "</header>".length(), firstLink).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").trim();
        assertEquals("Summary " + q.failed().size() + " of " + q.checks().size() + " quality checks failed:", before);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a href=\"#([^\"]+)\">(.*?)</a>")
                .matcher(dom.substring(firstLink));
        assertTrue(link.lookingAt(), dom.substring(firstLink, Math.min(dom.length(), firstLink + 200)));
        assertEquals("check-persona_distribution", link.group(1));
        assertTrue(link.group(2).contains("persona_distribution"), link.group(2));
        int target = dom.indexOf("id=\"check-persona_distribution\"");
        assertTrue(target > firstLink, "the link's target exists in the rendered DOM, below the link");
        assertTrue(dom.substring(target, dom.indexOf("</tr>", target)).contains("FAIL"));

        int chart = dom.indexOf("id=\"chart-steps\"");
        assertTrue(chart > 0, "the step chart is rendered");
        String steps = dom.substring(chart, dom.indexOf("</svg>", chart));
        assertTrue(steps.split("<rect", -1).length - 1 >= 3 * 16, "three bars per step and a legend");
        assertTrue(steps.contains(" reached</text>") && steps.contains(" abandoned</text>"));
        assertTrue(dom.split("<article class=\"card\"", -1).length - 1 >= 3, "the sample customers' cards");
        assertTrue(dom.contains("<ol class=\"journey\">"), "a card lists its journey");

        Path shot = OUT.resolve("report-failing.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        HeadlessChromium.Run screenshot = chromium.run(page, "--screenshot=" + shot);
        assertEquals(List.of(), screenshot.consoleMessages());
        assertTrue(Files.size(shot) > 20_000, "screenshot too small to show the report");
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
