package io.github.syntheticcustomers.core.config;

/**
 * Something a configuration asks for that can never happen (a scenario type no customer can be eligible for, a step
 * that will only get generic texts): not an error, since the configuration is usable, but worth telling the user at
 * load time. Found statically from the configuration by {@link ConfigWarnings}, never by generating data.
 *
 * @param source the file (or "built-in defaults") the property is in
 * @param line 1-based line, or -1 when unknown
 * @param column 1-based column, or -1 when unknown
 * @param property dotted property path
 * @param message what will (not) happen, and why
 */
public record ConfigWarning(String source, int line, int column, String property, String message) {

    /** {@code file:line:column: property: message}, as errors are written. */
    @Override
    public String toString() {
        return ConfigException.location(source, line, column).append(property).append(": ").append(message).toString();
    }
}
