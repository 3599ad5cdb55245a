package io.github.syntheticcustomers.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snippet checker on small fixture pages ({@code src/test/resources/.../fixtures}): each rule is caught, with its
 * exact message, file and line, and a page that keeps every rule (passing.md) passes, so {@link SnippetsTest}
 * cannot pass by looking at nothing. The fixtures use version 9.9.9-TEST so they never depend on the build's.
 */
class SnippetCheckerTest {

    private static final String FIXTURES = "guide/src/test/resources/io/github/syntheticcustomers/guide/fixtures/";
    private static Path root;
    private static SnippetChecker checker;

    @BeforeAll
    static void checker() throws IOException {
        root = SnippetsTest.repositoryRoot();
        checker = checker(null);
    }

    private static SnippetChecker checker(String schema) throws IOException {
        String work = System.getProperty("snippet.work");
        return new SnippetChecker(root, Map.of("@project.version@", "9.9.9-TEST", "@junit.version@", "0.0.0"),
                work == null ? root.resolve("guide/target/snippet-runs") : Path.of(work), schema,
                SnippetChecker.pluginDescriptor());
    }

    private static List<String> failures(String page) throws IOException {
        return failures(checker, page);
    }

    private static List<String> failures(SnippetChecker c, String page) throws IOException {
        return c.check(root.resolve(FIXTURES + page)).stream().map(Object::toString).toList();
    }

    @Test
    void aPageThatKeepsEveryRulePasses() throws IOException {
        assertEquals(List.of(), failures("passing.md"));
    }

    @Test
    void rule1AFenceWithoutLanguage() throws IOException {
        assertEquals(List.of(FIXTURES + "rule1.md:3: rule 1: the fenced block declares no language (```text for prose"
                + " in monospace)"), failures("rule1.md"));
    }

    @Test
    void rule2SnippetsMissingDifferentWithoutRegionOrFileOrOutsideTheBuild() throws IOException {
        String region = FIXTURES + "Region.txt";
        assertEquals(List.of(
                FIXTURES + "rule2.md:3: rule 2: a java block needs <!-- snippet: PATH[#REGION] --> (or <!-- tested-by:"
                        + " TestClass -->) on the line above it",
                FIXTURES + "rule2.md:8: rule 2: the block differs from " + region + "#greeting at its line 1: the file"
                        + " has «String greeting = \"hello, 9.9.9-TEST\";», the page «String greeting = \"hello,"
                        + " world\";»",
                FIXTURES + "rule2.md:14: rule 2: " + region + " has no region farewell (a line with snippet-start"
                        + " farewell, a later one with snippet-end farewell)",
                FIXTURES + "rule2.md:19: rule 2: snippet file " + FIXTURES + "Missing.java does not exist",
                FIXTURES + "rule2.md:24: rule 2: snippet file mvnw" + ".cmd is not compiled, run or loaded by the build (a"
                        + " test source, an invoker IT, or a file a test loads)"),
                failures("rule2.md"));
    }

    @Test
    void rule3ConfigurationsThatDoNotLoadOrFailOtherwiseThanMarked() throws IOException {
        List<String> failures = failures("rule3.md");
        assertEquals(3, failures.size(), failures.toString());
        assertEquals(true, failures.get(0).startsWith(FIXTURES + "rule3.md:3: rule 3: the configuration does not"
                + " load: "), failures.get(0));
        assertEquals(true, failures.get(1).startsWith(FIXTURES + "rule3.md:8: rule 3: the block fails to load with «"),
                failures.get(1));
        assertEquals(true, failures.get(1).endsWith("», which does not contain «something else entirely»"),
                failures.get(1));
        assertEquals(FIXTURES + "rule3.md:13: rule 3: the block is marked invalid-config: anything, but it loads",
                failures.get(2));
    }

    @Test
    void rule3AConfigurationTheSchemaRefuses() throws IOException {
        SnippetChecker strict = checker("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"type\": \"object\", \"properties\": {\"reference_date\": {\"type\": \"string\","
                + " \"pattern\": \"^1999\"}}}");
        List<String> failures = failures(strict, "passing.md");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(true, failures.get(0).startsWith(FIXTURES + "passing.md:13: rule 3: the configuration does not"
                + " validate against configuration.schema.json: ["), failures.get(0));
    }

    @Test
    void rule4JsonThatDoesNotParse() throws IOException {
        List<String> failures = failures("rule4.md");
        assertEquals(1, failures.size(), failures.toString());
        assertEquals(true, failures.get(0).startsWith(FIXTURES + "rule4.md:3: rule 4: the block is not valid JSON: "),
                failures.get(0));
    }

    @Test
    void rule5CommandsThatFailOrNameWhatTheBuildDoesNotHave() throws IOException {
        String at = FIXTURES + "rule5.md:3: rule 5: ";
        List<String> failures = failures("rule5.md");
        assertEquals(8, failures.size(), failures.toString());
        assertEquals(true, failures.get(0).startsWith(at + "`synthetic-customers generate --count -5` exited 2"
                + " (expected 0): "), failures.get(0));
        assertEquals(List.of(
                at + "`ls -l target` is neither the command line nor Maven: mark the block <!-- tested-by: TestClass -->",
                at + "compile-it is not a Maven lifecycle phase",
                at + "profile nope is defined in no pom.xml of the repository",
                at + "-pl nowhere names no module of the repository",
                at + "-f nowhere/pom.xml does not exist in the repository",
                at + "-Dsynthetic.nope is no parameter property of the plugin (it has " + checker.properties() + ")",
                at + "synthetic-customers:nogoal names no goal of the plugin (it has " + checker.goals() + ")"),
                failures.subList(1, failures.size()));
    }

    @Test
    void rule6BlocksWithoutATestOrWithATestThatDoesNotReadThePage() throws IOException {
        assertEquals(List.of(
                FIXTURES + "rule6.md:3: rule 6: a sql block needs <!-- tested-by: TestClass --> on the line above it",
                FIXTURES + "rule6.md:8: rule 6: no test class NoSuchPageTest in the repository",
                FIXTURES + "rule6.md:13: rule 6: SnippetsTest (guide/src/test/java/io/github/syntheticcustomers/guide/"
                        + "SnippetsTest.java) does not name rule6.md, so it does not read this page"),
                failures("rule6.md"));
    }

    @Test
    void shellLinesSplitIntoCommandsAndWords() {
        assertEquals(List.of(List.of("cd", "target/x"), List.of("psql", "$DATABASE_URL", "-f", "a b.sql")),
                Shell.split("cd target/x && psql \"$DATABASE_URL\" -f 'a b.sql' # comment"));
        assertEquals(List.of("synthetic-customers generate --seed 7", "./mvnw -B verify"),
                SnippetChecker.commandLines("# a comment\nsynthetic-customers generate \\\n  --seed 7\n\n./mvnw -B verify\n",
                        false));
        assertEquals(List.of("synthetic-customers --version"),
                SnippetChecker.commandLines("$ synthetic-customers --version\nsynthetic-customers 1.0\n", true));
    }
}
