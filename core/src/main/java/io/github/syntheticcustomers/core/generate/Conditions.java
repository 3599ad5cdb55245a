package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import java.util.HashSet;
import java.util.List;

/**
 * What one customer's draws are conditioned on: nothing for the calibrated population ({@link #NONE}); a cohort's
 * condition for its members ({@link CohortAllocation}). Each stage of {@link ProfileGenerator} that a condition names
 * draws within it (an age within {@code youngest … oldest}, the pinned factors through the risk repair, the diagnosis
 * decided), so the customer meets the condition by construction and nothing is drawn twice.
 *
 * @param cohorts the cohorts the customer is generated for, written on the record (empty for none)
 * @param where the condition
 * @param youngest the youngest age the customer may have (with {@code oldest}: the age is drawn in that range)
 * @param oldest the oldest age the customer may have; below {@code youngest} when the age is not conditioned
 * @param fixed what a boundary case fixes (slot, gender, exact score, identity), or null for every customer of the
 *     dataset ({@link BoundaryCaseGenerator})
 */
record Conditions(List<String> cohorts, CohortConfig.Where where, int youngest, int oldest, FixedCase fixed) {

    /** An ordinary customer of the calibrated population. */
    static final Conditions NONE = new Conditions(List.of(), CohortConfig.Where.any(), 0, -1, null);

    Conditions {
        cohorts = List.copyOf(cohorts);
    }

    /** The conditions of a cohort member, with the ages its cell allows ({@link CohortAllocation#ages}). */
    static Conditions of(CohortAllocation.Member member, int[] ages) {
        return new Conditions(List.of(member.cohort().id()), member.where(), ages[0], ages[1], null);
    }

    /** The conditions of a boundary case: its exact age and what it fixes ({@link BoundaryCaseGenerator}). */
    static Conditions fixed(int age, FixedCase fixed) {
        return new Conditions(List.of(), CohortConfig.Where.any(), age, age, fixed);
    }

    /** These conditions with {@code where}'s measurement ranges (a boundary case at a cut-off: BoundaryCases). */
    Conditions measuring(CohortConfig.Where where) {
        return new Conditions(cohorts, where, youngest, oldest, fixed);
    }

    /** Whether the age is conditioned ({@link #youngest} … {@link #oldest}). */
    boolean agesSet() {
        return oldest >= youngest;
    }

    /** The factors held present or absent in the risk draw. */
    RiskModel.Pins pins() {
        if (this == NONE) {
            return RiskModel.Pins.NONE;
        }
        return new RiskModel.Pins(new HashSet<>(where.presentFactors()), new HashSet<>(where.withoutFactors()));
    }

    /**
     * Whether condition {@code factor} is diagnosed: {@code TRUE} or {@code FALSE} when the condition names it, null
     * when the customer's own draw decides.
     */
    Boolean diagnosis(String factor) {
        if (where.diagnosed().contains(factor)) {
            return Boolean.TRUE;
        }
        return where.undiagnosed().contains(factor) ? Boolean.FALSE : null;
    }

    /**
     * A customer whose latest measurements lie in {@code ranges} (by code; {@code [x, x]} for an exact value) and
     * whose age lies in {@code youngest … oldest}, outside any cohort: what a boundary case needs (docs/cohorts.md,
     * "Measurements and attributes"). The ages must be ones at which a programme measures each value
     * ({@link io.github.syntheticcustomers.core.config.MeasurementRanges#measurable}), and the customer's cell must
     * leave room for the points of the factors the ranges imply
     * ({@link io.github.syntheticcustomers.core.config.MeasurementRanges#extraPoints}); the ranges must be ones
     * {@code CohortValidator} accepts.
     */
    static Conditions measured(java.util.Map<String, CohortConfig.ValueRange> ranges, int youngest, int oldest) {
        return new Conditions(List.of(), new CohortConfig.Where(null, null, null, null, null, null, null, null,
                ranges, null, null, null, null), youngest, oldest, null);
    }
}
