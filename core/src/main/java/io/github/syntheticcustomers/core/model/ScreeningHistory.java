package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Preventive-screening history: the seed's {@code screening_history} block, computed over the screening programmes
 * the customer follows, and where she stands in each programme.
 *
 * @param hasHistory whether she kept any screening visit
 * @param frequency {@code annual}, {@code biennial}, {@code irregular} or {@code never} (the configured cadences):
 *     from the shortest interval of the programmes with a kept visit
 * @param lastScreening date of the last kept visit of any programme, null when there is none
 * @param completionRate kept / due visits over the programmes, 0–1
 * @param programmes one entry per configured programme, in configuration order
 */
public record ScreeningHistory(boolean hasHistory, String frequency, @Nullable LocalDate lastScreening,
        double completionRate, List<ProgrammeScreening> programmes) {

    public ScreeningHistory {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    /** A history without programme entries (a customer of a dataset without programmes). */
    public ScreeningHistory(boolean hasHistory, String frequency, @Nullable LocalDate lastScreening,
            double completionRate) {
        this(hasHistory, frequency, lastScreening, completionRate, List.of());
    }

    /** The entry of programme {@code id}, or null. */
    public ProgrammeScreening programme(String id) {
        for (ProgrammeScreening p : programmes) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }
}
