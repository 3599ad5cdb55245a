package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.database.DatabaseLoadException;
import io.github.syntheticcustomers.database.DatabaseLoader;
import io.github.syntheticcustomers.database.LoadResult;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Loads the relational files of the dataset in {@code outputDirectory} (written by {@code generate} with
 * {@code relational} among its {@code formats}) into a database, in one transaction: PostgreSQL through {@code COPY},
 * H2 through batched inserts, DuckDB reading the files itself (docs/databases.md). It creates the tables, or checks
 * those there, checks every row count against the manifest, and refuses rows already there unless {@code replace}.
 * The plugin carries the PostgreSQL driver; for H2 or DuckDB add the driver to the plugin's {@code <dependencies>}.
 * A damaged dataset, rows already there or a violated constraint fail the build ({@code MojoFailureException}); an
 * unreachable database, a missing driver or a database error is an execution error. Nothing is half-loaded.
 */
@Mojo(name = "load", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true, requiresProject = false)
public class LoadMojo extends AbstractDatasetMojo {

    /**
     * The database's JDBC URL. Example: <code>&lt;jdbcUrl&gt;jdbc:postgresql://localhost:5432/test&lt;/jdbcUrl&gt;</code>
     * or {@code -Dsynthetic.jdbcUrl=jdbc:h2:./target/test}.
     */
    @Parameter(property = "synthetic.jdbcUrl", required = true)
    String jdbcUrl;

    /** The database user (default: the driver's). Example: {@code -Dsynthetic.user=app}. */
    @Parameter(property = "synthetic.user")
    String user;

    /**
     * The database password; better {@code serverId}, or a property from the environment:
     * <code>&lt;password&gt;${env.DB_PASSWORD}&lt;/password&gt;</code>.
     */
    @Parameter(property = "synthetic.password")
    String password;

    /**
     * The id of a {@code <server>} of {@code settings.xml} whose username and password (decrypted if encrypted)
     * connect; {@code user} and {@code password}, when given, take precedence. Example: {@code -Dsynthetic.serverId=test-db}.
     */
    @Parameter(property = "synthetic.serverId")
    String serverId;

    /**
     * The schema to load into, created if missing (default: the connection's current schema): lower-case letters,
     * digits and {@code _}. Example: {@code -Dsynthetic.schema=customers}.
     */
    @Parameter(property = "synthetic.schema")
    String schema;

    /**
     * Replaces the rows the dataset's tables already hold; {@code false} (the default) refuses to load over them,
     * unless they are other records of the same dataset (its shards). Example: {@code -Dsynthetic.replace=true}.
     */
    @Parameter(property = "synthetic.replace", defaultValue = "false")
    boolean replace;

    /** Decrypts a {@code serverId}'s password. */
    @Component
    SettingsDecrypter decrypter;

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        String loginUser = user;
        String loginPassword = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server();
            loginUser = loginUser != null ? loginUser : server.getUsername();
            loginPassword = loginPassword != null ? loginPassword : server.getPassword();
        }
        DatabaseLoader loader;
        try {
            loader = DatabaseLoader.forUrl(jdbcUrl, loginUser, loginPassword).schema(schema).replaceExisting(replace)
                    .progress(p -> {
                        if (p.done()) {
                            getLog().info("loaded " + p.table() + ": " + p.rows() + " rows (" + p.tableNumber() + "/"
                                    + p.tables() + ")");
                        }
                    });
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage().replace("Invalid schema name: ", "Invalid parameter schema: ")
                    + " (property synthetic.schema)", e);
        }
        Path directory = outputPath();
        LoadResult result;
        try {
            result = loader.load(directory);
        } catch (DatabaseLoadException e) {
            if (e.isDataProblem()) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("Loaded " + result.totalRows() + " rows into " + result.rows().size() + " tables of schema "
                + result.schema() + " (" + result.databaseProduct() + ", " + (result.copy() ? "COPY" : "inserts")
                + ") from " + directory);
    }

    private Server server() throws MojoExecutionException {
        Server server = session == null ? null : session.getSettings().getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("Invalid parameter serverId: settings.xml has no <server> with the id "
                    + serverId + " (property synthetic.serverId)");
        }
        if (decrypter == null) {
            return server;
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        return decrypted.getServer() == null ? server : decrypted.getServer();
    }

    @Override
    String goalName() {
        return "load";
    }
}
