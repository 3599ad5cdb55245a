package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.model.Condition;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.Lifestyle;
import io.github.syntheticcustomers.core.model.Observation;

/**
 * Whether a profile shows a case of a risk factor, read from the files alone, as the reference table's
 * definitions say: a condition is a case when it is diagnosed or when a measurement lies in the range the
 * {@code measurements} section gives that condition (an undiagnosed case); a lifestyle factor is a case when the
 * lifestyle field holds its value or lies in its range; a family history when it is listed.
 */
public final class HealthCases {

    private HealthCases() {
    }

    /** Whether {@code c} shows factor {@code f} under {@code config}. */
    public static boolean isCase(RiskConfig.Factor f, CustomerProfile c, GeneratorConfig config) {
        return switch (f.kind()) {
            case "condition" -> diagnosed(f, c) || measuredCase(f, c, config.measurements());
            case "family_history" -> c.healthProfile().familyHistory().stream()
                    .anyMatch(h -> h.condition().equals(f.label()));
            default -> lifestyleCase(f.lifestyle(), c.healthProfile().lifestyle());
        };
    }

    /** Whether the condition {@code f} is among the diagnosed conditions. */
    static boolean diagnosed(RiskConfig.Factor f, CustomerProfile c) {
        for (Condition condition : c.healthProfile().conditions()) {
            if (condition.name().equals(f.label())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a measurement lies in the untreated range the configuration gives condition {@code f}. */
    static boolean measuredCase(RiskConfig.Factor f, CustomerProfile c, MeasurementsConfig m) {
        for (MeasurementsConfig.Value v : m.values()) {
            Observation o = c.healthProfile().measurement(v.code());
            if (o == null) {
                continue;
            }
            for (MeasurementsConfig.When w : v.when()) {
                if (w.factor().equals(f.id()) && within(o.value(), w.range())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean within(double value, MeasurementsConfig.Range range) {
        // values are rounded to at most two decimals: compare with half a hundredth of slack
        return value >= range.min() - 0.005 && value <= range.max() + 0.005;
    }

    private static boolean lifestyleCase(RiskConfig.LifestyleValue v, Lifestyle l) {
        return switch (v.field()) {
            case "smoking" -> v.value().equals(l.smoking());
            case "alcohol" -> v.value().equals(l.alcohol());
            case "physical_activity" -> v.value().equals(l.physicalActivity());
            case "diet" -> v.value().equals(l.diet());
            case "stress_level" -> v.value().equals(l.stressLevel());
            case "sleep_hours" -> l.sleepHours() >= v.min() - 0.05 && l.sleepHours() <= v.max() + 0.05;
            case "bmi" -> l.bmi() >= v.min() - 0.05 && l.bmi() <= v.max() + 0.05;
            default -> false; // the validator admits only RiskConfig.LIFESTYLE_FIELDS
        };
    }
}
