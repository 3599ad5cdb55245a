package io.github.syntheticcustomers.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Platform engagement data over the 90 days before the reference date.
 *
 * @param engagementScore 0–1 summary of the other measures
 */
public record Engagement(
        LocalDate accountCreated,
        LocalDate lastActive,
        String preferredChannel,
        @JsonProperty("sessions_last_90_days") int sessionsLast90Days,
        double avgSessionMinutes,
        int contentInteractions,
        boolean notificationsOptIn,
        boolean onboardingCompleted,
        List<String> featuresUsed,
        double engagementScore) {

    public Engagement {
        featuresUsed = List.copyOf(featuresUsed);
    }
}
