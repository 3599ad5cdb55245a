package io.github.syntheticcustomers.core.journey;

import java.util.List;

/**
 * The emotional-state vocabulary of journey steps ({@code emotional_state}): plain lower-case ids that
 * consumers (the engagement engine, quality checks, tests) may rely on. The configuration's transition
 * model may only use these ids.
 */
public final class EmotionalStates {

    public static final String CURIOUS = "curious";
    public static final String ANXIOUS = "anxious";
    public static final String HOPEFUL = "hopeful";
    public static final String CONFIDENT = "confident";
    public static final String MOTIVATED = "motivated";
    public static final String OVERWHELMED = "overwhelmed";
    public static final String INDIFFERENT = "indifferent";
    public static final String DISTRACTED = "distracted";
    public static final String RELIEVED = "relieved";
    public static final String FRUSTRATED = "frustrated";

    /** Every emotional state, in a fixed order (the order of the transition matrix). */
    public static final List<String> ALL = List.of(CURIOUS, ANXIOUS, HOPEFUL, CONFIDENT, MOTIVATED, OVERWHELMED,
            INDIFFERENT, DISTRACTED, RELIEVED, FRUSTRATED);

    /** States that call for support (reassurance, guidance) rather than encouragement. */
    public static final List<String> NEGATIVE = List.of(ANXIOUS, OVERWHELMED, INDIFFERENT, DISTRACTED, FRUSTRATED);

    private EmotionalStates() {
    }

    /** Position of {@code state} in {@link #ALL}, or -1. */
    public static int indexOf(String state) {
        return ALL.indexOf(state);
    }
}
