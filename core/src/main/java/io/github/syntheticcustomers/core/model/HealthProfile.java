package io.github.syntheticcustomers.core.model;

import java.util.List;

/** Conditions, family history, lifestyle and screening history: the risk factors behind the risk score. */
public record HealthProfile(
        List<Condition> conditions,
        List<FamilyHistory> familyHistory,
        Lifestyle lifestyle,
        ScreeningHistory screeningHistory) {

    public HealthProfile {
        conditions = List.copyOf(conditions);
        familyHistory = List.copyOf(familyHistory);
    }
}
