package io.github.syntheticcustomers.fhir;

import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.timeline.CustomerTimeline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resources of one record index: its customer's, and with the scenarios part its scenario's, by resource
 * type in {@link ResourceType} order, as of the dataset's "as of" instant ({@link AsOf}) and dated from the customer's
 * timeline ({@link DatasetGenerator#timeline}). Both FHIR formats are made of these, so they hold the same resources.
 */
final class RecordResources {

    private final DatasetGenerator generator;
    private final CustomerResources customers;
    private final ScenarioResources scenarios;

    /** The resources of {@code generator}'s records, with the scenarios' only when {@code withScenarios}. */
    RecordResources(DatasetGenerator generator, boolean withScenarios) {
        this.generator = generator;
        Instant asOf = AsOf.of(generator.config().referenceDate());
        this.customers = new CustomerResources(FhirCodes.defaults(), generator.seed(), asOf);
        this.scenarios = withScenarios ? new ScenarioResources(FhirCodes.defaults(), generator.seed(), asOf,
                io.github.syntheticcustomers.core.journey.JourneyFramework.of(generator.config())) : null;
    }

    /** The dataset's seed, which every id is made of. */
    long seed() {
        return generator.seed();
    }

    /** Record {@code index}'s resources: a new map of its own. */
    Map<ResourceType, List<Resource>> of(long index) {
        CustomerTimeline timeline = generator.timeline(index);
        Map<ResourceType, List<Resource>> built = customers.of(index, generator.customer(index), timeline);
        if (scenarios != null) {
            built.putAll(scenarios.of(index, generator.scenario(index), timeline,
                    CustomerResources.patientReference(generator.seed(), index)));
        }
        return built;
    }
}
