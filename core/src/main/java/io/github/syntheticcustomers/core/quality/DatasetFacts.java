package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.io.Manifest;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the checks know of a dataset besides its records: where it was read from, its manifest, which parts it
 * has, and (after the pass, when the files have been read) what each listed file holds.
 *
 * @param directory the directory read, null in memory
 * @param manifest the manifest, null when absent or in memory
 * @param hasCustomers whether the dataset has a customer part
 * @param hasScenarios whether it has a scenario part
 * @param hasSteps whether it has engagement steps
 * @param hasEvents whether it has events: an {@code events} part read, or events held in memory (without them, the
 *     events are regenerated when the manifest records how: {@link EventSource})
 * @param files each listed file as found on disk; ask only in {@code finish}, after every record was read
 * @param damage where and how each data file read stopped parsing (file, line, column, what is wrong), empty when
 *     every record parsed or in memory; ask only in {@code finish}
 */
record DatasetFacts(Path directory, Manifest manifest, boolean hasCustomers, boolean hasScenarios, boolean hasSteps,
        boolean hasEvents, Supplier<List<LoadedDataset.ObservedFile>> files, Supplier<List<String>> damage) {

    /** The facts of a dataset held in memory (or read into it). */
    static DatasetFacts of(LoadedDataset dataset) {
        return new DatasetFacts(dataset.directory(), dataset.manifest(), !dataset.customers().isEmpty(),
                !dataset.scenarios().isEmpty(), !dataset.engagementSteps().isEmpty(),
                !dataset.events().isEmpty(), dataset::files, List::of);
    }
}
