package io.github.syntheticcustomers.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.syntheticcustomers.cli.SyntheticCustomersCommand;
import io.github.syntheticcustomers.core.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The snippet rules of the user guide (CONTRIBUTING.md, "The user guide"), applied to one Markdown page: every fenced
 * block declares a language (rule 1); a {@code snippet} marker's block equals its file or region (2); {@code yaml}
 * loads and validates (3); {@code json} parses (4); command lines run or match the build (5); {@code tested-by}
 * names a test that reads the page (6); {@code text} is prose (7). Each failure names the file, line and rule.
 *
 * <p>Why a class of its own: {@link SnippetCheckerTest} proves on small fixture pages that every rule is caught with
 * its message, so {@link SnippetsTest} passing means the pages pass, not that the checker looked at nothing.
 */
final class SnippetChecker {

    /** One broken rule: {@code file:line: rule N: message}. */
    record Failure(String file, int line, int rule, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": rule " + rule + ": " + message;
        }
    }

    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(snippet|tested-by|invalid-config|exit):\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(synthetic\\.[^}]+)}");
    private static final Pattern GOAL = Pattern.compile("<goal>([^<]+)</goal>");
    private static final Pattern PROFILE_ID = Pattern.compile("<profile>\\s*(?:<!--.*?-->\\s*)*<id>([^<]+)</id>", Pattern.DOTALL);
    private static final Pattern ARTIFACT_ID = Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);
    private static final Set<String> NEEDS_SNIPPET = Set.of("java", "kotlin", "xml", "ts");
    private static final Set<String> NEEDS_TEST = Set.of("sql", "mermaid");
    private static final Set<String> COMMANDS = Set.of("bash", "sh", "console");
    /** Maven options that take the next word as their value. */
    private static final Set<String> MAVEN_VALUE_OPTIONS = Set.of("-pl", "--projects", "-f", "--file", "-P",
            "--activate-profiles", "-rf", "--resume-from", "-T", "--threads", "-s", "--settings", "-gs",
            "--global-settings", "-t", "--toolchains", "-l", "--log-file", "-b", "--builder", "-D", "--define");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Path root;
    private final Map<String, String> tokens;
    private final Path workDirectory;
    private final Schema schema;
    private final Set<String> phases;
    private final Set<String> goals;
    private final Set<String> properties;
    private final Set<String> profiles;
    private final Set<String> artifactIds;
    private final Map<String, List<Path>> testClasses;
    private final List<String> testSources;

    /**
     * A checker of the pages of the repository at {@code root}.
     *
     * @param tokens the invoker tokens and their values ({@code @project.version@} → the build's version)
     * @param workDirectory where the command lines run: the JVM's working directory, emptied before each block
     * @param schema the configuration schema's text, or null where none is published yet
     * @param pluginDescriptor the plugin's {@code META-INF/maven/plugin.xml}
     */
    SnippetChecker(Path root, Map<String, String> tokens, Path workDirectory, String schema, String pluginDescriptor)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tokens = Map.copyOf(tokens);
        this.workDirectory = workDirectory;
        this.schema = schema == null ? null : SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, InputFormat.JSON);
        this.phases = phases();
        Set<String> g = new TreeSet<>();
        Matcher goal = GOAL.matcher(pluginDescriptor);
        while (goal.find()) {
            g.add(goal.group(1).strip());
        }
        this.goals = Collections.unmodifiableSet(g);
        Set<String> p = new TreeSet<>();
        Matcher property = PROPERTY.matcher(pluginDescriptor);
        while (property.find()) {
            p.add(property.group(1));
        }
        this.properties = Collections.unmodifiableSet(p);
        Set<String> profileIds = new TreeSet<>();
        Set<String> artifacts = new TreeSet<>();
        Map<String, List<Path>> classes = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Path file : repositoryFiles()) {
            String name = file.getFileName().toString();
            String rel = relative(file);
            if (name.equals("pom.xml")) {
                String pom = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = PROFILE_ID.matcher(pom);
                while (m.find()) {
                    profileIds.add(m.group(1).strip());
                }
                Matcher a = ARTIFACT_ID.matcher(pom);
                if (a.find()) {
                    artifacts.add(a.group(1).strip());
                }
            } else if (isTestSource(rel) && (name.endsWith(".java") || name.endsWith(".groovy") || name.endsWith(".kt"))) {
                classes.computeIfAbsent(name.substring(0, name.lastIndexOf('.')), k -> new ArrayList<>()).add(file);
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        this.profiles = Collections.unmodifiableSet(profileIds);
        this.artifactIds = Collections.unmodifiableSet(artifacts);
        this.testClasses = classes;
        this.testSources = sources;
    }

    /** The Maven goals of the plugin's descriptor. */
    Set<String> goals() {
        return goals;
    }

    /** The {@code synthetic.*} user properties of the plugin's parameters. */
    Set<String> properties() {
        return properties;
    }

    /** Every failure of {@code page}, in the page's order. */
    List<Failure> check(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String file = relative(page);
        List<String> lines = text.lines().toList();
        List<FencedCodeBlock> fences = new ArrayList<>();
        Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                fences.add(block);
            }
        });
        List<Failure> failures = new ArrayList<>();
        for (FencedCodeBlock fence : fences) {
            int index = fence.getSourceSpans().get(0).getLineIndex();
            Block block = new Block(page, file, index + 1, language(fence), fence.getLiteral(), markers(lines, index));
            check(block, failures);
        }
        return failures;
    }

    /** One fenced block with the markers on the lines directly above it. */
    private record Block(Path page, String file, int line, String language, String content, Map<String, String> markers) {
        Failure failure(int rule, String message) {
            return new Failure(file, line, rule, message);
        }
    }

    private static String language(FencedCodeBlock fence) {
        String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    private static Map<String, String> markers(List<String> lines, int fenceIndex) {
        Map<String, String> markers = new LinkedHashMap<>();
        for (int i = fenceIndex - 1; i >= 0; i--) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            markers.putIfAbsent(m.group(1), m.group(2));
        }
        return markers;
    }

    private void check(Block block, List<Failure> failures) {
        if (block.language().isEmpty()) {
            failures.add(block.failure(1, "the fenced block declares no language (```text for prose in monospace)"));
            return;
        }
        if (block.markers().containsKey("tested-by")) {
            testedBy(block, block.markers().get("tested-by"), failures);
            return;
        }
        if (block.markers().containsKey("snippet")) {
            snippet(block, block.markers().get("snippet"), failures);
            return;
        }
        String language = block.language();
        if (NEEDS_SNIPPET.contains(language)) {
            failures.add(block.failure(2, "a " + language + " block needs <!-- snippet: PATH[#REGION] --> (or"
                    + " <!-- tested-by: TestClass -->) on the line above it"));
        } else if (NEEDS_TEST.contains(language)) {
            failures.add(block.failure(6, "a " + language + " block needs <!-- tested-by: TestClass --> on the line"
                    + " above it"));
        } else if (language.equals("yaml") || language.equals("yml")) {
            configuration(block, failures);
        } else if (language.equals("json")) {
            try {
                JSON.readTree(block.content());
            } catch (IOException e) {
                failures.add(block.failure(4, "the block is not valid JSON: " + firstLine(e.getMessage())));
            }
        } else if (COMMANDS.contains(language)) {
            commands(block, failures);
        }
    }

    // rule 6 ---------------------------------------------------------------------------------------------------------

    private void testedBy(Block block, String testClass, List<Failure> failures) {
        List<Path> sources = testClasses.getOrDefault(testClass, List.of());
        if (sources.isEmpty()) {
            failures.add(block.failure(6, "no test class " + testClass + " in the repository"));
            return;
        }
        String pageName = block.page().getFileName().toString();
        for (Path source : sources) {
            try {
                if (Files.readString(source, StandardCharsets.UTF_8).contains(pageName)) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        failures.add(block.failure(6, testClass + " (" + relative(sources.get(0)) + ") does not name " + pageName
                + ", so it does not read this page"));
    }

    // rule 2 ---------------------------------------------------------------------------------------------------------

    private void snippet(Block block, String reference, List<Failure> failures) {
        int hash = reference.indexOf('#');
        String path = hash < 0 ? reference : reference.substring(0, hash);
        String region = hash < 0 ? null : reference.substring(hash + 1);
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            failures.add(block.failure(2, "snippet file " + path + " does not exist"));
            return;
        }
        if (!coveredByBuild(path)) {
            failures.add(block.failure(2, "snippet file " + path + " is not compiled, run or loaded by the build (a test"
                    + " source, an invoker IT, or a file a test loads)"));
            return;
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            content = content.replace(token.getKey(), token.getValue());
        }
        String expected;
        if (region == null) {
            expected = content;
        } else {
            expected = region(content, region);
            if (expected == null) {
                failures.add(block.failure(2, path + " has no region " + region + " (a line with snippet-start "
                        + region + ", a later one with snippet-end " + region + ")"));
                return;
            }
        }
        List<String> want = trimmed(expected);
        List<String> have = trimmed(block.content());
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            String w = i < want.size() ? want.get(i) : "(end of snippet)";
            String h = i < have.size() ? have.get(i) : "(end of block)";
            if (!w.equals(h)) {
                failures.add(block.failure(2, "the block differs from " + reference + " at its line " + (i + 1)
                        + ": the file has «" + w + "», the page «" + h + "»"));
                return;
            }
        }
    }

    private boolean coveredByBuild(String path) {
        if (isTestSource(path)) {
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return testSources.stream().anyMatch(s -> s.contains(path) || s.contains(name));
    }

    private static boolean isTestSource(String path) {
        return path.contains("/src/test/") || path.contains("/src/it/");
    }

    /** The lines between {@code snippet-start REGION} and {@code snippet-end REGION}, their common indent removed. */
    static String region(String content, String region) {
        Pattern start = Pattern.compile("snippet-start " + Pattern.quote(region) + "(?![\\w-])");
        Pattern end = Pattern.compile("snippet-end " + Pattern.quote(region) + "(?![\\w-])");
        List<String> lines = content.lines().toList();
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && start.matcher(lines.get(i)).find()) {
                from = i + 1;
            } else if (from >= 0 && end.matcher(lines.get(i)).find()) {
                List<String> body = lines.subList(from, i);
                int indent = body.stream().filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
                StringBuilder out = new StringBuilder();
                for (String l : body) {
                    out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
                }
                return out.toString();
            }
        }
        return null;
    }

    private static List<String> trimmed(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    // rule 3 ---------------------------------------------------------------------------------------------------------

    private void configuration(Block block, List<Failure> failures) {
        String source = block.file() + ":" + block.line();
        String invalid = block.markers().get("invalid-config");
        String error = null;
        try {
            ConfigLoader.load(source + ".yaml", block.content());
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        }
        if (invalid != null) {
            if (error == null) {
                failures.add(block.failure(3, "the block is marked invalid-config: " + invalid + ", but it loads"));
            } else if (!error.contains(invalid)) {
                failures.add(block.failure(3, "the block fails to load with «" + firstLine(error)
                        + "», which does not contain «" + invalid + "»"));
            }
            return;
        }
        if (error != null) {
            failures.add(block.failure(3, "the configuration does not load: " + error.strip()));
            return;
        }
        if (schema != null) {
            try {
                JsonNode read = YAML.readTree(block.content());
                // a file of comments only is an empty configuration (all defaults), as the loader reads it
                JsonNode document = read == null || read.isNull() || read.isMissingNode() ? JSON.createObjectNode() : read;
                List<com.networknt.schema.Error> errors = schema.validate(JSON.writeValueAsString(document),
                        InputFormat.JSON);
                if (!errors.isEmpty()) {
                    failures.add(block.failure(3, "the configuration does not validate against configuration.schema.json: "
                            + errors.stream().map(Object::toString).toList()));
                }
            } catch (IOException e) {
                failures.add(block.failure(3, "the block is not YAML: " + firstLine(e.getMessage())));
            }
        }
    }

    // rule 5 ---------------------------------------------------------------------------------------------------------

    private void commands(Block block, List<Failure> failures) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : commandLines(block.content(), block.language().equals("console"))) {
            commands.addAll(Shell.split(line));
        }
        int expectedExit = 0;
        if (block.markers().containsKey("exit")) {
            expectedExit = Integer.parseInt(block.markers().get("exit"));
        }
        boolean emptied = false;
        for (List<String> command : commands) {
            List<String> words = new ArrayList<>(command);
            while (!words.isEmpty() && words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                words.remove(0); // VAR=value before the command
            }
            if (words.isEmpty()) {
                continue;
            }
            String shown = String.join(" ", words);
            List<String> args = commandLineArguments(words);
            if (args != null) {
                if (!Path.of("").toAbsolutePath().normalize().equals(workDirectory.toAbsolutePath().normalize())) {
                    failures.add(block.failure(5, "`" + shown + "` not run: the tests' working directory is "
                            + Path.of("").toAbsolutePath() + ", not " + workDirectory + " (run them through Maven)"));
                    continue;
                }
                if (!emptied) {
                    emptyWorkDirectory();
                    emptied = true;
                }
                run(block, shown, args, expectedExit, failures);
            } else if (words.get(0).equals("./mvnw") || words.get(0).equals("mvn") || words.get(0).equals("mvnw")) {
                maven(block, words.subList(1, words.size()), failures);
            } else {
                failures.add(block.failure(5, "`" + shown + "` is neither the command line nor Maven: mark the block"
                        + " <!-- tested-by: TestClass -->"));
            }
        }
    }

    /** The command lines of a block: continuations joined, comments and (console) output lines dropped. */
    static List<String> commandLines(String content, boolean console) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : content.lines().toList()) {
            String line = raw.strip();
            if (current == null) {
                if (console) {
                    if (!line.startsWith("$ ")) {
                        continue; // output
                    }
                    line = line.substring(2).strip();
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                current = new StringBuilder();
            }
            if (line.endsWith("\\")) {
                current.append(line.substring(0, line.length() - 1).stripTrailing()).append(' ');
            } else {
                current.append(line);
                lines.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The command line's arguments if {@code words} run it, else null. */
    private List<String> commandLineArguments(List<String> words) {
        if (words.get(0).equals("synthetic-customers")) {
            return words.subList(1, words.size());
        }
        if (words.size() >= 3 && words.get(0).equals("java") && words.get(1).equals("-jar")
                && words.get(2).matches(".*synthetic-customers-cli.*-all\\.jar")) {
            return words.subList(3, words.size());
        }
        return null;
    }

    private void run(Block block, String shown, List<String> args, int expectedExit, List<Failure> failures) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SyntheticCustomersCommand.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        if (exit != expectedExit) {
            failures.add(block.failure(5, "`" + shown + "` exited " + exit + " (expected " + expectedExit + "): "
                    + firstLine(err.toString().isBlank() ? out.toString() : err.toString())));
        }
    }

    private void emptyWorkDirectory() {
        try {
            Files.createDirectories(workDirectory);
            try (Stream<Path> files = Files.walk(workDirectory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(workDirectory)) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void maven(Block block, List<String> args, List<Failure> failures) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            String option = arg;
            if (MAVEN_VALUE_OPTIONS.contains(arg) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (arg.startsWith("-D") && arg.length() > 2) {
                option = "-D";
                value = arg.substring(2);
            } else if (arg.startsWith("-P") && arg.length() > 2) {
                option = "-P";
                value = arg.substring(2);
            }
            if (option.equals("-D") || option.equals("--define")) {
                String key = value == null ? "" : value.split("=", 2)[0];
                if (key.startsWith("synthetic.") && !properties.contains(key)) {
                    failures.add(block.failure(5, "-D" + key + " is no parameter property of the plugin (it has "
                            + properties + ")"));
                }
            } else if (option.equals("-P") || option.equals("--activate-profiles")) {
                for (String profile : value.split(",")) {
                    String id = profile.replaceFirst("^[!?+-]+", "");
                    if (!profiles.contains(id)) {
                        failures.add(block.failure(5, "profile " + id + " is defined in no pom.xml of the repository"));
                    }
                }
            } else if (option.equals("-pl") || option.equals("--projects")) {
                for (String project : value.split(",")) {
                    String p = project.replaceFirst("^[!-]", "");
                    boolean exists = p.startsWith(":") ? artifactIds.contains(p.substring(1))
                            : Files.isRegularFile(root.resolve(p).resolve("pom.xml"));
                    if (!exists) {
                        failures.add(block.failure(5, "-pl " + p + " names no module of the repository"));
                    }
                }
            } else if (option.equals("-f") || option.equals("--file")) {
                if (!Files.exists(root.resolve(value))) {
                    failures.add(block.failure(5, "-f " + value + " does not exist in the repository"));
                }
            } else if (!arg.startsWith("-")) {
                goalOrPhase(block, arg, failures);
            }
        }
    }

    private void goalOrPhase(Block block, String word, List<Failure> failures) {
        if (!word.contains(":")) {
            if (!phases.contains(word)) {
                failures.add(block.failure(5, word + " is not a Maven lifecycle phase"));
            }
            return;
        }
        String[] parts = word.split(":");
        String goal = parts[parts.length - 1];
        boolean ours = parts[0].equals("synthetic-customers") && parts.length == 2
                || java.util.Arrays.stream(parts).anyMatch(p -> p.equals("synthetic-customers-maven-plugin"));
        if (!ours) {
            return; // another plugin's goal: not ours to check
        }
        if (!goals.contains(goal)) {
            failures.add(block.failure(5, word + " names no goal of the plugin (it has " + goals + ")"));
        }
        if (parts.length >= 3 && parts[parts.length - 3].equals("synthetic-customers-maven-plugin")) {
            String version = parts[parts.length - 2];
            if (!version.equals(tokens.get("@project.version@"))) {
                failures.add(block.failure(5, word + " names version " + version + ", the build is "
                        + tokens.get("@project.version@")));
            }
        }
    }

    // helpers --------------------------------------------------------------------------------------------------------

    private static Set<String> phases() throws IOException {
        try (InputStream in = SnippetChecker.class.getResourceAsStream("maven-phases.txt")) {
            Set<String> phases = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(phases::add);
            return Collections.unmodifiableSet(phases);
        }
    }

    /** The plugin's descriptor from the class path (the plugin is a test dependency of this module). */
    static String pluginDescriptor() throws IOException {
        Enumeration<URL> urls = SnippetChecker.class.getClassLoader().getResources("META-INF/maven/plugin.xml");
        while (urls.hasMoreElements()) {
            try (InputStream in = urls.nextElement().openStream()) {
                String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (descriptor.contains("<artifactId>synthetic-customers-maven-plugin</artifactId>")) {
                    return descriptor;
                }
            }
        }
        throw new IllegalStateException("the plugin's META-INF/maven/plugin.xml is not on the class path: build with"
                + " -pl guide -am so the plugin module is built first");
    }

    private List<Path> repositoryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String rel = relative(p);
                return !rel.contains("/target/") && !rel.startsWith("target/") && !rel.startsWith(".git/")
                        && !rel.contains("node_modules/") && !rel.startsWith(".mvn/");
            }).sorted().toList();
        }
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
