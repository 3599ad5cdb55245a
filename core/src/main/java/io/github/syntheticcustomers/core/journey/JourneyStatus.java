package io.github.syntheticcustomers.core.journey;

import java.util.List;

/**
 * The {@code journey_status} of a test scenario as of the reference date: where the customer's journey stands on
 * their timeline.
 */
public final class JourneyStatus {

    /** The journey went through to the framework's last step. */
    public static final String FINISHED = "finished";
    /** The journey ended at an {@code abandoned} step. */
    public static final String ABANDONED = "abandoned";
    /** The journey is still under way: the customer's sessions up to the reference date did not reach its end. */
    public static final String IN_PROGRESS = "in_progress";

    /** Every status. */
    public static final List<String> ALL = List.of(FINISHED, ABANDONED, IN_PROGRESS);

    private JourneyStatus() {
    }
}
