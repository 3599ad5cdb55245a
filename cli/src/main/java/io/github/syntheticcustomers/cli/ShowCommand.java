package io.github.syntheticcustomers.cli;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.engage.EngagementStepPart;
import io.github.syntheticcustomers.core.engage.ScenarioJourneys;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import io.github.syntheticcustomers.core.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code show INDEX}: one record of a dataset as pretty-printed JSON, generated alone (record i depends only on
 * seed, count, configuration and i), exactly as it appears in the dataset's {@code .json} file.
 *
 * <p>{@code show --cohort ID}: the records of a cohort's members ({@code cohorts[]}, docs/cohorts-in-tests.md), in
 * record order, as the JSON array the dataset's {@code .json} file would hold for them; {@code show --cohort ID N}:
 * the record of its N-th member (0-based). Membership comes from the allocation, so only the members are generated.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints record INDEX (0-based) of the dataset of --seed, --count and --config as JSON.",
            "With --cohort ID: the records of the cohort's members as a JSON array, or with INDEX its INDEX-th member's"
                + " (0-based)."})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INDEX", converter = NumberOptions.Index.class,
            description = "The record index, 0 to count - 1 (with --cohort: the member's position, 0 to its size - 1).")
    Long index;

    @Option(names = "--cohort", paramLabel = "ID",
            description = "Only the members of this cohort of the configuration (cohorts[].id).")
    String cohort;

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
        if (index == null && cohort == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INDEX'");
        }
        GeneratorConfig loaded = request.config();
        DatasetGenerator generator = new DatasetGenerator(loaded, request.seed(), request.count());
        Part what = request.parts().iterator().next();
        if (cohort != null) {
            List<Long> members = members(loaded, generator);
            if (index != null) {
                if (index >= members.size()) {
                    throw new InvalidSettingException("index", "is outside the cohort " + cohort, index,
                            members.isEmpty() ? "none, the cohort has no members" : "0 to " + (members.size() - 1));
                }
                spec.commandLine().getOut().println(DatasetWriter.prettyJson(record(what, generator,
                        members.get(Math.toIntExact(index)))));
                return SyntheticCustomersCommand.OK;
            }
            List<Object> records = new ArrayList<>();
            for (long member : members) {
                Object record = record(what, generator, member);
                if (record instanceof List<?> list) {
                    records.addAll(list); // engagement steps and events: each index's records, one after the other
                } else {
                    records.add(record);
                }
            }
            spec.commandLine().getOut().println(DatasetWriter.prettyJson(records));
            return SyntheticCustomersCommand.OK;
        }
        if (index < 0 || index >= request.count()) {
            throw new InvalidSettingException("index", "is outside the dataset", index, "0 to " + (request.count() - 1));
        }
        spec.commandLine().getOut().println(DatasetWriter.prettyJson(record(what, generator, index)));
        return SyntheticCustomersCommand.OK;
    }

    /** The record (or, for engagement steps and events, the list of records) of index {@code index} in part {@code what}. */
    private static Object record(Part what, DatasetGenerator generator, long index) {
        return switch (what) {
            case CUSTOMERS -> generator.customer(index);
            case SCENARIOS -> generator.scenario(index);
            case ENGAGEMENT_STEPS -> new EngagementStepPart(generator, ScenarioJourneys.of(generator)).recordsFor(index);
            case EVENTS -> generator.events(index);
            case BOUNDARY_CASES -> new io.github.syntheticcustomers.core.generate.BoundaryCasePart(generator)
                    .recordsFor(index);
        };
    }

    /**
     * The record indices of the cohort's members, in record order, from the allocation.
     *
     * @throws InvalidSettingException when the configuration declares no such cohort, with the ids it declares
     */
    private List<Long> members(GeneratorConfig loaded, DatasetGenerator generator) {
        List<String> known = loaded.cohorts().stream().map(CohortConfig::id).toList();
        if (!known.contains(cohort)) {
            throw new InvalidSettingException("cohort", "is not a cohort of the configuration", cohort,
                    known.isEmpty() ? "none, the configuration declares no cohorts" : String.join(", ", known));
        }
        List<Long> members = new ArrayList<>();
        for (long i = 0; i < generator.count(); i++) {
            if (generator.cohortsOf(i).contains(cohort)) {
                members.add(i);
            }
        }
        return members;
    }
}
