package io.github.syntheticcustomers.plugin;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.generate.CohortSizes;
import io.github.syntheticcustomers.core.GenerationResult;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetDirectoryException;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.ProgressLog;
import io.github.syntheticcustomers.core.report.ReportFiles;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a seeded synthetic customer dataset ({@code customers.json} and friends plus
 * {@code manifest.json}) and adds its directory to the test resources, so tests load the data from
 * the classpath. The same parameters always give the same bytes; when the files on disk already are
 * those bytes (the manifest's input fingerprint matches and every file's SHA-256 checks out) the goal
 * does nothing and says the dataset is up to date. Runs without a project too:
 * {@code mvn io.github.syntheticcustomers:synthetic-customers-maven-plugin:generate} in any folder
 * writes {@code ./target/synthetic-customers}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true,
        requiresProject = false)
public class GenerateMojo extends AbstractDatasetMojo {

    /**
     * The seed. The same seed, configuration, count and version give byte-identical files on every
     * machine. Example: <code>&lt;seed&gt;7&lt;/seed&gt;</code> or {@code -Dsynthetic.seed=7}.
     */
    @Parameter(property = "synthetic.seed", defaultValue = "42")
    long seed;

    /**
     * Number of customers to generate, at least 1. Persona, age-decade and risk-level counts are
     * apportioned exactly. Example: <code>&lt;count&gt;1000&lt;/count&gt;</code> or {@code -Dsynthetic.count=1000}.
     */
    @Parameter(property = "synthetic.count", defaultValue = "500")
    long count;

    /**
     * Comma-separated output formats: {@code json} (one pretty-printed array per file), {@code jsonl}
     * (one record a line), {@code csv} (flat summary with a header row), {@code relational} (one COPY-ready CSV file
     * per table, {@code table-<table>.csv}, with the tables' description, DDL and a psql load script:
     * docs/relational.md; needs the customers part), {@code fhir} (HL7 FHIR R4 resources as
     * Bulk Data NDJSON, one {@code <Type>.ndjson} file per resource type) and {@code fhir-bundle} (one FHIR
     * transaction Bundle per customer in {@code Bundle.ndjson}). Files of formats no longer listed are removed; the
     * JSON Schemas of the JSON files ({@code <name>.schema.json}) are written with every dataset. Example: <code>&lt;formats&gt;json,csv&lt;/formats&gt;</code> or
     * {@code -Dsynthetic.formats=jsonl}.
     */
    @Parameter(property = "synthetic.formats", defaultValue = "json")
    String formats;

    /**
     * Comma-separated dataset parts to write: {@code customers}, {@code scenarios}, {@code engagement-steps},
     * {@code events}, or {@code all}. The default is every part but {@code events}: the events file (every event of
     * each customer's timeline) is many times the size of the rest, so it is written only when named or with
     * {@code all}. Each part is written in every format (CSV: a flat summary per part).
     * Files of parts no longer listed are removed; {@code check} and {@code report} skip what needs a part
     * that is left out. Example: {@code -Dsynthetic.parts=customers,scenarios} (engagement steps are about
     * three quarters of a dataset's bytes).
     */
    @Parameter(property = "synthetic.parts", defaultValue = GenerationSettings.DEFAULT_PARTS)
    String parts;

    /**
     * Writes only records {@code FROM} (0-based) up to but not including {@code TO} of the dataset of {@code count}:
     * a shard, with the same ids and bytes as those lines of the whole run and a manifest that says which records it
     * holds. Shards that together hold every record merge into exactly the whole run's files with the command line's
     * {@code merge}. {@code check} and {@code report} refuse a shard (the distributions hold for the whole dataset).
     * Unset: every record. Example: {@code -Dsynthetic.shard=0:250000}.
     */
    @Parameter(property = "synthetic.shard")
    String shard;

    /**
     * Regenerates even when the dataset on disk is up to date. Example: {@code -Dsynthetic.force=true}.
     */
    @Parameter(property = "synthetic.force", defaultValue = "false")
    boolean force;

    /**
     * Worker threads for generation; {@code 0} means one per available processor. The bytes written
     * do not depend on it. Example: <code>&lt;threads&gt;2&lt;/threads&gt;</code>.
     */
    @Parameter(property = "synthetic.threads", defaultValue = "0")
    int threads;

    /**
     * Lets {@code generate} write into an existing directory that holds files it did not write (by default
     * such a directory is refused, naming the files, so a mistyped {@code outputDirectory} cannot mix a
     * dataset into a folder of yours). The files already there are never deleted or replaced; a directory
     * holding a file the dataset would replace ({@code customers.json}, {@code manifest.json}, ...) is still
     * refused. The project's base directory, the build's root, the user's home, the working directory and
     * file-system roots are refused whatever this says. Example: {@code -Dsynthetic.adoptOutputDirectory=true}.
     */
    @Parameter(property = "synthetic.adoptOutputDirectory", defaultValue = "false")
    boolean adoptOutputDirectory;

