package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One booked screening visit.
 *
 * @param number 1-based, in time order
 * @param booked when the appointment was made
 * @param date the visit's local date
 * @param at when the visit took place (or would have)
 * @param attended whether it was kept; a kept visit takes a measurement panel
 */
public record Visit(int number, Instant booked, LocalDate date, Instant at, boolean attended) {
}
