package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.ShardMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code merge}: shards written with {@code generate --shard} into the whole dataset, byte for byte the files and
 * manifest of one run of it (core's {@link ShardMerge}); with {@code --verify}, the shards are checked in place, every
 * record regenerated, and nothing is written. Tampered shards are refused with core's
 * {@link io.github.syntheticcustomers.core.io.ShardMismatchException}: exit 1.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Checks the shards (one dataset, every record exactly once and in order, counted and"
                + " compared with its manifest, a seeded sample of records regenerated) and concatenates them into"
                + " --output: the files and manifest one run of the whole dataset writes. A refused merge exits 1 and"
                + " leaves nothing behind.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOptionsMixin directory;

    @Option(names = "--verify", description = "Check the shards in place, regenerating every record and comparing"
            + " its bytes, and print the merged dataset's files and SHA-256 without writing anything (--output is"
            + " not used).")
    boolean verify;

    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "The shard directories, in any order.")
    List<Path> shards;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (verify) {
            Manifest merged = ShardMerge.verify(shards);
            out.println(shards.size() + " shards make the dataset of seed " + merged.seed() + ", count "
                    + merged.count() + " (fingerprint " + merged.fingerprint() + "):");
            merged.files().forEach(f -> out.println("  " + f.sha256() + "  " + f.file() + " (" + f.records()
                    + " records, " + f.bytes() + " bytes)"));
            return SyntheticCustomersCommand.OK;
        }
        long started = System.nanoTime();
        Manifest merged = ShardMerge.merge(shards, directory.output, directory.options().withLog(err::println));
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("Merged " + shards.size() + " shards into " + merged.files().stream()
                .map(f -> f.file() + "=" + f.records()).collect(Collectors.joining(", ")) + " (seed " + merged.seed()
                + ", count " + merged.count() + ") in " + directory.output + " in " + millis + " ms");
        return SyntheticCustomersCommand.OK;
    }
}