    /**
     * Seconds a run stays quiet before its first progress line; a shorter run logs none. Whether a run logs
     * progress therefore depends on how fast the machine is; {@code 0} logs a line at the first chunk of every
     * run of more than one, whatever the machine (the plugin's integration tests use it). Example:
     * {@code -Dsynthetic.progressAfter=0}.
     */
    @Parameter(property = "synthetic.progressAfter", defaultValue = "5")
    long progressAfter;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        GenerationRequest request = new GenerateParameters(seed, count, resolve(configFile), outputPath().toFile(),
                formats, referenceDate, threads, parts, shard).toRequest();
        if (progressAfter < 0) {
            throw InvalidParameter.of("progressAfter", "must not be negative", progressAfter,
                    "seconds of quiet before the first progress line, 0 for progress from the start");
        }
        OutputDirectoryClaims.of(session).claim(request.outputDirectory(), owner());
        try {
            long started = System.nanoTime();
            // a run of more than progressAfter seconds logs its progress; a short one stays quiet
            GenerationResult result = SyntheticDatasets.update(request,
                    directoryOptions().withAdoptNonEmpty(adoptOutputDirectory), force,
                    ProgressLog.of(getLog()::info, Duration.ofSeconds(progressAfter)));
            if (!result.generated()) {
                getLog().info("Synthetic customers in " + request.outputDirectory() + " are up to date (seed "
                        + request.seed() + ", count " + request.count() + "); nothing to do");
            } else {
                getLog().debug("Generated because " + result.reason());
                long millis = (System.nanoTime() - started) / 1_000_000;
                Manifest manifest = result.manifest();
                getLog().info("Generated " + summary(manifest) + " (seed " + manifest.seed() + (manifest.shard() == null
                        ? "" : ", records " + manifest.shard().from() + ":" + manifest.shard().to() + " of "
                                + manifest.count()) + ") in " + request.outputDirectory() + " in " + millis + " ms");
            }
            String cohorts = cohortsLine(request.config(), request.count());
            if (cohorts != null) {
                getLog().info(cohorts);
            }
        } catch (ConfigException e) {
            throw new MojoExecutionException(invalidDirectory(e), e);
        } catch (DatasetDirectoryException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
        addTestResource(request.outputDirectory().toFile());
    }

    @Override
    String goalName() {
        return "generate";
    }

    /** A refused output directory is a parameter problem: say so in the parameter message's words. */
    private static String invalidDirectory(ConfigException e) {
        if ("outputDirectory".equals(e.property()) && e.source() == null) {
            String text = e.getMessage().substring("outputDirectory: ".length());
            return "Invalid parameter outputDirectory (property synthetic.outputDirectory): " + text;
        }
        return e.getMessage();
    }

    /**
     * The cohorts of the dataset ({@code cohorts[]}, docs/cohorts-in-tests.md) with their exact sizes and how a build
     * selects their members, or null when the configuration declares none: e.g. {@code Cohorts: avoiding_smokers=25,
     * known_diabetes=18; tests select them with @Cohort("id"), the command line with show --cohort ID, and every
     * member's record lists its cohort under "cohorts"}.
     */
    static String cohortsLine(GeneratorConfig config, long count) {
        Map<String, Long> sizes = CohortSizes.of(config, count);
        if (sizes.isEmpty()) {
            return null;
        }
        return "Cohorts: " + sizes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + "; tests select them with @Cohort(\"id\"), the command line with"
                + " show --cohort ID, and every member's record lists its cohort under \"cohorts\"";
    }

    private static String summary(Manifest manifest) {
        return manifest.files().stream().map(f -> f.file() + "=" + f.records()).collect(Collectors.joining(", "));
    }

    private String owner() {
        String execution = mojoExecution == null ? "default-cli" : mojoExecution.getExecutionId();
        String who = project == null ? "the standalone run" : project.getGroupId() + ":" + project.getArtifactId();
        return "execution '" + execution + "' of " + who;
    }

    private void addTestResource(File directory) {
        if (!hasProject()) {
            return;
        }
        String path = directory.getAbsolutePath();
        boolean present = project.getTestResources().stream().anyMatch(r -> path.equals(r.getDirectory()));
        if (!present) {
            Resource resource = new Resource();
            resource.setDirectory(path);
            // the check and report goals write next to the dataset; tests get the dataset, not last build's report
            // nor the directory's lock, journal and temporary files
            List<String> excludes = new ArrayList<>(List.of(ReportFiles.QUALITY, ReportFiles.ANALYSIS,
                    ReportFiles.REPORT));
            excludes.addAll(DatasetDirectory.INTERNAL_FILE_PATTERNS);
            resource.setExcludes(excludes);
            project.addTestResource(resource);
        }
    }
}
