package io.github.syntheticcustomers.plugin;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The oldest Maven the goals run on. Maven 3.9 and later refuse the plugin themselves from its
 * descriptor's {@code requiredMavenVersion}; older Mavens do not read it, so each goal checks the running
 * version itself and refuses an older one at once, with the version it needs, instead of failing later
 * with a linkage error from a missing Maven API.
 *
 * <p>Supported and tested (the IT matrix of the {@code it} module): 3.6.3, 3.8.8, 3.9.x (the wrapper's)
 * and 4.0.0-rc-5.
 */
final class MavenVersionRequirement {

    /** Keep equal to {@code minimalMavenVersion} of the parent POM (the plugin descriptor's requirement). */
    static final String MINIMUM = "3.6.3";

    private MavenVersionRequirement() {
    }

    /**
     * Refuses {@code running} when older than {@link #MINIMUM}. A {@code null} or blank version (Maven
     * embedded without its {@code maven.version} property) is not refused: nothing is known about it.
     */
    static void check(String running) throws MojoExecutionException {
        if (running == null || running.isBlank()) {
            return;
        }
        if (new ComparableVersion(running.strip()).compareTo(new ComparableVersion(MINIMUM)) < 0) {
            throw new MojoExecutionException("Synthetic Customers needs Maven " + MINIMUM
                    + " or later; this build runs Maven " + running.strip()
                    + ". Run it with a newer Maven, e.g. the project's Maven Wrapper (./mvnw).");
        }
    }
}
