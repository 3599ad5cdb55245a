package io.github.syntheticcustomers.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.SessionData;

/**
 * Which execution writes which output directory in the current build. Two executions writing one
 * directory would overwrite each other's files (and race under {@code -T}), so the second is refused.
 *
 * <p>The claims live in the repository session's data, which every module of a build shares (also the
 * cloned sessions of a parallel build) and which outlives no build. They hold JDK types only, so
 * executions loaded by different plugin class realms still see one another's claims.
 */
final class OutputDirectoryClaims {

    private static final String KEY = OutputDirectoryClaims.class.getName() + ".owners";

    private final ConcurrentMap<String, String> owners;

    OutputDirectoryClaims(ConcurrentMap<String, String> owners) {
        this.owners = owners;
    }

    /** The claims of the build {@code session} belongs to. */
    @SuppressWarnings("unchecked")
    static OutputDirectoryClaims of(MavenSession session) {
        if (session == null || session.getRepositorySession() == null) {
            return new OutputDirectoryClaims(new ConcurrentHashMap<>());
        }
        // compare-and-set rather than SessionData.computeIfAbsent, which Maven 3.8's resolver (1.6) lacks
        SessionData data = session.getRepositorySession().getData();
        Object owners = data.get(KEY);
        while (owners == null) {
            ConcurrentMap<String, String> fresh = new ConcurrentHashMap<>();
            owners = data.set(KEY, null, fresh) ? fresh : data.get(KEY);
        }
        return new OutputDirectoryClaims((ConcurrentMap<String, String>) owners);
    }

    /**
     * Records that {@code owner} writes {@code directory}; fails when another owner already does. The
     * same owner may claim again (the same execution run twice in one build writes in turn).
     */
    void claim(Path directory, String owner) throws MojoExecutionException {
        String key = canonical(directory);
        String previous = owners.putIfAbsent(key, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new MojoExecutionException("Output directory " + key + " is already written by " + previous
                    + " in this build; two executions must not write the same directory. Give " + owner
                    + " its own outputDirectory (property synthetic.outputDirectory).");
        }
    }

    private static String canonical(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            return absolute.toFile().getCanonicalPath();
        } catch (IOException e) {
            return absolute.toString();
        }
    }
}
