package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MavenVersionRequirementTest {

    @ParameterizedTest
    @ValueSource(strings = {"3.6.3", "3.8.8", "3.9.16", "3.10.0", "4.0.0-rc-5", "4.0.0"})
    void supportedVersionsPass(String version) {
        assertDoesNotThrow(() -> MavenVersionRequirement.check(version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.6.2", "3.5.4", "3.3.9", "3.0", "2.2.1"})
    void olderVersionsAreRefusedWithTheVersionNeeded(String version) {
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> MavenVersionRequirement.check(version));
        assertEquals("Synthetic Customers needs Maven 3.6.3 or later; this build runs Maven " + version
                + ". Run it with a newer Maven, e.g. the project's Maven Wrapper (./mvnw).", e.getMessage());
    }

    @Test
    void anUnknownVersionIsNotRefused() {
        assertDoesNotThrow(() -> MavenVersionRequirement.check(null));
        assertDoesNotThrow(() -> MavenVersionRequirement.check(" "));
    }

    @Test
    void theMinimumIsTheDescriptorsRequirement() throws Exception {
        String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<minimalMavenVersion>([^<]+)</minimalMavenVersion>").matcher(parent);
        assertTrue(m.find(), "minimalMavenVersion in the parent POM");
        assertEquals(m.group(1), MavenVersionRequirement.MINIMUM);
    }
}
