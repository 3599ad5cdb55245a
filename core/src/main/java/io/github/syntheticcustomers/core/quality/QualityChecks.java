package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the quality checks: {@link #run(LoadedDataset, GeneratorConfig)} runs every check on a
 * dataset read from files or held in memory, so a hand-edited or stale fixture is caught as surely as a
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
            new EngagementCheck(),
            new EmotionalStateCheck(),
            new JourneyCompletionCheck(),
            new ScenarioConsistencyCheck(),
            new JourneyPhaseCheck());

    private QualityChecks() {
    }

    /** Runs every check, in a fixed order. */
    public static QualityReport run(LoadedDataset dataset, GeneratorConfig config) {
        List<CheckResult> results = new ArrayList<>();
        for (QualityCheck check : CHECKS) {
            results.add(check.run(dataset, config));
        }
        Long seed = dataset.manifest() == null ? null : dataset.manifest().seed();
        return new QualityReport(dataset.customers().size(), dataset.scenarios().size(), seed, results);
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
