package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.RiskConfig;
import java.util.Locale;

/**
 * One configured risk factor ({@code risk.factors}), resolved: its position in draw order, kind, points, the
 * reference rate its prevalence comes from (or null), exclusion group and, for lifestyle factors, the lifestyle
 * value it sets. Factors of the same {@code group} exclude each other (current vs former smoker). Probabilities
 * come from {@link RiskConfig#probabilities}.
 */
record RiskFactor(int index, String id, Kind kind, String label, int points, String reference, String group,
        RiskConfig.LifestyleValue lifestyle) {

    /** The closed set of kinds ({@link RiskConfig#KINDS}). */
    enum Kind {
        CONDITION, FAMILY_HISTORY, LIFESTYLE;

        static Kind of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    static RiskFactor of(int index, RiskConfig.Factor f) {
        return new RiskFactor(index, f.id(), Kind.of(f.kind()), f.label(), f.points(), f.reference(), f.group(),
                f.lifestyle());
    }

    boolean excludes(RiskFactor other) {
        return other.index != index && group != null && group.equals(other.group);
    }
}
