package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.RiskConfig;
import java.util.Locale;

/**
 * One configured risk factor ({@code risk.factors}), resolved: its position in draw order, kind, points, base
 * prevalence, exclusion group, trait link and, for lifestyle factors, the lifestyle value it sets. Factors of
 * the same {@code group} exclude each other (current vs former smoker).
 */
record RiskFactor(int index, String id, Kind kind, String label, int points, double prevalence, String group,
        RiskConfig.Link link, RiskConfig.LifestyleValue lifestyle) {

    /** The closed set of kinds ({@link RiskConfig#KINDS}). */
    enum Kind {
        CONDITION, FAMILY_HISTORY, LIFESTYLE;

        static Kind of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    static RiskFactor of(int index, RiskConfig.Factor f) {
        return new RiskFactor(index, f.id(), Kind.of(f.kind()), f.label(), f.points(), f.prevalence(), f.group(),
                f.link(), f.lifestyle());
    }

    boolean excludes(RiskFactor other) {
        return other.index != index && group != null && group.equals(other.group);
    }
}
