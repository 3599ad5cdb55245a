package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.model.SocialDeterminants;
import java.util.ArrayList;
import java.util.List;

/**
 * Which records are generated for a cohort ({@code cohorts[]}, docs/cohorts.md), placed exactly and without retry.
 *
 * <ol>
 *   <li>Each cohort's size: its {@code count}, or its {@code share} of the dataset by largest remainder over all
 *       shares (the rest of the dataset being one more part).</li>
 *   <li>The cells of {@link Allocation} (persona × decade × risk level) that can hold a member: a persona and level
 *       the condition allows, and an age the persona, the decade and the condition's age range share (from 19 when
 *       the cohort names a diagnosed condition: a diagnosis of adult life needs an adult year before the reference
 *       date), with room below the level's ceiling for the required factors' points, the age points and every
 *       social-barrier point.</li>
 *   <li>Each cohort's size split over those cells by largest remainder, in proportion to the slots the cohorts before
 *       it left, capped by them. A cohort that does not fit is refused with what it asked and what there is.</li>
 *   <li>Within a cell, the first slots go to the cohorts in configuration order. Record {@code i}'s slot in its cell
 *       ({@link Allocation#cellPosition}) says whether it is a member, so record {@code i} still needs only
 *       {@code i}, and the dataset's persona, decade and risk-level counts are those of the allocation unchanged.</li>
 * </ol>
 *
 * <p>A customer is generated for at most one cohort. The member's draws are then conditioned on the cohort's
 * condition ({@link ProfileGenerator}): the age within the cell's allowed range, the gender from the cohort's own
 * block of the persona's exact gender counts ({@link GenderAllocation}), required factors held present and excluded
 * ones absent through the risk draw's repair (their liabilities redrawn inside the implied band), and the diagnosis
 * of a named condition decided.
 */
final class CohortAllocation {

    /** The oldest age a cohort's range may reach when it sets no upper limit. */
    private static final int OLDEST = 120;
    /** The youngest age of a customer with a diagnosis of adult life on the record (see the class comment). */
    static final int YOUNGEST_DIAGNOSED = 19;

    private final GeneratorConfig config;
    private final Allocation allocation;
    private final RiskModel risk;
    private final List<CohortConfig> cohorts;
    /** claimed[cell][c]: the slots of cohort {@code c} in the cell, laid out in cohort order from offset 0. */
    private final long[][] claimed;
    /** membersBefore[cell][c]: members of cohort {@code c} in the earlier cells of the cell's persona. */
    private final long[][] membersBefore;
    /** Per cohort: its members per persona. */
    private final long[][] perPersona;

    CohortAllocation(GeneratorConfig config, Allocation allocation, RiskModel risk) {
        this.config = config;
        this.allocation = allocation;
        this.risk = risk;
        this.cohorts = config.cohorts();
        int cells = allocation.cells();
        int n = cohorts.size();
        this.claimed = new long[cells][n];
        this.membersBefore = new long[cells][n];
        this.perPersona = new long[n][config.personas().size()];
        if (n == 0) {
            return;
        }
        long[] sizes = sizes(cohorts, allocation.count());
        long[] left = new long[cells];
        for (int cell = 0; cell < cells; cell++) {
            left[cell] = allocation.cellSize(cell);
        }
        for (int c = 0; c < n; c++) {
            double[] weights = new double[cells];
            long[] caps = new long[cells];
            long room = 0;
            for (int cell = 0; cell < cells; cell++) {
                if (ages(c, cell) != null) {
                    caps[cell] = left[cell];
                    weights[cell] = left[cell];
                    room += left[cell];
                }
            }
            if (room < sizes[c]) {
                throw ConfigException.of("cohorts." + c, "'" + cohorts.get(c).id() + "' needs " + sizes[c]
                        + " customers, but only " + room + " of the dataset's " + allocation.count()
                        + " can meet its condition (" + describe(cohorts.get(c)) + ")"
                        + (c > 0 ? " after the cohorts before it took theirs" : ""),
                        sizes[c], "a smaller count or share, a wider condition, or a larger dataset");
            }
            long[] split = Apportion.largestRemainder(sizes[c], weights, caps);
            for (int cell = 0; cell < cells; cell++) {
                claimed[cell][c] = split[cell];
                left[cell] -= split[cell];
            }
        }
        long[] running = new long[n];
        int persona = -1;
        for (int cell = 0; cell < cells; cell++) {
            if (allocation.cellPersona(cell) != persona) {
                persona = allocation.cellPersona(cell);
                java.util.Arrays.fill(running, 0);
            }
            for (int c = 0; c < n; c++) {
                membersBefore[cell][c] = running[c];
                running[c] += claimed[cell][c];
                perPersona[c][persona] += claimed[cell][c];
            }
        }
    }

