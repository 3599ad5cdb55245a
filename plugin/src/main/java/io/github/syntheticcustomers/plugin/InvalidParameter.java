package io.github.syntheticcustomers.plugin;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Builds the one message shape every invalid parameter gets: which parameter (and the user property
 * that sets it), what is wrong, the value given and what is allowed.
 */
final class InvalidParameter {

    private InvalidParameter() {
    }

    static MojoExecutionException of(String parameter, String problem, Object value, String allowed) {
        return new MojoExecutionException(message(parameter, problem, value, allowed));
    }

    static String message(String parameter, String problem, Object value, String allowed) {
        return "Invalid parameter " + parameter + " (property synthetic." + parameter + "): " + problem
                + " (was: " + value + "; allowed: " + allowed + ")";
    }
}
