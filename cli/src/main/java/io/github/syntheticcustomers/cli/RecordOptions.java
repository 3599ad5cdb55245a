package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import picocli.CommandLine.Option;

/** Which dataset: the plugin's {@code seed} and {@code count}. */
final class RecordOptions {

    @Option(names = "--seed", converter = NumberOptions.Seed.class, defaultValue = "" + GenerationRequest.DEFAULT_SEED,
            paramLabel = "N", description = "The seed, any whole number (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", converter = NumberOptions.Count.class, defaultValue = "" + GenerationRequest.DEFAULT_COUNT,
            paramLabel = "N", description = "Number of customers, 1 to 10^18; the exact allocation depends on it"
                    + " (default: ${DEFAULT-VALUE}).")
    long count;
}
