package io.github.syntheticcustomers.core.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One booked screening visit: a check-up that screens one or more programmes.
 *
 * @param number 1-based, in time order
 * @param booked when the appointment was made
 * @param date the visit's local date
 * @param at when the visit took place (or would have)
 * @param attended whether it was kept; a kept visit takes a measurement panel
 * @param programmes the ids of the screening programmes it screens, in configuration order (at least one)
 */
public record Visit(int number, Instant booked, LocalDate date, Instant at, boolean attended,
        List<String> programmes) {

    public Visit {
        programmes = List.copyOf(programmes);
    }

    /** Whether the visit screens programme {@code programmeId}. */
    public boolean screens(String programmeId) {
        return programmes.contains(programmeId);
    }

    /** Whether the visit was kept and measures {@code code} ({@link ScreeningProgrammes#records}). */
    public boolean measures(String code, ScreeningProgrammes programmes) {
        return attended && programmes.records(this.programmes, code);
    }
}
