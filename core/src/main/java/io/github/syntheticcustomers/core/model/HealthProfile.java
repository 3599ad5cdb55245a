package io.github.syntheticcustomers.core.model;

import java.util.List;

/**
 * Diagnosed conditions, family history, lifestyle, screening history and measurements: the facts behind the risk
 * score. A condition that is present but undiagnosed is not among {@code conditions}; it shows in its measurement
 * (e.g. a blood pressure of 130/80 or more without a hypertension diagnosis).
 */
public record HealthProfile(
        List<Condition> conditions,
        List<FamilyHistory> familyHistory,
        Lifestyle lifestyle,
        ScreeningHistory screeningHistory,
        List<Observation> measurements) {

    public HealthProfile {
        conditions = List.copyOf(conditions);
        familyHistory = List.copyOf(familyHistory);
        measurements = List.copyOf(measurements);
    }

    /** The measurement with {@code code}, or null. */
    public Observation measurement(String code) {
        for (Observation o : measurements) {
            if (o.code().equals(code)) {
                return o;
            }
        }
        return null;
    }
}
