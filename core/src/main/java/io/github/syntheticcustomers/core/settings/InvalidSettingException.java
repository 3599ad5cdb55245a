package io.github.syntheticcustomers.core.settings;

/**
 * A setting an adapter passed on (a Maven parameter, a command-line option) is refused: which one, what is
 * wrong, the value given and what is allowed. Each adapter names the setting in its own words (the plugin:
 * {@code parameter count (property synthetic.count)}, the command line: {@code option --count}), with the
 * same problem and allowed text.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String problem;
    private final String value;
    private final String allowed;

    public InvalidSettingException(String setting, String problem, Object value, String allowed) {
        super(setting + ": " + problem + " (was: " + value + "; allowed: " + allowed + ")");
        this.setting = setting;
        this.problem = problem;
        this.value = String.valueOf(value);
        this.allowed = allowed;
    }

    /** The setting's name as the plugin spells it, e.g. {@code outputDirectory}. */
    public String setting() {
        return setting;
    }

    /** What is wrong, e.g. {@code must be at least 1}. */
    public String problem() {
        return problem;
    }

    /** The value given, as text ({@code null} when none). */
    public String value() {
        return value;
    }

    /** What is allowed. */
    public String allowed() {
        return allowed;
    }
}
