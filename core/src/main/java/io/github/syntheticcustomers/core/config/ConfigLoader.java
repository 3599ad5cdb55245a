package io.github.syntheticcustomers.core.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads the effective configuration: the built-in defaults ({@code defaults.yaml} in this package)
 * with an optional user file (YAML, or JSON when the name ends in {@code .json}) merged over them.
 * Objects merge key by key; any other value replaces the default; {@code null} removes a persona.
 * Every problem is reported as a {@link ConfigException} that names file, line, column and property.
 */
public final class ConfigLoader {

    /** Name used in messages for problems found in the built-in defaults. */
    public static final String DEFAULTS_SOURCE = "built-in defaults";

    private ConfigLoader() {
    }

    /**
     * The built-in defaults (guide: guarantees.md): {@code defaults.yaml}, compiled to constructor calls during the build
     * ({@link DefaultsCompiler}), so no parser is loaded for them. Always the same immutable instance.
     */
    public static GeneratorConfig defaults() {
        return Defaults.CONFIG;
    }

    /**
     * {@link io.github.syntheticcustomers.core.SyntheticDatasets#configDigest} of {@link #defaults()},
     * computed when the defaults were compiled, so that the common case needs no JSON serializer.
     */
    public static String defaultsDigest() {
        return Defaults.DIGEST;
    }

    /** The defaults with {@code file} merged over them; {@code null} means defaults only. */
    public static GeneratorConfig load(Path file) {
        return file == null ? defaults() : ConfigParser.load(file);
    }

    /**
     * The defaults with {@code content} merged over them. {@code sourceName} names the content in
     * messages and chooses the syntax: JSON when it ends in {@code .json}, YAML otherwise; {@code null}
     * content means defaults only.
     */
    public static GeneratorConfig load(String sourceName, String content) {
        return content == null ? defaults() : ConfigParser.merged(sourceName, content);
    }

    /**
     * As {@link #load(Path)}, with the load-time warnings ({@link ConfigWarning}): what the configuration declares but
     * can never happen. The built-in defaults have none.
     */
    public static LoadedConfiguration loadWithWarnings(Path file) {
        return file == null ? new LoadedConfiguration(defaults(), List.of()) : ConfigParser.loadWithWarnings(file);
    }

    /** As {@link #load(String, String)}, with the load-time warnings ({@link ConfigWarning}). */
    public static LoadedConfiguration loadWithWarnings(String sourceName, String content) {
        return content == null ? new LoadedConfiguration(defaults(), List.of())
                : ConfigParser.mergedWithWarnings(sourceName, content);
    }

    /** The built-in defaults parsed from {@code defaults.yaml}, as a user file is (for the build-time check). */
    static GeneratorConfig defaultsFromYaml() {
        return ConfigParser.merged(null, null);
    }

    /**
     * The compiled defaults, loaded on first use. The class is generated during the build, so it is looked up
     * by name; where it is missing (sources compiled outside the build) the defaults are parsed from
     * {@code defaults.yaml}, which gives an equal configuration.
     */
    private static final class Defaults {
        static final GeneratorConfig CONFIG;
        static final String DIGEST;

        static {
            GeneratorConfig config;
            String digest;
            try {
                Class<?> compiled = Class.forName(DefaultsCompiler.COMPILED_CLASS, true,
                        ConfigLoader.class.getClassLoader());
                config = (GeneratorConfig) compiled.getDeclaredMethod("config").invoke(null);
                digest = (String) compiled.getDeclaredField("DIGEST").get(null);
            } catch (ClassNotFoundException | LinkageError e) {
                // not generated (sources compiled outside the build), or stale from an earlier build
                config = defaultsFromYaml();
                digest = io.github.syntheticcustomers.core.SyntheticDatasets.serialisedDigest(config);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the compiled defaults " + DefaultsCompiler.COMPILED_CLASS
                        + " are unusable; rebuild the core module", e);
            }
            CONFIG = config;
            DIGEST = digest;
        }
    }
}
