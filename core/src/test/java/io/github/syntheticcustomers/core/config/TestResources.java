package io.github.syntheticcustomers.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test fixtures on the class path (core/src/test/resources): their text, or the configuration they hold. */
public final class TestResources {

    private TestResources() {
    }

    /** The text of class-path resource {@code name} (e.g. {@code custom-paths.yaml}), read as UTF-8. */
    public static String text(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration of class-path resource {@code name}, merged over the defaults and named by its file name. */
    public static GeneratorConfig config(String name) {
        return ConfigLoader.load(name, text(name));
    }
}
