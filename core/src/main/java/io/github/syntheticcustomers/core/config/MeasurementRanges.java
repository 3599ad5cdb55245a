package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cohort's measurement ranges ({@code where.measurements}, docs/cohorts.md, "Measurements and attributes")
 * imply for the risk factors the values' cut-offs name, read from the configuration alone: the states of a value's
 * factors (none, or one of them: the members of one group exclude each other) in which its rounded value can lie in
 * the range, given the factors the cohort requires or excludes. A range at or above a cut-off means its factor is
 * present, one below every cut-off means none is; a range across a cut-off leaves the state to the customer's draw.
 * Blood pressure (two values one factor cuts) is present when either value is at or above its cut-off. Immutable.
 */
public final class MeasurementRanges {

    private MeasurementRanges() {
    }

    /** A measured value's code: {@code measurements.bmi.code} or one of {@code measurements.values[].code}. */
    public static MeasurementsConfig.Value value(GeneratorConfig config, String code) {
        MeasurementsConfig m = config.measurements();
        if (m == null || code == null) {
            return null;
        }
        if (m.bmi() != null && code.equals(m.bmi().code())) {
            return m.bmi();
        }
        for (MeasurementsConfig.Value v : m.values()) {
            if (v != null && code.equals(v.code())) {
                return v;
            }
        }
        return null;
    }

