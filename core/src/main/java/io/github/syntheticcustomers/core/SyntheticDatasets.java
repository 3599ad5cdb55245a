package io.github.syntheticcustomers.core;

import io.github.syntheticcustomers.core.config.ConfigLoader;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.BoundaryCasePart;
import io.github.syntheticcustomers.core.generate.CustomerPart;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.io.DatasetDirectory;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.DatasetStatus;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.io.FileSink;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.Progress;
import io.github.syntheticcustomers.core.journey.ScenarioPart;
import io.github.syntheticcustomers.core.relational.RelationalParts;
import io.github.syntheticcustomers.core.spi.FormatParts;
import io.github.syntheticcustomers.core.timeline.EventPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The core's front door for adapters (Maven plugin, JUnit extension, command line): one call per job.
 */
public final class SyntheticDatasets {

    /** Name written into manifests. */
    public static final String GENERATOR = DatasetDirectory.GENERATOR;

    private SyntheticDatasets() {
    }

    /** This library's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VersionHolder.VERSION;
    }

    /** The default dataset parts ({@link Part#defaults()}) written for a generator, in file order. */
    public static List<DatasetPart<?>> parts(DatasetGenerator generator) {
        return parts(generator, Part.defaults());
    }

    /**
     * The {@code selected} dataset parts written for a generator in {@code formats}, in file order: the built-in parts,
     * then, for a format another module writes ({@link Format#FHIR}), that module's parts ({@link FormatParts}).
     *
     * @throws IllegalStateException when a format's module is not on the class path, naming it
     */
    public static List<DatasetPart<?>> parts(DatasetGenerator generator, Set<Part> selected, Set<Format> formats) {
        List<DatasetPart<?>> parts = new ArrayList<>(parts(generator, selected));
        if (formats.contains(Format.RELATIONAL)) {
            // the engagement_steps table reads the same part as engagement-steps.*, so each customer's steps are built once
            EngagementStepPart steps = parts.stream().filter(EngagementStepPart.class::isInstance)
                    .map(EngagementStepPart.class::cast).findFirst()
                    .orElseGet(() -> new EngagementStepPart(generator, ScenarioJourneys.of(generator)));
            parts.addAll(RelationalParts.of(generator, selected, steps));
        }
        for (Format format : Format.values()) {
            if (formats.contains(format) && FormatParts.isProvided(format)) {
                parts.addAll(FormatParts.of(format).parts(generator, selected));
            }
        }
        return List.copyOf(parts);
    }

    /** The {@code selected} built-in dataset parts written for a generator, in file order. */
    public static List<DatasetPart<?>> parts(DatasetGenerator generator, Set<Part> selected) {
        List<DatasetPart<?>> parts = new ArrayList<>();
        if (selected.contains(Part.CUSTOMERS)) {
            parts.add(new CustomerPart(generator));
        }
        if (selected.contains(Part.SCENARIOS)) {
            parts.add(new ScenarioPart(generator::scenario));
        }
        if (selected.contains(Part.ENGAGEMENT_STEPS)) {
            parts.add(new EngagementStepPart(generator, ScenarioJourneys.of(generator)));
        }
        if (selected.contains(Part.EVENTS)) {
            parts.add(new EventPart(generator));
        }
        if (selected.contains(Part.BOUNDARY_CASES)) {
            parts.add(new BoundaryCasePart(generator));
        }
        return List.copyOf(parts);
    }

    /**
     * Generates the dataset files and the manifest for {@code request}, whatever is on disk; returns the
     * manifest. The output directory is opened with {@link DirectoryOptions#defaults()}: see
     * {@link DatasetDirectory} for what that refuses and guarantees.
     */
    public static Manifest generate(GenerationRequest request) {
        FormatParts.requireProviders(request.formats());
        try (DatasetDirectory directory = DatasetDirectory.forWriting(request.outputDirectory(),
                DirectoryOptions.defaults())) {
            return generate(request, directory);
        }
    }

    /** As {@link #generate(GenerationRequest)}, writing through {@code sink} (for fault-injection tests). */
    public static Manifest generate(GenerationRequest request, FileSink sink) {
        return new DatasetWriter(request.outputDirectory(), request.formats(), request.threads(), sink)
                .write(request.records(), parts(generator(request), request.parts(), request.formats()), manifest(request));
    }

    /** Generates {@code request}'s dataset into {@code directory}, opened (and locked) by the caller. */
    public static Manifest generate(GenerationRequest request, DatasetDirectory directory) {
        return new DatasetWriter(directory, request.formats(), request.threads())
                .write(request.records(), parts(generator(request), request.parts(), request.formats()), manifest(request));
    }

