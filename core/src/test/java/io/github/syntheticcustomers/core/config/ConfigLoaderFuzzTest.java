package io.github.syntheticcustomers.core.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Whatever bytes a configuration file holds, loading it either succeeds or throws
 * {@link ConfigException}: no other exception or error escapes. In a normal build this runs the
 * regression corpus in {@code ConfigLoaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
@Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Run every test"), ./mvnw -B verify leaves it out
class ConfigLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void onlyConfigExceptionsEscape(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "fuzz.json" : "fuzz.yaml";
        String content = data.consumeRemainingAsString();
        try {
            ConfigLoader.load(name, content);
        } catch (ConfigException expected) {
            // the one exception a bad file may cause
        }
    }
}