    /**
     * The states of the factors value {@code code} cuts that the cohort's condition allows: null for none present,
     * else the id of the one present. For a value one factor cuts together with another value (blood pressure), both
     * ranges count. Empty when none: the ranges contradict the factors the cohort requires or excludes.
     */
    public static List<String> states(GeneratorConfig config, CohortConfig.Where where, String code) {
        MeasurementsConfig.Value v = value(config, code);
        List<String> out = new ArrayList<>();
        if (v == null || v.cuts() == null || v.cuts().isEmpty()) {
            out.add(null);
            return out;
        }
        MeasurementsConfig.Value partner = partner(config, v);
        List<String> present = where.presentFactors();
        if (partner != null) {
            String f = v.cuts().get(0).factor();
            CohortConfig.ValueRange a = where.measurements().get(v.code());
            CohortConfig.ValueRange b = where.measurements().get(partner.code());
            double ca = v.cuts().get(0).at();
            double cb = partner.cuts().get(0).at();
            boolean absent = below(a, ca) && below(b, cb);
            boolean on = reaches(a, ca) || reaches(b, cb);
            if (absent && !present.contains(f)) {
                out.add(null);
            }
            if (on && !where.withoutFactors().contains(f)) {
                out.add(f);
            }
            return out;
        }
        CohortConfig.ValueRange r = where.measurements().get(code);
        List<MeasurementsConfig.Cut> cuts = v.cuts();
        Set<String> cutFactors = new LinkedHashSet<>();
        cuts.forEach(c -> cutFactors.add(c.factor()));
        boolean anyRequired = present.stream().anyMatch(cutFactors::contains);
        if (below(r, cuts.get(0).at()) && !anyRequired) {
            out.add(null);
        }
        for (int i = 0; i < cuts.size(); i++) {
            String f = cuts.get(i).factor();
            boolean fits = reaches(r, cuts.get(i).at())
                    && (i == cuts.size() - 1 || below(r, cuts.get(i + 1).at()));
            boolean otherRequired = present.stream().anyMatch(id -> cutFactors.contains(id) && !id.equals(f));
            if (fits && !where.withoutFactors().contains(f) && !otherRequired) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a value in the range can lie below the cut-off (at the value's rounding: a lower limit below it). */
    private static boolean below(CohortConfig.ValueRange r, double cut) {
        return r == null || r.atLeast() == null || r.atLeast() < cut;
    }

    /** Whether a value in the range can lie at or above the cut-off. */
    private static boolean reaches(CohortConfig.ValueRange r, double cut) {
        return r == null || r.atMost() == null || r.atMost() >= cut;
    }

    /** The value one factor cuts together with {@code v} (blood pressure's other value), or null. */
    public static MeasurementsConfig.Value partner(GeneratorConfig config, MeasurementsConfig.Value v) {
        if (v.cuts() == null || v.cuts().size() != 1 || config.measurements() == null) {
            return null;
        }
        for (MeasurementsConfig.Value w : config.measurements().values()) {
            if (w != null && w != v && w.cuts() != null && w.cuts().size() == 1
                    && w.cuts().get(0).factor().equals(v.cuts().get(0).factor())) {
                return w;
            }
        }
        return null;
    }

    /**
     * The factors every member has because of its ranges (a value whose allowed states are one factor), beside those
     * the cohort names.
     */
    public static List<String> forcedPresent(GeneratorConfig config, CohortConfig.Where where) {
        Set<String> out = new LinkedHashSet<>();
        for (String code : where.measurements().keySet()) {
            List<String> states = states(config, where, code);
            if (states.size() == 1 && states.get(0) != null) {
                out.add(states.get(0));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The most points the ranges can add to a member's score beyond the factors the cohort names: per value, its
     * allowed state's factor with the most points (0 when none present is allowed).
     */
    public static int extraPoints(GeneratorConfig config, CohortConfig.Where where) {
        Map<String, Integer> points = new java.util.HashMap<>();
        config.risk().factors().forEach(f -> points.put(f.id(), f.points() == null ? 0 : f.points()));
        Set<String> counted = new LinkedHashSet<>(where.presentFactors());
        int extra = 0;
        for (String code : where.measurements().keySet()) {
            int most = 0;
            String which = null;
            for (String s : states(config, where, code)) {
                if (s != null && !counted.contains(s) && points.getOrDefault(s, 0) > most) {
                    most = points.getOrDefault(s, 0);
                    which = s;
                }
            }
            if (which != null) {
                counted.add(which);
                extra += most;
            }
        }
        return extra;
    }

    /**
     * Whether a customer aged {@code age} on the reference date, of any of {@code genders}, with every factor of
     * {@code certain}, is measured {@code code} by some screening programme: one recording it ({@code measures}; the
     * BMI is recorded at every kept visit, so any programme) that applies to every one of those genders, with a
     * schedule that applies to her at the age she had in the year before the reference date (an adult one), without
     * factors or with one of {@code certain}.
     */
    public static boolean measurable(GeneratorConfig config, String code, int age, List<String> genders,
            java.util.Collection<String> certain) {
        int at = age - 1;
        if (at < 18 || config.timeline() == null || config.timeline().screening() == null
                || config.timeline().screening().programmes() == null) {
            return false;
        }
        boolean bmi = config.measurements().bmi() != null && code.equals(config.measurements().bmi().code());
        for (ScreeningProgramme p : config.timeline().screening().programmes().values()) {
            if (p == null || !bmi && (p.measures() == null || !p.measures().contains(code))) {
                continue;
            }
            if (p.sexes() != null && !p.sexes().isEmpty() && !p.sexes().containsAll(genders)) {
                continue;
            }
            for (ScreeningProgramme.Schedule s : p.schedules() == null ? List.<ScreeningProgramme.Schedule>of()
                    : p.schedules()) {
                boolean factors = s.factors() == null || s.factors().isEmpty()
                        || s.factors().stream().anyMatch(certain::contains);
                IntRange ages = s.ages();
                boolean aged = ages == null || (ages.min() == null || at >= ages.min())
                        && (ages.max() == null || at <= ages.max());
                if (factors && aged) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some screening programme records {@code code} at all (any programme, for the BMI). */
    public static boolean measuredByAny(GeneratorConfig config, String code) {
        if (config.timeline() == null || config.timeline().screening() == null
                || config.timeline().screening().programmes() == null) {
            return false;
        }
        boolean bmi = config.measurements().bmi() != null && code.equals(config.measurements().bmi().code());
        for (ScreeningProgramme p : config.timeline().screening().programmes().values()) {
            if (p != null && (bmi || p.measures() != null && p.measures().contains(code))) {
                return true;
            }
        }
        return false;
    }
}
