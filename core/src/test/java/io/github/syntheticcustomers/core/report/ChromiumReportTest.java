package io.github.syntheticcustomers.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.quality.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final Path OUT = Path.of("target", "browser-report");

    private static Path browser;

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
                "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=1200,4800",
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

    @Test
    void reportLoadsWithoutConsoleErrorsShowsEverySectionAndIsScreenshotted() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("report.html");
        Files.writeString(page, ReportRendererTest.renderDefault(), StandardCharsets.UTF_8);

        String[] dom = run(page, "--dump-dom");
        assertEquals(List.of(), consoleMessages(dom[1]), "console messages while loading the report");
        for (String section : ReportRenderer.SECTIONS) {
            assertTrue(dom[0].contains("<section id=\"" + section + "\""), "rendered DOM lacks section " + section);
        }
        // eight over the records, five over the events (retention, hours, weekday × hour, open rates ×2)
        assertEquals(13, dom[0].split("<svg", -1).length - 1, "charts in the rendered DOM");

        Path shot = OUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        String[] screenshot = run(page, "--screenshot=" + shot);
        assertEquals(List.of(), consoleMessages(screenshot[1]));
        byte[] png = Files.readAllBytes(shot);
        assertTrue(png.length > 20_000, "screenshot too small to show the report: " + png.length + " bytes");
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
