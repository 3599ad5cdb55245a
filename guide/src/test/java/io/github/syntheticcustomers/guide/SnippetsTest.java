package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The snippet rules (CONTRIBUTING.md, "The user guide") over README.md, every page of the guide
 * ({@code guide/src/site/markdown}) and every design note ({@code docs/*.md}): one test per page, failing with
 * every broken rule's file, line and rule. The command lines run in {@code target/snippet-runs} (the working
 * directory surefire gives this module's tests).
 */
class SnippetsTest {

    private static Path root;
    private static SnippetChecker checker;

    @BeforeAll
    static void checker() throws IOException {
        root = repositoryRoot();
        Path schema = root.resolve(GuideSources.SCHEMA);
        String schemaText = Files.isRegularFile(schema) ? Files.readString(schema, StandardCharsets.UTF_8) : null;
        if (schemaText == null) {
            System.out.println("SnippetsTest: " + GuideSources.SCHEMA + " does not exist yet: yaml blocks are loaded,"
                    + " not validated against the schema");
        }
        String work = System.getProperty("snippet.work");
        checker = new SnippetChecker(root, tokens(), work == null ? root.resolve("guide/target/snippet-runs")
                : Path.of(work), schemaText, SnippetChecker.pluginDescriptor());
    }

    /** The repository's root: {@code -Drepository.root} (set by the module's surefire configuration). */
    static Path repositoryRoot() {
        String configured = System.getProperty("repository.root");
        return (configured == null ? Path.of("..") : Path.of(configured)).toAbsolutePath().normalize();
    }

    /** The invoker tokens of the invoker ITs' POMs and the build's values for them. */
    static Map<String, String> tokens() {
        return Map.of("@project.version@", System.getProperty("project.version", "0.1.0-SNAPSHOT"),
                "@junit.version@", System.getProperty("junit.version", "5.14.4"));
    }

    /** README.md, then the guide's pages, then the design notes, each in name order. */
    static List<Path> pages() throws IOException {
        Path base = repositoryRoot();
        List<Path> pages = new ArrayList<>();
        pages.add(base.resolve("README.md"));
        for (String dir : List.of("guide/src/site/markdown", "docs")) {
            try (Stream<Path> files = Files.list(base.resolve(dir))) {
                files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /**
     * One test per page; {@code -Dsnippets.only=PREFIX} keeps the pages whose path starts with it (e.g. {@code docs/}),
     * to check the page one is editing quickly.
     */
    @TestFactory
    Stream<DynamicTest> everyPageKeepsTheSnippetRules() throws IOException {
        String only = System.getProperty("snippets.only", "");
        return pages().stream().filter(p -> root.relativize(p).toString().replace('\\', '/').startsWith(only)).map(page -> DynamicTest.dynamicTest(root.relativize(page).toString(), () -> {
            List<SnippetChecker.Failure> failures = checker.check(page);
            assertTrue(failures.isEmpty(), failures.size() + " broken snippet rule(s):\n"
                    + String.join("\n", failures.stream().map(Object::toString).toList()));
        }));
    }

    @Test
    void thePagesAreTheOnesTheRulesCover() throws IOException {
        List<String> names = pages().stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals("README.md", names.get(0));
        assertTrue(names.contains("guide/src/site/markdown/index.md"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("docs/")), names.toString());
    }

    @Test
    void thePluginDescriptorNamesTheGoalsAndProperties() {
        assertEquals(List.of("check", "generate", "help", "load", "report"), List.copyOf(checker.goals()));
        assertTrue(checker.properties().contains("synthetic.count"), checker.properties().toString());
    }
}
