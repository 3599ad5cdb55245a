package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;

/**
 * Preventive-screening history, exactly the seed's {@code screening_history} block.
 *
 * @param frequency {@code annual}, {@code biennial}, {@code irregular} or {@code never}
 * @param lastScreening date of the last screening, null when there is none
 * @param completionRate share of recommended screenings completed, 0–1
 */
public record ScreeningHistory(boolean hasHistory, String frequency, @Nullable LocalDate lastScreening,
        double completionRate) {
}
