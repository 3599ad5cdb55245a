package io.github.syntheticcustomers.core.config;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Build tool, not API: compiles {@code defaults.yaml} to {@code BuiltInDefaults.java}, plain constructor
 * calls, so that the built-in defaults (the JUnit extension's common case) cost no YAML parser and no JSON
 * serializer on a cold JVM. The core build runs it in {@code process-classes} and compiles its output into
 * the same jar; {@code defaults.yaml} stays the only place the defaults are written, and nothing generated is
 * committed. Without the compiled class (e.g. in an IDE that did not run the build) {@link ConfigLoader}
 * parses {@code defaults.yaml} instead, with the same result.
 */
public final class DefaultsCompiler {

    /** Fully qualified name of the generated class. */
    static final String COMPILED_CLASS = "io.github.syntheticcustomers.core.config.BuiltInDefaults";

    private DefaultsCompiler() {
    }

    /**
     * Writes {@code BuiltInDefaults.java} below the source root {@code args[0]}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DefaultsCompiler SOURCE_ROOT");
        }
        Path file = Path.of(args[0], COMPILED_CLASS.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(), StandardCharsets.UTF_8);
    }

    /** The source for the current {@code defaults.yaml}. */
    static String source() {
        GeneratorConfig config = ConfigLoader.defaultsFromYaml();
        // serialised here rather than through configDigest, which would load the (possibly stale) compiled class
        return source(config, SyntheticDatasets.serialisedDigest(config));
    }

    /** The Java source of {@code BuiltInDefaults} for {@code config}: one method per top-level section. */
    static String source(GeneratorConfig config, String digest) {
        StringBuilder out = new StringBuilder();
        out.append("package io.github.syntheticcustomers.core.config;\n\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.Collections;\n")
                .append("import java.util.LinkedHashMap;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Map;\n\n")
                .append("/**\n")
                .append(" * GENERATED during the build from {@code defaults.yaml} by {@code DefaultsCompiler}; never\n")
                .append(" * committed. The built-in defaults as plain constructor calls, so that\n")
                .append(" * {@link ConfigLoader#defaults()} needs no parser.\n")
                .append(" */\n")
                .append("final class BuiltInDefaults {\n\n")
                .append("    /** {@code SyntheticDatasets.configDigest} of {@link #config()}. */\n")
                .append("    static final String DIGEST = \"").append(digest).append("\";\n\n")
                .append("    private static final GeneratorConfig CONFIG = new GeneratorConfig(");
        RecordComponent[] sections = GeneratorConfig.class.getRecordComponents();
        for (int i = 0; i < sections.length; i++) {
            out.append(i == 0 ? "" : ",").append("\n            ").append(sections[i].getName()).append("()");
        }
        out.append(");\n\n    private BuiltInDefaults() {\n    }\n\n")
                .append("    static GeneratorConfig config() {\n        return CONFIG;\n    }\n");
        for (RecordComponent section : sections) {
            out.append("\n    private static ").append(typeName(section.getGenericType().getTypeName()))
                    .append(' ').append(section.getName()).append("() {\n        return ")
                    .append(expression(value(section, config), "        ")).append(";\n    }\n");
        }
        out.append("\n    @SafeVarargs\n")
                .append("    private static <V> Map<String, V> map(Map.Entry<String, V>... entries) {\n")
                .append("        Map<String, V> map = new LinkedHashMap<>();\n")
                .append("        for (Map.Entry<String, V> e : entries) {\n")
                .append("            map.put(e.getKey(), e.getValue());\n")
                .append("        }\n")
                .append("        return Collections.unmodifiableMap(map);\n")
                .append("    }\n\n")
                .append("    private static <V> Map.Entry<String, V> entry(String key, V value) {\n")
                .append("        return Map.entry(key, value);\n")
                .append("    }\n}\n");
        return out.toString();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expression(Object value, String indent) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        if (value instanceof Integer n) {
            return n.toString();
        }
        if (value instanceof Long n) {
            return n + "L";
        }
        if (value instanceof Boolean b) {
            return b ? "Boolean.TRUE" : "Boolean.FALSE";
        }
        if (value instanceof LocalDate d) {
            return "LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
        }
        String inner = indent + "    ";
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("List.of(");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",").append('\n').append(inner).append(expression(list.get(i), inner));
            }
            return sb.append(')').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("map(");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",").append('\n').append(inner).append("entry(")
                        .append(literal((String) e.getKey())).append(", ").append(expression(e.getValue(), inner))
                        .append(')');
                first = false;
            }
            return sb.append(')').toString();
        }
        if (value instanceof Record record) {
            StringBuilder sb = new StringBuilder("new ").append(typeName(record.getClass().getName())).append('(');
            RecordComponent[] components = record.getClass().getRecordComponents();
            boolean flat = java.util.Arrays.stream(components).map(c -> value(c, record))
                    .allMatch(v -> v == null || v instanceof Number);
            for (int i = 0; i < components.length; i++) {
                sb.append(i == 0 ? "" : ",").append(flat ? (i == 0 ? "" : " ") : "\n" + inner)
                        .append(expression(value(components[i], record), inner));
            }
            return sb.append(')').toString();
        }
        throw new IllegalArgumentException("no Java literal for " + value.getClass());
    }

    /** Type names relative to this package ({@code JourneyConfig.Timing}, {@code Map<String, Double>}). */
    private static String typeName(String name) {
        return name.replace("io.github.syntheticcustomers.core.config.", "").replace("java.util.", "")
                .replace("java.lang.", "").replace("java.time.", "").replace('$', '.');
    }

    private static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
