package io.github.syntheticcustomers.plugin;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Base of every goal: owns {@code skip}, so no goal can forget it, the project, session and execution each
 * goal may need, and the warning about user properties the POM shadows ({@link ShadowedProperties}), so every goal
 * gives it. Subclasses implement {@link #executeMojo()}.
 */
public abstract class AbstractSyntheticCustomersMojo extends AbstractMojo {

    /**
     * Skips this goal, e.g. to build quickly without test data. Example:
     * {@code mvn verify -Dsynthetic.skip=true}.
     */
    @Parameter(property = "synthetic.skip", defaultValue = "false")
    boolean skip;

    /** The project being built; the standalone stub project when run without a {@code pom.xml}. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The running build. */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** This execution: its configuration tells which parameters the POM sets; it names the execution in messages. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        // before skip: -Dsynthetic.skip=true against <skip>false</skip> is shadowed too
        if (session != null) {
            for (String warning : ShadowedProperties.warnings(mojoExecution, session.getUserProperties())) {
                getLog().warn(warning);
            }
        }
        if (skip) {
            getLog().info("Skipping synthetic customers (synthetic.skip=true)");
            return;
        }
        if (session != null) {
            MavenVersionRequirement.check(session.getSystemProperties().getProperty("maven.version"));
        }
        executeMojo();
    }

    /** The goal's work, when not skipped. */
    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    /** True when a real {@code pom.xml} is being built, false for a run without a project. */
    boolean hasProject() {
        return project != null && project.getFile() != null;
    }
}
