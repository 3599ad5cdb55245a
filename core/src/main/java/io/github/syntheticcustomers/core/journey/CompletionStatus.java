package io.github.syntheticcustomers.core.journey;

import java.util.List;

/** The {@code completion_status} ids of a journey step. {@link #ABANDONED} is always the journey's last step. */
public final class CompletionStatus {

    public static final String COMPLETED = "completed";
    public static final String PARTIAL = "partial";
    public static final String SKIPPED = "skipped";
    public static final String ABANDONED = "abandoned";

    /** Every status, most complete first. */
    public static final List<String> ALL = List.of(COMPLETED, PARTIAL, SKIPPED, ABANDONED);

    private CompletionStatus() {
    }
}
