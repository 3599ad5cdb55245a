package io.github.syntheticcustomers.junit;

import io.github.syntheticcustomers.core.model.TestScenario;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * Feeds {@link ScenarioSource}: the matching scenarios, each named by id, type, customer id and persona.
 */
final class ScenarioArgumentsProvider extends DatasetArgumentsProvider<TestScenario>
        implements AnnotationConsumer<ScenarioSource> {

    @Override
    public void accept(ScenarioSource source) {
        configure("@ScenarioSource", RecordFilter.of(source.persona(), source.riskLevel(), source.type()),
                source.limit(), DatasetCache.Need.SCENARIOS, RecordFilter::scenarios, ScenarioArgumentsProvider::displayName);
    }

    /** E.g. {@code scn-000001 first_time_user cus-000001 health_aware_avoider}. */
    static String displayName(TestScenario scenario) {
        return scenario.scenarioId() + " " + scenario.scenarioType() + " " + scenario.customerId() + " "
                + scenario.user().personaType();
    }
}
