package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Builds the one message shape every invalid parameter gets: which parameter (and the user property
 * that sets it), what is wrong, the value given and what is allowed.
 */
final class InvalidParameter {

    private InvalidParameter() {
    }

    /** The plugin's words for a setting core refused (core's setting names are the parameter names). */
    static MojoExecutionException of(InvalidSettingException e) {
        return new MojoExecutionException(message(e.setting(), e.problem(), e.value(), e.allowed()), e);
    }

    static MojoExecutionException of(String parameter, String problem, Object value, String allowed) {
        return new MojoExecutionException(message(parameter, problem, value, allowed));
    }

    static String message(String parameter, String problem, Object value, String allowed) {
        return "Invalid parameter " + parameter + " (property synthetic." + parameter + "): " + problem
                + " (was: " + value + "; allowed: " + allowed + ")";
    }
}