    /** Each cohort's size: its count, or its share of {@code total} by largest remainder ({@link CohortSizes}). */
    private static long[] sizes(List<CohortConfig> cohorts, long total) {
        return CohortSizes.sizes(cohorts, total);
    }

    /**
     * The ages a member of cohort {@code c} may have in {@code cell}, {@code {lowest, highest}}, or null when the cell
     * cannot hold one (another persona or level, no shared age, or no room below the level's ceiling).
     */
    int[] ages(int c, int cell) {
        CohortConfig.Where where = where(c);
        PersonaConfig persona = config.personas().get(config.personaIds().get(allocation.cellPersona(cell)));
        String personaId = config.personaIds().get(allocation.cellPersona(cell));
        int level = allocation.cellLevel(cell);
        if (!where.personas().isEmpty() && !where.personas().contains(personaId)
                || !where.riskLevels().isEmpty() && !where.riskLevels().contains(config.riskLevelIds().get(level))) {
            return null;
        }
        int decade = allocation.decadeStart(allocation.cellDecade(cell));
        int low = Math.max(persona.age().min(), decade);
        int high = Math.min(persona.age().max(), decade + 9);
        if (where.age() != null) {
            low = Math.max(low, where.age().from() == null ? 0 : where.age().from());
            high = Math.min(high, where.age().to() == null ? OLDEST : where.age().to());
        }
        if (!where.diagnosed().isEmpty()) {
            low = Math.max(low, YOUNGEST_DIAGNOSED);
        }
        int[] measured = measuredAges(where, low, high);
        low = measured[0];
        high = measured[1];
        int[] journeys = CohortJourneys.ages(where, config); // life events and engagement
        low = Math.max(low, journeys[0]);
        high = Math.min(high, journeys[1]);
        int required = requiredPoints(where);
        int ceiling = risk.bandHigh(level, config.riskLevels().size());
        int barriers = risk.barrierPoints(SocialDeterminants.NO_BARRIER.size());
        while (high >= low && required + risk.agePoints(high) + barriers >= ceiling) {
            high--;
        }
        return high >= low ? new int[] {low, high} : null;
    }

    /**
     * The ages within {@code low … high} at which a screening programme measures every value the cohort's ranges
     * name ({@link io.github.syntheticcustomers.core.config.MeasurementRanges#measurable}): the first run of such
     * ages, so each member has the value measured (docs/cohorts.md, "Measurements and attributes").
     */
    private int[] measuredAges(CohortConfig.Where where, int low, int high) {
        if (where.measurements().isEmpty()) {
            return new int[] {low, high};
        }
        List<String> genders = where.gender().isEmpty()
                ? io.github.syntheticcustomers.core.config.DemographicsConfig.GENDERS : where.gender();
        java.util.Set<String> certain = new java.util.LinkedHashSet<>(where.presentFactors());
        certain.addAll(io.github.syntheticcustomers.core.config.MeasurementRanges.forcedPresent(config, where));
        int from = -1;
        for (int age = low; age <= high; age++) {
            boolean all = true;
            for (String code : where.measurements().keySet()) {
                all &= io.github.syntheticcustomers.core.config.MeasurementRanges.measurable(config, code, age,
                        genders, certain);
            }
            if (all && from < 0) {
                from = age;
            } else if (!all && from >= 0) {
                return new int[] {from, age - 1};
            }
        }
        return from < 0 ? new int[] {low, low - 1} : new int[] {from, high};
    }

