package io.github.syntheticcustomers.core.timeline;

import java.util.List;

/**
 * A customer's screening course: her visits in time order and her rules for each programme (in configuration
 * order), from which the snapshot's screening history is computed.
 *
 * @param visits the booked visits, in time order
 * @param plans one per configured programme, in configuration order
 */
public record ScreeningCourse(List<Visit> visits, List<ScreeningProgrammes.Plan> plans) {

    public ScreeningCourse {
        visits = List.copyOf(visits);
        plans = List.copyOf(plans);
    }
}
