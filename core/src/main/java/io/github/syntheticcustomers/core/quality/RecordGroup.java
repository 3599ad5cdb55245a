package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.util.List;

/**
 * What one record index holds across the parts: customer {@code i}, scenario {@code i}, and the engagement steps
 * and events of that customer. The checks see a dataset as these groups, one at a time in index order, so they run
 * in one pass in constant memory. A part the dataset does not have is {@code null} (steps: empty); steps and events
 * whose customer no group names come last, in groups of their own without customer or scenario.
 *
 * @param index the record index, 0-based
 * @param customer customer {@code index}, or null
 * @param scenario scenario {@code index}, or null
 * @param steps the steps of this group's customer, in file order
 * @param events the events of this group's customer's timeline, in time order: read from the {@code events} part, or
 *     regenerated from the dataset's seed and configuration when the part was not written; null when the dataset
 *     has neither (a dataset held in memory without events)
 */
public record RecordGroup(long index, CustomerProfile customer, TestScenario scenario, List<EngagementStep> steps,
        List<EngagementEvent> events) {

    public RecordGroup {
        steps = steps == null ? List.of() : List.copyOf(steps);
        events = events == null ? null : List.copyOf(events);
    }

    /** A group without events. */
    public RecordGroup(long index, CustomerProfile customer, TestScenario scenario, List<EngagementStep> steps) {
        this(index, customer, scenario, steps, null);
    }

    /** This group with {@code timeline} as its customer's events. */
    public RecordGroup withEvents(List<EngagementEvent> timeline) {
        return new RecordGroup(index, customer, scenario, steps, timeline);
    }

    /** The customer this group is about: the customer's id, else the scenario's, else the steps'; null if none. */
    public String customerId() {
        if (customer != null) {
            return customer.id();
        }
        if (scenario != null) {
            return scenario.customerId();
        }
        if (!steps.isEmpty()) {
            return steps.get(0).customerId();
        }
        return events == null || events.isEmpty() ? null : events.get(0).customerId();
    }

    /** The customer's persona: the customer's, else the scenario user's; null when neither is there. */
    public String personaType() {
        if (customer != null) {
            return customer.personaType();
        }
        return scenario == null || scenario.user() == null ? null : scenario.user().personaType();
    }
}
