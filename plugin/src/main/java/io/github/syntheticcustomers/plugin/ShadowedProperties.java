package io.github.syntheticcustomers.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Finds the user properties ({@code -Dsynthetic.count=1000}) that Maven ignored because the POM sets the parameter
 * they name explicitly in the plugin's or the execution's {@code <configuration>}.
 *
 * <p>Why: Maven injects a parameter's explicit POM value and only falls back to its property when the POM leaves it
 * unset, so {@code -Dsynthetic.count=1000} against {@code <count>500</count>} silently builds 500 customers (and, with
 * an unchanged dataset, "up to date, count 500"). Nothing in Maven says so; this does, for every goal, from the mojo
 * descriptor's parameter metadata ({@code @Parameter(property = ...)}), so a new parameter is covered without a list
 * to keep in step.
 *
 * <p>A parameter counts as set explicitly when the execution's configuration (the POM's, merged over the descriptor's
 * defaults, where an unset parameter is its own {@code ${property}} expression) holds another value than its own
 * expression. A POM value written as {@code ${synthetic.count}} is interpolated with the user property when the POM is
 * read, so it equals the property's value and is not reported; neither is a POM value equal to the property's.
 */
final class ShadowedProperties {

    private ShadowedProperties() {
    }

    /**
     * One warning line per parameter of {@code execution} whose property {@code userProperties} sets to another value
     * than the POM's explicit one, in the descriptor's parameter order; empty when there is none or nothing to judge
     * (no execution, descriptor or configuration, e.g. a goal run from a test).
     */
    static List<String> warnings(MojoExecution execution, Properties userProperties) {
        List<String> warnings = new ArrayList<>();
        if (execution == null || userProperties == null || execution.getConfiguration() == null) {
            return warnings;
        }
        MojoDescriptor descriptor = execution.getMojoDescriptor();
        if (descriptor == null || descriptor.getParameters() == null) {
            return warnings;
        }
        Xpp3Dom configuration = execution.getConfiguration();
        for (Parameter parameter : descriptor.getParameters()) {
            String property = propertyOf(parameter);
            if (property == null || !parameter.isEditable()) {
                continue;
            }
            String commandLine = userProperties.getProperty(property);
            String inPom = explicitValue(configuration, parameter);
            if (commandLine == null || inPom == null || inPom.equals("${" + property + "}")
                    || inPom.equals(commandLine.trim())) {
                continue;
            }
            warnings.add(message(parameter.getName(), property, inPom, commandLine));
        }
        return warnings;
    }

    /**
     * The warning for one parameter: names the parameter, its property, both values, and how to make the parameter
     * overridable from the command line.
     */
    static String message(String parameter, String property, String inPom, String commandLine) {
        return "Parameter " + parameter + " is set to " + inPom + " in the POM, so -D" + property + "=" + commandLine
                + " is ignored; to let the command line override it, set <" + property + ">" + inPom + "</" + property
                + "> in <properties> and remove <" + parameter + "> from the plugin's <configuration>.";
    }

    /** The property a parameter's expression names ({@code ${synthetic.count}}), or null when it names none. */
    private static String propertyOf(Parameter parameter) {
        String expression = parameter.getExpression();
        if (expression == null || !expression.startsWith("${") || !expression.endsWith("}")) {
            return null;
        }
        String name = expression.substring(2, expression.length() - 1);
        return name.isEmpty() || name.contains("${") ? null : name;
    }

    /**
     * The trimmed text the configuration gives the parameter (by name, else by alias), or null when it gives none or
     * a structure (a list or an object has no one-line value to compare).
     */
    private static String explicitValue(Xpp3Dom configuration, Parameter parameter) {
        Xpp3Dom child = configuration.getChild(parameter.getName());
        if (child == null && parameter.getAlias() != null) {
            child = configuration.getChild(parameter.getAlias());
        }
        if (child == null || child.getChildCount() > 0 || child.getValue() == null) {
            return null;
        }
        String value = child.getValue().trim();
        return value.isEmpty() ? null : value;
    }
}
