package io.github.syntheticcustomers.junit.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.junit.BuildFixture;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's junit-extension page: the files the plugin put on the test class path, loaded and checked for
 * staleness. The plugin's output is simulated by generating into a directory made the context class path.
 */
class BuildFixtureExampleTest {

    @Test
    void loadsTheBuildsFilesAndFindsThemUpToDate(@TempDir Path classpath) throws Exception {
        SyntheticDatasets.generate(new GenerationRequest(ConfigSource.BUILT_IN.load(), 42, 50, Set.of(Format.JSON),
                classpath, 2).withConfigSource(ConfigSource.BUILT_IN));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            // snippet-start build-fixture
            BuildFixture fixture = BuildFixture.load();              // or load("some/resource/dir")
            List<CustomerProfile> customers = fixture.customers();
            fixture.assertUpToDate();        // against the configuration its manifest records; or assertUpToDate(config)
            // snippet-end build-fixture
            assertEquals(50, customers.size());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
