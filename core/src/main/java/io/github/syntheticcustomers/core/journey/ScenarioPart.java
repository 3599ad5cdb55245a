package io.github.syntheticcustomers.core.journey;

import io.github.syntheticcustomers.core.io.CsvColumns;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.model.JourneyStep;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The {@code scenarios.*} files: one test scenario per index, written by the same
 * {@link io.github.syntheticcustomers.core.io.DatasetWriter} as the customers. The CSV is a flat summary
 * (one row per scenario: type, user, journey length, last step and status).
 */
public final class ScenarioPart implements DatasetPart<TestScenario> {

    /** File base name. */
    public static final String NAME = "scenarios";

    private static final CsvColumns<TestScenario> CSV = CsvColumns.<TestScenario>builder()
            .add("scenario_id", TestScenario::scenarioId)
            .add("customer_id", TestScenario::customerId)
            .add("scenario_type", TestScenario::scenarioType)
            .add("name", s -> s.user().name())
            .add("age", s -> s.user().age())
            .add("persona_type", s -> s.user().personaType())
            .add("risk_level", s -> s.user().riskLevel())
            .add("steps", s -> s.journey().size())
            .add("completed_steps", s -> s.journey().stream()
                    .filter(j -> j.completionStatus().equals(CompletionStatus.COMPLETED)).count())
            .add("first_emotional_state", s -> s.journey().get(0).emotionalState())
            .add("last_phase", s -> last(s).phase())
            .add("last_step", s -> last(s).step())
            .add("last_status", s -> last(s).completionStatus())
            .add("started", s -> s.journey().get(0).timestamp())
            .add("ended", s -> last(s).timestamp())
            // the path the journey took (its step ids, a repeated step once), derived from the steps
            .add("journey_path", s -> JourneyPaths.pathId(s.journey()))
            .build();

    private final LongFunction<TestScenario> scenarios;

    /** @param scenarios scenario {@code i} for index {@code i}, e.g. {@code DatasetGenerator::scenario} */
    public ScenarioPart(LongFunction<TestScenario> scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TestScenario> recordsFor(long index) {
        return List.of(scenarios.apply(index));
    }

    @Override
    public CsvColumns<TestScenario> csvColumns() {
        return CSV;
    }

    private static JourneyStep last(TestScenario s) {
        return s.journey().get(s.journey().size() - 1);
    }
}
