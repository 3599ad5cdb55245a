package io.github.syntheticcustomers.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The {@code lockTimeout} parameter is bounded by core (as the command line's {@code --lock-timeout}): a value past
 * the maximum is refused with the parameter's name and what is allowed, before any directory is touched.
 */
class LockTimeoutParameterTest {

    private static AbstractDatasetMojo withTimeout(int seconds) {
        CheckMojo mojo = new CheckMojo();
        mojo.lockTimeout = seconds;
        return mojo;
    }

    @Test
    void aTimeoutWithinTheBoundsIsUsed() throws Exception {
        assertEquals(Duration.ofSeconds(600), withTimeout(600).directoryOptions().lockTimeout());
        assertEquals(Duration.ZERO, withTimeout(0).directoryOptions().lockTimeout());
        assertEquals(Duration.ofSeconds(1_000_000), withTimeout(1_000_000).directoryOptions().lockTimeout());
    }

    @Test
    void aTimeoutPastTheMaximumOrNegativeIsRefusedWithTheAllowedRange() {
        MojoExecutionException large = assertThrows(MojoExecutionException.class,
                () -> withTimeout(Integer.MAX_VALUE).directoryOptions());
        assertEquals("Invalid parameter lockTimeout (property synthetic.lockTimeout): is too large (was: 2147483647;"
                + " allowed: a whole number of seconds from 0 to 1000000, 0 to fail at once)", large.getMessage());
        MojoExecutionException negative = assertThrows(MojoExecutionException.class,
                () -> withTimeout(-1).directoryOptions());
        assertEquals("Invalid parameter lockTimeout (property synthetic.lockTimeout): must not be negative (was: -1;"
                + " allowed: a whole number of seconds from 0 to 1000000, 0 to fail at once)", negative.getMessage());
    }
}
