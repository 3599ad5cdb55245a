package io.github.syntheticcustomers.core.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.model.Nullable;
import java.nio.file.Path;

/**
 * A configuration as its author wrote it: the file's name and text, or the built-in defaults. A dataset's
 * {@code manifest.json} records it (as {@code config}), so that whoever reads the dataset (the JUnit
 * extension, {@code BuildFixture}, the command line) can rebuild exactly the configuration it was
 * generated with, without the file it came from.
 *
 * @param name the file name (it chooses the syntax: JSON when it ends in {@code .json}, YAML otherwise), or
 *     {@link ConfigLoader#DEFAULTS_SOURCE} for the built-in defaults
 * @param text the file's text; {@code null} for the built-in defaults
 */
public record ConfigSource(String name, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String text) {

    /** The built-in defaults. */
    public static final ConfigSource BUILT_IN = new ConfigSource(ConfigLoader.DEFAULTS_SOURCE, null);

    public ConfigSource {
        if (name == null || name.isBlank()) {
            throw ConfigException.of("config.name", "is required", name, "a file name");
        }
        if (text != null && text.length() > JsonMappers.MAX_CONFIG_CHARS) {
            throw ConfigException.of("config.text", "is too large", text.length() + " characters",
                    "at most " + JsonMappers.MAX_CONFIG_CHARS + " characters");
        }
    }

    /**
     * The configuration file {@code file} as written, {@link #BUILT_IN} for {@code null}; its name is the
     * path as given, so that errors name the file.
     *
     * @throws ConfigException naming the file when it is a directory, missing, too large or unreadable
     */
    public static ConfigSource read(Path file) {
        if (file == null) {
            return BUILT_IN;
        }
        return new ConfigSource(file.toString(), ConfigParser.readText(file));
    }

    /**
     * This source as a manifest records it: the name without directories, as a path would make the
     * manifest's bytes depend on where the project lies.
     */
    public ConfigSource withoutDirectories() {
        if (builtIn()) {
            return this;
        }
        String simple = name.replace('\\', '/');
        simple = simple.substring(simple.lastIndexOf('/') + 1);
        return simple.isBlank() ? this : new ConfigSource(simple, text);
    }

    /** Whether this is the built-in defaults. */
    public boolean builtIn() {
        return text == null;
    }

    /**
     * The load-time warnings of this source's configuration ({@link ConfigWarning}); none for the built-in defaults.
     *
     * @throws ConfigException naming this source's {@link #name()}, line and column
     */
    public java.util.List<ConfigWarning> warnings() {
        return ConfigLoader.loadWithWarnings(name, text).warnings();
    }

    /**
     * The effective configuration: the defaults with the text merged over them.
     *
     * @throws ConfigException naming this source's {@link #name()}, line and column
     */
    public GeneratorConfig load() {
        return ConfigLoader.load(name, text);
    }
}