    /** The points of the factors every member of the cohort has. */
    private int requiredPoints(CohortConfig.Where where) {
        int points = 0;
        for (String id : where.presentFactors()) {
            for (RiskConfig.Factor f : config.risk().factors()) {
                if (f.id().equals(id) && f.points() != null) {
                    points += f.points();
                }
            }
        }
        // the most a measurement range's factor can add (docs/cohorts.md, "Measurements and attributes")
        return points + io.github.syntheticcustomers.core.config.MeasurementRanges.extraPoints(config, where);
    }

    private CohortConfig.Where where(int c) {
        CohortConfig.Where where = cohorts.get(c).where();
        return where == null ? CohortConfig.Where.any() : where;
    }

    /** The condition in words, for a refusal. */
    private static String describe(CohortConfig cohort) {
        CohortConfig.Where w = cohort.where() == null ? CohortConfig.Where.any() : cohort.where();
        List<String> parts = new ArrayList<>();
        if (!w.personas().isEmpty()) {
            parts.add("personas " + String.join(", ", w.personas()));
        }
        if (w.age() != null) {
            parts.add("aged " + (w.age().from() == null ? 0 : w.age().from()) + "–"
                    + (w.age().to() == null ? OLDEST : w.age().to()));
        }
        if (!w.riskLevels().isEmpty()) {
            parts.add("risk levels " + String.join(", ", w.riskLevels()));
        }
        if (!w.presentFactors().isEmpty()) {
            parts.add("with " + String.join(", ", w.presentFactors())
                    + " within each level's points, with every age and social-barrier point");
        }
        if (!w.diagnosed().isEmpty()) {
            parts.add("diagnosed, so aged " + YOUNGEST_DIAGNOSED + " or more");
        }
        if (!w.measurements().isEmpty()) {
            List<String> ranges = new ArrayList<>();
            w.measurements().forEach((code, r) -> ranges.add(code + " " + r));
            parts.add("measured " + String.join(", ", ranges) + ", at the ages a screening programme measures it");
        }
        if (!w.lifeEvents().isEmpty()) {
            parts.add("with " + String.join(", ", w.lifeEvents().stream().map(e -> e.type() + " within "
                    + e.withinDays() + " days").toList()) + ", so of an age its type can have in the last year");
        }
        if (!w.engagement().isEmpty()) {
            parts.add("engagement " + String.join(", ", w.engagement()) + ", so past the youngest account age");
        }
        return parts.isEmpty() ? "any customer" : String.join("; ", parts);
    }

    /** The cohorts, in configuration order. */
    List<CohortConfig> cohorts() {
        return cohorts;
    }

    /** Members of cohort {@code c} in persona {@code persona}. */
    long members(int c, int persona) {
        return perPersona[c][persona];
    }

    /** The cohort record {@code index} was generated for, or null. */
    Member member(long index) {
        if (cohorts.isEmpty()) {
            return null;
        }
        Allocation.CellPosition at = allocation.cellPosition(index);
        long start = 0;
        for (int c = 0; c < cohorts.size(); c++) {
            long slots = claimed[at.cell()][c];
            if (at.offset() < start + slots) {
                return new Member(c, cohorts.get(c), at.cell(), membersBefore[at.cell()][c] + at.offset() - start);
            }
            start += slots;
        }
        return null;
    }

    /**
     * The members of cohorts matching {@code counted} in record {@code index}'s persona that come before it in the
     * persona's layout (cells in order, cohort slots first within a cell).
     */
    long before(long index, java.util.function.IntPredicate counted) {
        Allocation.CellPosition at = allocation.cellPosition(index);
        long n = 0;
        long start = 0;
        for (int c = 0; c < cohorts.size(); c++) {
            long slots = claimed[at.cell()][c];
            if (counted.test(c)) {
                n += membersBefore[at.cell()][c] + Math.min(slots, Math.max(0, at.offset() - start));
            }
            start += slots;
        }
        return n;
    }

    /**
     * A record generated for a cohort.
     *
     * @param index the cohort's index in configuration order
     * @param cohort the cohort
     * @param cell the record's cell
     * @param rank the record's rank among the cohort's members of its persona, from 0
     */
    record Member(int index, CohortConfig cohort, int cell, long rank) {

        CohortConfig.Where where() {
            return cohort.where() == null ? CohortConfig.Where.any() : cohort.where();
        }
    }
}
