package io.github.syntheticcustomers.core.journey;

import java.util.List;

/** The scenario type ids ({@code scenario_type}); which apply to a customer is decided by {@link ScenarioTypeSelector}. */
public final class ScenarioTypes {

    public static final String FIRST_TIME_USER = "first_time_user";
    public static final String RETURNING_USER = "returning_user";
    public static final String LAPSED_USER = "lapsed_user";
    public static final String LIFE_TRANSITION = "life_transition";
    public static final String RISK_FOLLOW_UP = "risk_follow_up";

    /** Every scenario type, in report order. */
    public static final List<String> ALL = List.of(FIRST_TIME_USER, RETURNING_USER, LAPSED_USER, LIFE_TRANSITION,
            RISK_FOLLOW_UP);

    private ScenarioTypes() {
    }
}
