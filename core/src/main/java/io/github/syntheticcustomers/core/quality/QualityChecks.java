package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.spi.FormatCheck;
import io.github.syntheticcustomers.core.spi.FormatParts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Entry point of the quality checks: {@link #run(Path, GeneratorConfig)} runs every check over a dataset's files
 * in one pass, {@link #run(LoadedDataset, GeneratorConfig)} over one held in memory, so a hand-edited or stale fixture is caught as surely as a
 * generator bug. Thresholds come from the configuration's {@code quality} section.
 */
public final class QualityChecks {

    private static final List<QualityCheck> CHECKS = List.of(
            new DatasetIntegrityCheck(),
            new PersonaDistributionCheck(),
            new AgeDecadeCheck(),
            new RiskLevelCheck(),
            new ProfileConsistencyCheck(),
            new CoherenceCheck(),
            new EpidemiologyCheck(),
            new RealismCheck(),
            new EngagementCheck(),
            new EmotionalStateCheck(),
            new JourneyCompletionCheck(),
            new ScenarioConsistencyCheck(),
            new JourneyPhaseCheck(),
            new TimelineCheck(),
            new AttributeDistributionCheck(),
            new CohortCheck());

    private QualityChecks() {
    }

    /** Runs every check, in a fixed order, in one pass over a dataset held in memory. */
    public static QualityReport run(LoadedDataset dataset, GeneratorConfig config) {
        return run(DatasetFacts.of(dataset), RecordGroups.of(dataset), config, group -> { });
    }

    /**
     * Runs every check over the dataset in {@code directory}, reading each file once, one record at a time: in
     * constant memory, whatever the count.
     *
     * @throws java.io.UncheckedIOException when no part can be read, naming the directory and the files looked for
     * @throws io.github.syntheticcustomers.core.io.InvalidManifestException when {@code manifest.json} is invalid
     */
    public static QualityReport run(Path directory, GeneratorConfig config) {
        return run(directory, config, group -> { });
    }

    /**
     * As {@link #run(Path, GeneratorConfig)}, handing every group read to {@code observer} as well, after the checks
     * saw it: one read of the files serves the checks and, for instance, an
     * {@link io.github.syntheticcustomers.core.analysis.AnalysisPass analysis}.
     *
     * @throws java.io.UncheckedIOException when no part can be read, naming the directory and the files looked for
     * @throws io.github.syntheticcustomers.core.io.InvalidManifestException when {@code manifest.json} is invalid
     */
    public static QualityReport run(Path directory, GeneratorConfig config, Consumer<? super RecordGroup> observer) {
        try (RecordGroups.Stream stream = RecordGroups.open(directory)) {
            DatasetFacts facts = new DatasetFacts(directory, stream.manifest(), stream.hasCustomers(),
                    stream.hasScenarios(), stream.hasSteps(), stream.hasEvents(), stream::files, stream::damage);
            return run(facts, stream, config, observer);
        }
    }

    private static QualityReport run(DatasetFacts facts, Iterator<RecordGroup> groups, GeneratorConfig config,
            Consumer<? super RecordGroup> observer) {
        List<QualityCheck.Pass> passes = new ArrayList<>();
        for (QualityCheck check : CHECKS) {
            passes.add(check.start(facts, config));
        }
        // without an events part, each customer's events regenerated as its group comes: constant memory
        groups = EventSource.of(facts, config).attach(groups);
        long customers = 0;
        long scenarios = 0;
        while (groups.hasNext()) {
            RecordGroup group = groups.next();
            customers += group.customer() == null ? 0 : 1;
            scenarios += group.scenario() == null ? 0 : 1;
            for (QualityCheck.Pass pass : passes) {
                pass.accept(group);
            }
            observer.accept(group);
        }
        List<CheckResult> results = new ArrayList<>();
        for (QualityCheck.Pass pass : passes) {
            results.add(pass.finish());
        }
        // the files of a format another module writes (FHIR), when the manifest lists some: that module's check
        if (facts.directory() != null && facts.manifest() != null) {
            for (Format format : Format.values()) {
                if (FormatParts.isProvided(format) && facts.manifest().formats().contains(format.id())) {
                    results.add(FormatCheck.run(format, facts.directory(), facts.manifest()));
                }
            }
        }
        Long seed = facts.manifest() == null ? null : facts.manifest().seed();
        String fingerprint = facts.manifest() == null ? null : facts.manifest().fingerprint();
        return new QualityReport(customers, scenarios, seed, fingerprint, results);
    }

    /**
     * Runs the one check named {@code name} (one of {@link #names()}).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static CheckResult run(String name, LoadedDataset dataset, GeneratorConfig config) {
        for (QualityCheck check : CHECKS) {
            if (check.name().equals(name)) {
                return check.run(dataset, config);
            }
        }
        throw new IllegalArgumentException("unknown quality check '" + name + "'; known: " + names());
    }

    /** The names of every check, in run order. */
    public static List<String> names() {
        return CHECKS.stream().map(QualityCheck::name).toList();
    }
}
