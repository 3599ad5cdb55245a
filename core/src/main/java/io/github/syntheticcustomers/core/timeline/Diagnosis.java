package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A condition diagnosed on the timeline.
 *
 * @param factor the risk factor id of the condition
 * @param label the condition's label
 * @param date the local date of the diagnosis
 * @param at when it was recorded: after the visit's panel when it was made at a visit, else 12:00 local time
 * @param managed whether it is being treated from then on
 */
public record Diagnosis(String factor, String label, LocalDate date, Instant at, boolean managed) {
}