    /**
     * What a build step does: under the output directory's lock, regenerates the dataset unless it is
     * already exactly what {@code request} would write (or {@code force} is set).
     */
    public static GenerationResult update(GenerationRequest request, DirectoryOptions options, boolean force) {
        return update(request, options, force, Progress.NONE);
    }

    /** As {@link #update(GenerationRequest, DirectoryOptions, boolean)}, reporting the writing's progress. */
    public static GenerationResult update(GenerationRequest request, DirectoryOptions options, boolean force,
            Progress progress) {
        FormatParts.requireProviders(request.formats());
        if (request.configSource() != null) {
            // what the configuration declares but can never happen, told once per run (docs/configuration-merging.md)
            request.configSource().warnings().forEach(w -> options.log().accept("warning: " + w));
        }
        try (DatasetDirectory directory = DatasetDirectory.forWriting(request.outputDirectory(), options)) {
            DatasetStatus status = directory.status(fingerprint(request, configDigest(request.config())));
            if (status.upToDate() && !force) {
                return new GenerationResult(directory.manifest(), false, status.reason());
            }
            Manifest manifest = new DatasetWriter(directory, request.formats(), request.threads())
                    .withProgress(progress)
                    .write(request.records(), parts(generator(request), request.parts(), request.formats()), manifest(request));
            return new GenerationResult(manifest, true, force ? "force is set" : status.reason());
        }
    }

    static DatasetGenerator generator(GenerationRequest request) {
        return new DatasetGenerator(request.config(), request.seed(), request.count());
    }

    static Function<List<Manifest.FileEntry>, Manifest> manifest(GenerationRequest request) {
        String configDigest = configDigest(request.config());
        String fingerprint = fingerprint(request, configDigest);
        List<String> formats = request.formats().stream().map(Format::id).sorted().toList();
        ConfigSource source = request.configSource() == null ? null : request.configSource().withoutDirectories();
        Manifest.Shard shard = request.shard() == null ? null : new Manifest.Shard(request.shard().from(),
                request.shard().to(), datasetFingerprint(request, configDigest));
        return files -> new Manifest(GENERATOR, version(), request.seed(), request.count(),
                request.config().referenceDate(), formats, source, configDigest, fingerprint, shard, files);
    }

    /**
     * Whether {@code request}'s output directory already holds exactly the dataset the request would
     * write (same inputs, every file intact), so an incremental build can skip generation. Reads only;
     * {@link #update} decides again under the directory's lock.
     */
    public static DatasetStatus status(GenerationRequest request) {
        return DatasetStatus.of(request.outputDirectory(), fingerprint(request, configDigest(request.config())));
    }

    /** SHA-256 (hex) of the effective configuration's canonical JSON. */
    public static String configDigest(GeneratorConfig config) {
        if (config == ConfigLoader.defaults()) {
            return ConfigLoader.defaultsDigest();
        }
        return serialisedDigest(config);
    }

    /** {@link #configDigest} computed from the canonical JSON, without the shortcut for the built-in defaults. */
    public static String serialisedDigest(GeneratorConfig config) {
        try {
            return sha256(JsonMappers.data().writeValueAsBytes(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SHA-256 (hex) over every input of a dataset: generator version, seed, count, formats, reference
     * date and configuration digest, the parts when not {@link Part#defaults()}, and the shard's range for a shard.
     * Equal fingerprints mean byte-identical files.
     */
    public static String fingerprint(GenerationRequest request, String configDigest) {
        String whole = datasetFingerprint(request, configDigest);
        if (request.shard() == null) {
            return whole;
        }
        return sha256((whole + "\nshard " + request.shard().from() + ":" + request.shard().to())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of the whole dataset a request writes all or a shard of. */
    private static String datasetFingerprint(GenerationRequest request, String configDigest) {
        String[] formats = request.formats().stream().map(Format::id).sorted().toArray(String[]::new);
        String text = String.join("\n", GENERATOR, version(), Long.toString(request.seed()),
                Long.toString(request.count()), Arrays.toString(formats), request.config().referenceDate().toString(),
                configDigest);
        if (!request.parts().equals(Part.defaults())) {
            // only another selection than the default enters the text, so the fingerprints of default datasets stay
            // as they were before the events part existed
            text += "\nparts " + request.parts().stream().map(Part::id).sorted().toList();
        }
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static final class VersionHolder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = SyntheticDatasets.class.getResourceAsStream("version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
