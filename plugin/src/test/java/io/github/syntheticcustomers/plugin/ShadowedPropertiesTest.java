package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.internal.MojoDescriptorCreator;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user property the POM shadows is named in a warning, for every goal, from the plugin's own descriptor (the
 * {@code plugin.xml} the build generated from the {@code @Parameter} annotations), with each execution's configuration
 * built as Maven builds it: the POM's {@code <configuration>} merged over the descriptor's defaults, where a parameter
 * the POM leaves unset is its own {@code ${property}} expression.
 */
class ShadowedPropertiesTest {

    private static final Map<String, MojoDescriptor> GOALS = new TreeMap<>();

    @BeforeAll
    static void readThePluginDescriptor() throws Exception {
        try (InputStream in = ShadowedPropertiesTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the build writes META-INF/maven/plugin.xml before the tests");
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            PluginDescriptor plugin = new PluginDescriptorBuilder().build(reader);
            for (MojoDescriptor goal : plugin.getMojos()) {
                GOALS.put(goal.getGoal(), goal);
            }
        }
    }

    /** The execution Maven would run for {@code goal} with this POM {@code <configuration>} (name, value pairs). */
    private static MojoExecution execution(String goal, String... pomConfiguration) {
        Xpp3Dom pom = new Xpp3Dom("configuration");
        for (int i = 0; i < pomConfiguration.length; i += 2) {
            Xpp3Dom child = new Xpp3Dom(pomConfiguration[i]);
            child.setValue(pomConfiguration[i + 1]);
            pom.addChild(child);
        }
        MojoDescriptor descriptor = GOALS.get(goal);
        MojoExecution execution = new MojoExecution(descriptor, "default");
        execution.setConfiguration(Xpp3Dom.mergeXpp3Dom(pom, MojoDescriptorCreator.convert(descriptor)));
        return execution;
    }

    private static Properties userProperties(String... nameValues) {
        Properties properties = new Properties();
        for (int i = 0; i < nameValues.length; i += 2) {
            properties.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return properties;
    }

    @Test
    void aCountThePomSetsNamesBothValuesAndTheFix() {
        assertEquals(List.of("Parameter count is set to 500 in the POM, so -Dsynthetic.count=1000 is ignored; to let"
                + " the command line override it, set <synthetic.count>500</synthetic.count> in <properties> and remove"
                + " <count> from the plugin's <configuration>."),
                ShadowedProperties.warnings(execution("generate", "count", "500", "formats", "json,csv"),
                        userProperties("synthetic.count", "1000")));
    }

    @Test
    void aParameterThePomLeavesUnsetTakesThePropertySilently() {
        assertEquals(List.of(), ShadowedProperties.warnings(execution("generate", "formats", "json"),
                userProperties("synthetic.count", "1000", "synthetic.seed", "7")));
    }

    @Test
    void thePropertysOwnExpressionInThePomIsNotShadowing() {
        // Maven interpolates ${synthetic.count} with the user property when it reads the POM; an expression it
        // could not resolve stays as written
        assertEquals(List.of(), ShadowedProperties.warnings(execution("generate", "count", "${synthetic.count}"),
                userProperties("synthetic.count", "1000")));
        assertEquals(List.of(), ShadowedProperties.warnings(execution("generate", "count", "1000"),
                userProperties("synthetic.count", "1000")));
    }

    @Test
    void theSameValueOnBothSidesIsNoWarning() {
        assertEquals(List.of(), ShadowedProperties.warnings(execution("generate", "count", " 500 ", "seed", "7"),
                userProperties("synthetic.count", "500", "synthetic.seed", "7")));
    }

    @Test
    void everyShadowedParameterGetsItsOwnLineInTheDescriptorsOrder() {
        List<String> warnings = ShadowedProperties.warnings(execution("generate", "seed", "7", "count", "500",
                "formats", "jsonl"), userProperties("synthetic.seed", "8", "synthetic.count", "600",
                "synthetic.formats", "jsonl"));
        List<String> parameters = new ArrayList<>();
        warnings.forEach(w -> parameters.add(w.substring("Parameter ".length(), w.indexOf(' ', "Parameter ".length()))));
        List<String> expected = new ArrayList<>();
        GOALS.get("generate").getParameters().forEach(p -> {
            if (p.getName().equals("seed") || p.getName().equals("count")) {
                expected.add(p.getName());
            }
        });
        assertEquals(expected, parameters);
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void everyGoalWarnsForItsOwnParametersIncludingTheSharedOnes() {
        assertEquals(new TreeSet<>(List.of("check", "generate", "help", "load", "report")), GOALS.keySet());
        Properties commandLine = userProperties("synthetic.lockTimeout", "60", "synthetic.skip", "true",
                "synthetic.count", "1000", "synthetic.failOnViolation", "false", "synthetic.jdbcUrl", "jdbc:h2:mem:b");
        Map<String, List<String>> parametersByGoal = new TreeMap<>();
        for (String goal : List.of("generate", "check", "report", "load")) {
            List<String> names = new ArrayList<>();
            for (String warning : ShadowedProperties.warnings(execution(goal, "lockTimeout", "30", "skip", "false",
                    "count", "500", "failOnViolation", "true", "jdbcUrl", "jdbc:h2:mem:a"), commandLine)) {
                names.add(warning.substring("Parameter ".length(), warning.indexOf(' ', "Parameter ".length())));
            }
            names.sort(null);
            parametersByGoal.put(goal, names);
        }
        // count belongs to generate, failOnViolation to check, jdbcUrl to load; skip and lockTimeout to all four
        assertEquals(Map.of("generate", List.of("count", "lockTimeout", "skip"),
                "check", List.of("failOnViolation", "lockTimeout", "skip"),
                "report", List.of("lockTimeout", "skip"),
                "load", List.of("jdbcUrl", "lockTimeout", "skip")), parametersByGoal);
    }

    @Test
    void noExecutionOrConfigurationIsNothingToJudge() {
        assertEquals(List.of(), ShadowedProperties.warnings(null, userProperties("synthetic.count", "1")));
        MojoExecution bare = new MojoExecution(GOALS.get("generate"), "default");
        assertEquals(List.of(), ShadowedProperties.warnings(bare, userProperties("synthetic.count", "1")));
    }

    @Test
    void theGoalLogsTheWarningBeforeItSkips() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<String> infos = new ArrayList<>();
        ReportMojo report = new ReportMojo();
        report.skip = true;
        report.mojoExecution = execution("report", "lockTimeout", "30", "skip", "true");
        MavenExecutionRequest request = new DefaultMavenExecutionRequest()
                .setUserProperties(userProperties("synthetic.lockTimeout", "5"));
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, request, new DefaultMavenExecutionResult(), List.of());
        report.session = session;
        report.setLog(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }

            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });
        report.execute();
        assertEquals(List.of(ShadowedProperties.message("lockTimeout", "synthetic.lockTimeout", "30", "5")), warnings);
        assertEquals(List.of("Skipping synthetic customers (synthetic.skip=true)"), infos);
    }
}
