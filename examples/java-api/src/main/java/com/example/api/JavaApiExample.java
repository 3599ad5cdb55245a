package com.example.api;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.GenerationResult;
import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.io.DirectoryOptions;
import io.github.syntheticcustomers.core.io.Format;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.io.ProgressLog;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.quality.QualityReport;
import io.github.syntheticcustomers.core.report.ReportFiles;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

public final class JavaApiExample {

    public static void main(String[] args) {
        // a configuration file as written (the manifest records it), or ConfigSource.BUILT_IN
        ConfigSource source = ConfigSource.read(Path.of("src/main/synthetic/personas.yaml"));
        GeneratorConfig config = source.load();

        // in memory: record i depends only on seed, count, configuration and i
        SyntheticDataset dataset = SyntheticDataset.of(config, 42, 500);
        CustomerProfile first = dataset.customer(0);
        List<CustomerProfile> seekers = dataset.customers(c -> c.personaType().equals("structured_system_seeker"));

        // to files, streamed in constant memory; long runs log their progress
        GenerationRequest request = new GenerationRequest(config, 42, 5_000, EnumSet.of(Format.JSONL),
                Path.of("target/synthetic-customers"), 0)
                .withConfigSource(source)
                .withParts(EnumSet.of(Part.CUSTOMERS, Part.SCENARIOS));
        GenerationResult result = SyntheticDatasets.update(request, DirectoryOptions.defaults(), false,
                ProgressLog.of(System.out::println));

        // the quality checks (quality.json) and the self-contained report (report.html) over the files
        QualityReport quality = ReportFiles.check(request.outputDirectory(), config);
        ReportFiles.report(request.outputDirectory(), config);
        System.out.println(first.id() + ", " + seekers.size() + " seekers, " + result.manifest().files().size()
                + " files, checks passed: " + quality.passed());
    }
}
