package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.GenerationResult;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.io.Progress;
import io.github.syntheticcustomers.core.io.ProgressLog;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: the plugin's {@code generate} goal; the same parameters give the same bytes. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes the dataset (and its manifest) unless the directory already holds exactly it.")
final class GenerateCommand extends DatasetCommand {

    @Mixin
    RecordOptions records;

    @Option(names = "--formats", defaultValue = GenerationSettings.DEFAULT_FORMATS, paramLabel = "LIST",
            description = "json, jsonl, csv, relational (a COPY-ready CSV file per table with its DDL and psql load"
                    + " script, docs/relational.md; needs the customers part), fhir (FHIR R4 NDJSON), fhir-bundle (a"
                    + " FHIR transaction Bundle per customer), comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--parts", defaultValue = GenerationSettings.DEFAULT_PARTS, paramLabel = "LIST",
            description = "customers, scenarios, engagement-steps, events, comma-separated, or all; events (every"
                    + " event of each customer's timeline, many times the size of the rest) only when named or with"
                    + " all (default: ${DEFAULT-VALUE}).")
    String parts;

    @Option(names = "--threads", converter = NumberOptions.Threads.class, defaultValue = "0", paramLabel = "N",
            description = "Worker threads, 0 for one per processor, at most 256; never changes the bytes (default:"
                    + " ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--shard", paramLabel = "FROM:TO",
            description = "Write only records FROM (0-based) up to but not including TO of the dataset of --count: a"
                    + " shard, the same bytes as those lines of the whole run; `merge` joins shards (default: every"
                    + " record).")
    String shard;

    @Option(names = "--force", description = "Regenerate even when the dataset is up to date.")
    boolean force;

    @Option(names = "--adopt-output-directory",
            description = "Use a non-empty directory of yours that holds no dataset yet.")
    boolean adopt;

    @Option(names = "--quiet", description = "No progress bar or progress lines.")
    boolean quiet;

    /**
     * For tests (CONTRIBUTING.md, Testing), hence hidden: seconds of quiet before the first progress line or bar.
     * Whether a run of the default quiet period shows progress depends on how fast the machine is; a process test
     * that asserts a progress line passes 0, which shows one at the first chunk of every run of more than one.
     */
    @Option(names = "--progress-after", hidden = true, paramLabel = "SECONDS", defaultValue = "-1")
    long progressAfter;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        GenerationRequest request = new GenerationSettings(records.seed, records.count, config.config,
                directory.output, formats, parts, config.referenceDate, threads, shard).toRequest();
        long started = System.nanoTime();
        GenerationResult result = SyntheticDatasets.update(request,
                directory.options().withAdoptNonEmpty(adopt).withLog(err::println), force, progress(err));
        Manifest manifest = result.manifest();
        if (!result.generated()) {
            out.println("Synthetic customers in " + request.outputDirectory() + " are up to date (seed " + manifest.seed()
                    + ", count " + manifest.count() + "); nothing to do");
        } else {
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println("Generated " + manifest.files().stream().map(f -> f.file() + "=" + f.records())
                    .collect(Collectors.joining(", ")) + " (seed " + manifest.seed() + (manifest.shard() == null ? ""
                            : ", records " + manifest.shard().from() + ":" + manifest.shard().to() + " of "
                                    + manifest.count()) + ") in " + request.outputDirectory() + " in " + millis + " ms");
        }
        return SyntheticCustomersCommand.OK;
    }

    /** A bar on a terminal, log lines otherwise (CI logs), nothing with {@code --quiet}. */
    private Progress progress(PrintWriter err) {
        if (quiet) {
            return Progress.NONE;
        }
        if (progressAfter < -1) {
            throw new InvalidSettingException("progress-after", "must not be negative", progressAfter,
                    "seconds of quiet before the first progress line, 0 for progress from the start");
        }
        if (System.console() != null) {
            return progressAfter < 0 ? ProgressBar.of(err) : ProgressBar.of(err, Duration.ofSeconds(progressAfter));
        }
        return progressAfter < 0 ? ProgressLog.of(err::println)
                : ProgressLog.of(err::println, Duration.ofSeconds(progressAfter));
    }
}
