package io.github.syntheticcustomers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The section "Command line" of docs/databases.md, run as a reader runs it: its {@code sh} blocks' commands, read from
 * the page, each in a JVM of its own started in a working directory of this test (so the relative paths of the page
 * hold), with {@code DB_PASSWORD} in that JVM's environment as the page's {@code export} sets it. The first block
 * generates a dataset and loads it into a real PostgreSQL (embedded; its port replaces the page's 5432, role {@code app}
 * and database {@code test} created here), the second loads the same directory into an H2 file database with H2's
 * driver on the class path. The page's sample output is the load's own: every line it shows is a line the load printed.
 *
 * <p>Why child JVMs: {@code --password-env} reads the process environment, which an in-process run cannot set; and
 * {@code java -cp … SyntheticCustomersCommand} is the page's point (the main class named, the driver beside it). The
 * child's class path is this test's, which holds the command line, its dependencies and H2, as the page's jars do.
 */
class DatabasesPageCommandsTest {

    private static final Path PAGE = Path.of("..", "docs", "databases.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);
    private static final String PASSWORD = "page-password";

    @TempDir
    static Path work;

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE test OWNER app");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theSectionsCommandsGenerateAndLoadIntoPostgresqlAndH2() throws Exception {
        String section = section(Files.readString(PAGE, StandardCharsets.UTF_8), "## Command line");
        List<String> sh = blocks(section, "sh");
        assertEquals(2, sh.size(), "the section's sh blocks: the PostgreSQL one and the H2 one");

        List<String> first = commandLines(sh.get(0));
        assertEquals(3, first.size(), first.toString());
        assertEquals("export DB_PASSWORD=...", first.get(0), "the password is set in the environment, never an argument");
        Run generate = run(first.get(1));
        assertEquals(0, generate.exit(), generate.output());
        Run postgresLoad = run(first.get(2).replace("localhost:5432", "localhost:" + postgres.getPort()));
        assertEquals(0, postgresLoad.exit(), postgresLoad.output());
        long customers = manifestCustomers(first.get(1));
        assertEquals(customers, count("jdbc:postgresql://localhost:" + postgres.getPort() + "/test", "app", PASSWORD,
                "SELECT COUNT(*) FROM customers.customers"));

        // the page's sample output is this load's: each line it shows (but the "..." of lines left out) was printed
        List<String> printed = postgresLoad.output().lines().toList();
        List<String> shown = blocks(section, "text").get(0).lines().filter(l -> !l.equals("...")).toList();
        assertFalse(shown.isEmpty());
        for (String line : shown) {
            assertTrue(printed.contains(line), "the page shows «" + line + "», the load printed " + printed);
        }
        assertEquals(printed.get(printed.size() - 1), shown.get(shown.size() - 1), "the summary line");

        List<String> second = commandLines(sh.get(1));
        assertEquals(1, second.size(), second.toString());
        Run h2Load = run(second.get(0));
        assertEquals(0, h2Load.exit(), h2Load.output());
        assertTrue(h2Load.output().contains("(H2, inserts) from target/customers"), h2Load.output());
        assertEquals(customers, count("jdbc:h2:" + work.resolve("target/test"), "", "",
                "SELECT COUNT(*) FROM customers"));
    }

    /** Runs one of the page's {@code java} command lines in a JVM of its own, in {@link #work}. */
    private static Run run(String commandLine) throws Exception {
        List<String> words = new ArrayList<>(Arrays.asList(commandLine.split(" +")));
        assertEquals("java", words.get(0), commandLine);
        List<String> args;
        if (words.get(1).equals("-jar")) {
            assertTrue(words.get(2).matches("synthetic-customers-cli-[0-9.]+-all\\.jar"), commandLine);
            args = words.subList(3, words.size());
        } else {
            assertEquals("-cp", words.get(1), commandLine);
            String[] jars = words.get(2).split(":");
            assertTrue(jars[0].matches("synthetic-customers-cli-[0-9.]+-all\\.jar"), commandLine);
            assertEquals(h2JarName(), jars[1], "the page names the H2 driver the build uses");
            assertEquals(SyntheticCustomersCommand.class.getName(), words.get(3), "the page's main class");
            args = words.subList(4, words.size());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SyntheticCustomersCommand.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("DB_PASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), commandLine);
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {
    }

    /** The file name of the H2 jar on this test's class path, e.g. {@code h2-2.5.252.jar}. */
    private static String h2JarName() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString()).filter(n -> n.matches("h2-[0-9.]+\\.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no H2 jar on the class path"));
    }

    /** The {@code --count} of the page's generate command. */
    private static long manifestCustomers(String generate) {
        Matcher m = Pattern.compile("--count (\\d+)").matcher(generate);
        assertTrue(m.find(), generate);
        return Long.parseLong(m.group(1));
    }

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The part of {@code page} from the heading to the next heading of its level. */
    private static String section(String page, String heading) {
        int from = page.indexOf("\n" + heading + "\n");
        assertTrue(from >= 0, "docs/databases.md has no section " + heading);
        int to = page.indexOf("\n## ", from + heading.length() + 2);
        return page.substring(from, to < 0 ? page.length() : to);
    }

    /** The fenced blocks of {@code language} in {@code text}, in order. */
    private static List<String> blocks(String text, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    /** A block's command lines, continuation lines joined. */
    private static List<String> commandLines(String block) {
        return Arrays.stream(block.replaceAll("\\\\\\n\\s*", "").split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }
}
