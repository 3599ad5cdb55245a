package io.github.syntheticcustomers.core.config;

import java.util.List;

/**
 * A loaded, valid configuration and its load-time warnings ({@link ConfigWarning}), in file order. The warnings are
 * kept apart from the configuration itself, so they never change its digest.
 *
 * @param config the effective configuration
 * @param warnings what the configuration declares but can never happen; empty for the built-in defaults
 */
public record LoadedConfiguration(GeneratorConfig config, List<ConfigWarning> warnings) {

    public LoadedConfiguration {
        warnings = List.copyOf(warnings);
    }
}
