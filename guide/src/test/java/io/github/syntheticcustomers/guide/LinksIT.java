package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link of the built guide ({@code target/guide}, rendered at prepare-package) resolves: relative links to a
 * file of the site, anchors to an id of their page. External links are listed in {@code target/external-links.txt},
 * not fetched: the build runs offline.
 */
class LinksIT {

    static Path guide() {
        return Path.of(System.getProperty("guide.directory", "target/guide")).toAbsolutePath().normalize();
    }

    @Test
    void everyLinkOfTheGuideResolves() throws IOException {
        Path site = guide();
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "no guide at " + site + ": build the module"
                + " through package (./mvnw -B -pl guide -am verify)");
        LinkCheck check = LinkCheck.of(site);
        assertEquals(List.of(), check.broken(), check.broken().size() + " broken link(s) in the guide");
        Files.writeString(site.getParent().resolve("external-links.txt"),
                String.join("\n", check.external()) + "\n", StandardCharsets.UTF_8);
        // the design notes are in, with their .md links made .html and GitHub's anchors
        assertTrue(Files.isRegularFile(site.resolve("notes/cohorts.html")));
        assertTrue(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)
                .contains("href=\"notes/cohorts.html\""), "index.html's link to notes/cohorts.md is not .html");
    }

    @Test
    void theCheckFindsBrokenLinksAndAnchors(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("notes"));
        Files.writeString(site.resolve("index.html"), "<html><body><h1 id=\"top\">Guide</h1>"
                + "<a href=\"notes/a.html#here\">fine</a> <a href=\"#top\">fine</a> <a href=\"notes/\">fine</a>"
                + " <a href=\"missing.html\">no file</a> <a href=\"notes/a.html#nowhere\">no anchor</a>"
                + " <a href=\"page.md\">a .md link</a> <img src=\"img/x.png\">"
                + " <a href=\"https://example.org/x\">external</a> <a href=\"ftp://example.org/\">ftp</a>"
                + " <a href=\"../outside.html\">outside</a></body></html>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("notes/a.html"), "<html><body><p id=\"here\">x</p></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(site.resolve("notes/index.html"), "<html><body></body></html>", StandardCharsets.UTF_8);
        LinkCheck check = LinkCheck.of(site);
        assertEquals(List.of(
                "index.html: missing.html (no file missing.html)",
                "index.html: notes/a.html#nowhere (no id \"nowhere\" in notes/a.html)",
                "index.html: page.md (no file page.md)",
                "index.html: img/x.png (no file img/x.png)",
                "index.html: ftp://example.org/ (only http(s) links leave the guide)",
                "index.html: ../outside.html (points outside the guide)"), check.broken());
        assertEquals(Set.of("https://example.org/x"), check.external());
    }
}
