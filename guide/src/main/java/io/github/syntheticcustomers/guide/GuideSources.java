package io.github.syntheticcustomers.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Assembles the guide's site sources before maven-site-plugin renders them: {@code src/site} as is, each
 * {@code docs/NAME.md} as {@code markdown/notes/NAME.md}, and core's configuration schema as
 * {@code resources/configuration.schema.json} (published at the guide's root).
 *
 * <p>Why not copy files only: the pages are read on GitHub too, so their links use GitHub's heading anchors
 * ({@code #the-social-frame}), while Doxia names a heading {@code The_social_frame}. Each ATX heading therefore gets
 * an {@code <a id="…">} with GitHub's anchor, so one link works in both places. A design note's link out of
 * {@code docs/} ({@code ../examples/…}) points to the repository on GitHub, since the guide holds no such file.
 * Doxia itself turns {@code page.md} links into {@code page.html}.
 */
public final class GuideSources {

    /** The repository the notes' links out of {@code docs/} point to (the parent POM's url). */
    static final String REPOSITORY_URL = "https://github.com/syntheticcustomers/synthetic-customers/blob/main/";
    /** Where core keeps the configuration schema (lane schema's resource). */
    static final String SCHEMA = "core/src/main/resources/io/github/syntheticcustomers/core/config/configuration.schema.json";

    private GuideSources() {
    }

    /**
     * {@code GuideSources REPOSITORY_ROOT SITE_DIRECTORY OUTPUT}: assembles the site sources into {@code OUTPUT},
     * which it empties first.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GuideSources REPOSITORY_ROOT SITE_DIRECTORY OUTPUT");
        }
        assemble(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Assembles the site sources of the repository at {@code root} and the guide's {@code site} into {@code out}. */
    public static void assemble(Path root, Path site, Path out) throws IOException {
        deleteTree(out);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = out.resolve(site.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (file.toString().endsWith(".md")) {
                    Files.writeString(target, withAnchors(Files.readString(file, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path notes = out.resolve("markdown").resolve("notes");
        Files.createDirectories(notes);
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            for (Path note : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                Files.writeString(notes.resolve(note.getFileName().toString()), outOfDocs(withAnchors(text)),
                        StandardCharsets.UTF_8);
            }
        }
        Path schema = root.resolve(SCHEMA);
        if (Files.isRegularFile(schema)) {
            Path resources = out.resolve("resources");
            Files.createDirectories(resources);
            Files.copy(schema, resources.resolve("configuration.schema.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code markdown} with an {@code <a id>} of GitHub's anchor at the end of each ATX heading line. */
    static String withAnchors(String markdown) {
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node document = parser.parse(markdown);
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        Map<String, Integer> seen = new HashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = githubAnchor(textOf(heading));
                int n = seen.merge(slug, 1, Integer::sum);
                String id = n == 1 ? slug : slug + "-" + (n - 1);
                int line = heading.getSourceSpans().get(0).getLineIndex();
                if (lines.get(line).stripLeading().startsWith("#") && !id.isEmpty()) {
                    lines.set(line, lines.get(line).stripTrailing() + " <a id=\"" + id + "\"></a>");
                }
            }
        });
        return String.join("\n", lines) + "\n";
    }

    /** The plain text of a heading as GitHub reads it for its anchor: text and code spans, no markup. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /**
     * GitHub's anchor of a heading: lower case; letters, digits, {@code -} and {@code _} kept, spaces made
     * {@code -}, everything else dropped (a repeated anchor gets {@code -1}, {@code -2} in {@link #withAnchors}).
     */
    public static String githubAnchor(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** A design note's links out of {@code docs/} ({@code ](../path)}) made links to the repository on GitHub. */
    static String outOfDocs(String markdown) {
        return markdown.replace("](../", "](" + REPOSITORY_URL);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
