package io.github.syntheticcustomers.guide;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a rendered site: every relative {@code href} and {@code src} names a file of the site, every
 * {@code #anchor} an element id of its target page; external links are {@code http(s)} only and are listed, never
 * fetched (the check runs offline).
 *
 * @param broken one line per broken link: {@code page: link (why)}
 * @param external the external links, each once, sorted
 */
record LinkCheck(List<String> broken, Set<String> external) {

    /** Checks every {@code .html} page under {@code site}. */
    static LinkCheck of(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        Set<String> external = new TreeSet<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            String name = site.relativize(page).toString().replace('\\', '/');
            for (Element e : html.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                check(site, page, name, link, ids, broken, external);
            }
        }
        return new LinkCheck(List.copyOf(broken), Set.copyOf(external));
    }

    private static void check(Path site, Path page, String name, String link, Map<Path, Set<String>> ids,
            List<String> broken, Set<String> external) throws IOException {
        if (link.isEmpty()) {
            broken.add(name + ": an empty link");
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            broken.add(name + ": " + link + " (not a URI: " + e.getMessage() + ")");
            return;
        }
        if (uri.getScheme() != null) {
            if (uri.getScheme().equals("http") || uri.getScheme().equals("https")) {
                external.add(link);
            } else {
                broken.add(name + ": " + link + " (only http(s) links leave the guide)");
            }
            return;
        }
        if (link.startsWith("//")) {
            broken.add(name + ": " + link + " (a protocol-relative link leaves the guide: write https:)");
            return;
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(site)) {
            broken.add(name + ": " + link + " (points outside the guide)");
            return;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            broken.add(name + ": " + link + " (no file " + site.relativize(target).toString().replace('\\', '/') + ")");
            return;
        }
        String anchor = uri.getFragment();
        if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> targetIds = ids.get(target);
            if (targetIds == null) {
                targetIds = new TreeSet<>();
                for (Element e : Jsoup.parse(target.toFile(), "UTF-8").select("[id], a[name]")) {
                    targetIds.add(e.hasAttr("id") ? e.id() : e.attr("name"));
                }
                ids.put(target, targetIds);
            }
            if (!targetIds.contains(anchor)) {
                broken.add(name + ": " + link + " (no id \"" + anchor + "\" in "
                        + site.relativize(target).toString().replace('\\', '/') + ")");
            }
        }
    }
}
