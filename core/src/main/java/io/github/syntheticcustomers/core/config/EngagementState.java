package io.github.syntheticcustomers.core.config;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's engagement state, read from the record's {@code engagement} section with the thresholds of the
 * {@code scenarios} section, the same ones the named conditions {@code inactive} and {@code new_to_platform} of the
 * eligibility rules use (docs/eligibility.md). The states exclude each other:
 * <ul>
 * <li>{@code inactive}: the last active day lies more than {@code inactive_after_days} days before the reference
 *     date;</li>
 * <li>{@code new}: not inactive, with at most {@code new_user_max_sessions} sessions in the last 90 days;</li>
 * <li>{@code active}: not inactive, with more sessions than that.</li>
 * </ul>
 */
public enum EngagementState {
    NEW("new"),
    ACTIVE("active"),
    INACTIVE("inactive");

    private final String id;

    EngagementState(String id) {
        this.id = id;
    }

    /** The id a configuration and a report use. */
    public String id() {
        return id;
    }

    /** Every state's id, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(EngagementState::id).toList();
    }

    /** The state of id {@code id}, or null. */
    public static EngagementState of(String id) {
        for (EngagementState s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The state of a customer last active on {@code lastActive} with {@code sessionsLast90Days} sessions in the last
     * 90 days, under {@code scenarios}' thresholds, on {@code reference}.
     */
    public static EngagementState of(LocalDate lastActive, int sessionsLast90Days, ScenarioConfig scenarios,
            LocalDate reference) {
        if (ChronoUnit.DAYS.between(lastActive, reference) > scenarios.inactiveAfterDays()) {
            return INACTIVE;
        }
        return sessionsLast90Days <= scenarios.newUserMaxSessions() ? NEW : ACTIVE;
    }
}
