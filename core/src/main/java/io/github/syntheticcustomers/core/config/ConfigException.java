package io.github.syntheticcustomers.core.config;

import java.util.List;

/**
 * A configuration that cannot be used. The message always says where (file, line and column when
 * the problem is in a file, or "built-in defaults"), which property, what is wrong, the offending
 * value (truncated, never more of the file than that token) and what is allowed.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE_CHARS = 60;

    private final String source;
    private final int line;
    private final int column;
    private final String property;
    private final String problem;
    private final String value;
    private final List<ConfigException> errors;

    ConfigException(String source, int line, int column, String property, String problem, String value,
            String allowed, Throwable cause) {
        super(message(source, line, column, property, problem, value, allowed), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.property = property;
        this.problem = problem;
        this.value = value;
        this.errors = List.of(this);
    }

    private ConfigException(List<ConfigException> all) {
        super(combinedMessage(all), all.get(0));
        ConfigException first = all.get(0);
        this.source = first.source;
        this.line = first.line;
        this.column = first.column;
        this.property = first.property;
        this.problem = first.problem;
        this.value = first.value;
        this.errors = List.copyOf(all);
    }

    /**
     * All of {@code errors} as one exception: the one error itself, or one whose message lists each error on a
     * line of its own, in the order given (the loader gives them in file order), and whose {@link #source()}, {@link #line()}, {@link #column()} and
     * {@link #property()} are the first's.
     */
    static ConfigException combined(List<ConfigException> errors) {
        return errors.size() == 1 ? errors.get(0) : new ConfigException(errors);
    }

    private static String combinedMessage(List<ConfigException> all) {
        StringBuilder sb = new StringBuilder().append(all.size()).append(" configuration errors");
        String source = all.get(0).source;
        if (source != null && all.stream().allMatch(e -> source.equals(e.source))) {
            sb.append(" in ").append(source);
        }
        sb.append(':');
        for (ConfigException e : all) {
            sb.append("\n  - ").append(e.getMessage());
        }
        return sb.toString();
    }

    /** Every error this exception reports: itself alone, or each of a combined report. */
    public List<ConfigException> errors() {
        return errors;
    }

    /** A problem that is not tied to one place in a file, e.g. an invalid count. */
    public static ConfigException of(String property, String problem, Object value, String allowed) {
        return new ConfigException(null, -1, -1, property, problem, value == null ? null : String.valueOf(value),
                allowed, null);
    }

    /**
     * A problem in a table the configuration names (a resource or file it points at): {@code source} is the
     * table's path, {@code line} its 1-based line (-1 when the problem is the whole table), {@code property} the
     * configuration property that names the table.
     */
    public static ConfigException inTable(String source, int line, String property, String problem, String value,
            String allowed) {
        return new ConfigException(source, line, line > 0 ? 1 : -1, property, problem, value, allowed, null);
    }

    /** {@code file:line:column: } (the position left out when unknown), or nothing without a source. */
    static StringBuilder location(String source, int line, int column) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        }
        return sb;
    }

    private static String message(String source, int line, int column, String property, String problem,
            String value, String allowed) {
        StringBuilder sb = location(source, line, column);
        if (property != null && !property.isEmpty()) {
            sb.append(property).append(": ");
        }
        sb.append(problem);
        if (value != null || allowed != null) {
            sb.append(" (");
            if (value != null) {
                sb.append("was: ").append(truncate(value));
            }
            if (allowed != null) {
                sb.append(value != null ? "; " : "").append("allowed: ").append(allowed);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    static String truncate(String value) {
        // an invisible format character quoted as it is would make the message itself read otherwise
        String oneLine = InvisibleCharacters.visible(value).replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_VALUE_CHARS ? oneLine : oneLine.substring(0, MAX_VALUE_CHARS) + "…";
    }

    /** The file (or "built-in defaults") the problem is in; null when not tied to a file. */
    public String source() {
        return source;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without place or value, e.g. {@code unknown part}. */
    public String problem() {
        return problem;
    }

    /** The offending value as given (not truncated), or null. */
    public String value() {
        return value;
    }

    /** Dotted property path, e.g. {@code personas.health_aware_avoider.share}. */
    public String property() {
        return property;
    }
}
