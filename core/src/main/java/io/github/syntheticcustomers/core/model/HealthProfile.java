package io.github.syntheticcustomers.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Diagnosed conditions, family history, lifestyle, screening history and measurements: the facts behind the risk
 * score. A condition that is present but undiagnosed is not among {@code conditions}; it shows in its measurement
 * (e.g. a blood pressure of 130/80 or more without a hypertension diagnosis).
 *
 * @param measurements every measurement panel of the customer's kept screening visits: oldest panel first, each
 *     panel's values in the configuration's code order: height, weight and BMI, and the values the visit's screening
 *     programmes record; empty for a customer who was never screened
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

    /** The latest measurement with {@code code} (of the latest panel that has it), or null. */
    public Observation measurement(String code) {
        for (int i = measurements.size() - 1; i >= 0; i--) {
            Observation o = measurements.get(i);
            if (o.code().equals(code)) {
                return o;
            }
        }
        return null;
    }

    /** The dates of the measurement panels, oldest first (one panel per screening visit). */
    public List<LocalDate> panelDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (Observation o : measurements) {
            if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(o.date())) {
                dates.add(o.date());
            }
        }
        return List.copyOf(dates);
    }

    /** The measurements of the panel taken on {@code date}, in the configuration's code order (empty if none). */
    public List<Observation> panel(LocalDate date) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : measurements) {
            if (o.date().equals(date)) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }
}
