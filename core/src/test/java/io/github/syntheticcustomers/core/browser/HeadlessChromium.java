package io.github.syntheticcustomers.core.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for the tests that open what the project renders (the report, the user guide): headless Chromium
 * found at the usual Debian and Google paths or at {@code -Dchromium.path}, run once per page with its own profile
 * directory. Where none is installed the calling test is skipped with the reason (CI installs Debian's
 * {@code chromium}). Shared with the guide module through core's test jar.
 */
public final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final long TIMEOUT_SECONDS = 180;

    private final Path browser;
    private final Path profile;
    private final String windowSize;

    private HeadlessChromium(Path browser, Path profile, String windowSize) {
        this.browser = browser;
        this.profile = profile;
        this.windowSize = windowSize;
    }

    /** What one run printed. */
    public record Run(String stdout, String stderr) {

        /** The page's console messages (Chromium logs them to stderr as {@code ...:CONSOLE(...)}). */
        public List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    /**
     * The browser, with {@code profile} as its user-data directory and a window of {@code windowSize}
     * ({@code "1200,1600"}); skips the calling test when there is none.
     */
    public static HeadlessChromium findOrSkip(Path profile, String windowSize) {
        String configured = System.getProperty("chromium.path");
        List<String> paths = configured == null ? CANDIDATES : List.of(configured);
        Path browser = paths.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(browser != null, "browser test skipped: no Chromium found at " + paths
                + " (install Debian's 'chromium' package or set -Dchromium.path)");
        return new HeadlessChromium(browser, profile, windowSize);
    }

    /**
     * Opens {@code page} with the {@code mode} arguments ({@code --dump-dom}, {@code --screenshot=FILE}); fails when
     * the browser exits with an error or runs longer than three minutes.
     */
    public Run run(Path page, String... mode) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-extensions", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=" + windowSize,
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(mode));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path stdout = Files.createTempFile(profile, "out", ".txt");
        Path stderr = Files.createTempFile(profile, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("Chromium failed (exit " + p.exitValue() + "): " + err);
        }
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), err);
    }
}
