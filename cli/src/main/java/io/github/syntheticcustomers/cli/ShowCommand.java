package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code show INDEX}: one record of a dataset as pretty-printed JSON, generated alone (record i depends only on
 * seed, count, configuration and i), exactly as it appears in the dataset's {@code .json} file.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints record INDEX (0-based) of the dataset of --seed, --count and --config as JSON.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDEX", converter = NumberOptions.Index.class, description = "The record index, 0 to count - 1.")
    long index;

    @Mixin
    RecordOptions records;

    @Option(names = "--part", defaultValue = "customers", paramLabel = "PART",
            description = "customers, scenarios, engagement-steps or events (default: ${DEFAULT-VALUE}).")
    String part;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        // the same checks as generate (count, configuration, reference date), for one record
        GenerationRequest request = new GenerationSettings(records.seed, records.count, config.config,
                java.nio.file.Path.of(GenerationRequest.DEFAULT_OUTPUT_DIRECTORY), GenerationSettings.DEFAULT_FORMATS,
                part, config.referenceDate, 1).toRequest();
        if (request.parts().size() != 1) {
            throw new InvalidSettingException("part", "names more than one part", part,
                    "one of customers, scenarios, engagement-steps, events");
        }
        if (index < 0 || index >= request.count()) {
            throw new InvalidSettingException("index", "is outside the dataset", index, "0 to " + (request.count() - 1));
        }
        GeneratorConfig loaded = request.config();
        DatasetGenerator generator = new DatasetGenerator(loaded, request.seed(), request.count());
        Object record = switch (request.parts().iterator().next()) {
            case CUSTOMERS -> generator.customer(index);
            case SCENARIOS -> generator.scenario(index);
            case ENGAGEMENT_STEPS -> new EngagementStepPart(generator, ScenarioJourneys.of(generator)).recordsFor(index);
            case EVENTS -> generator.events(index);
            case BOUNDARY_CASES -> new io.github.syntheticcustomers.core.generate.BoundaryCasePart(generator)
                    .recordsFor(index);
        };
        spec.commandLine().getOut().println(DatasetWriter.prettyJson(record));
        return SyntheticCustomersCommand.OK;
    }
}
