package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.MeasurementsConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.ScreeningProgramme;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screening programmes of a configuration ({@code timeline.screening.programmes}) as rules: who a programme
 * applies to at which age, and which programme measures which value. The rules are the configuration's; this class
 * only reads them. Immutable and thread-safe.
 */
public final class ScreeningProgrammes {

    private final Map<String, ScreeningProgramme> programmes;
    private final Map<String, String> programmeOfCode;
    private final Map<String, Set<String>> conditionsOf;

    public ScreeningProgrammes(GeneratorConfig config) {
        this.programmes = config.timeline().screening().programmes();
        Map<String, String> byCode = new LinkedHashMap<>();
        programmes.forEach((id, p) -> p.measures().forEach(code -> byCode.putIfAbsent(code, id)));
        this.programmeOfCode = Collections.unmodifiableMap(byCode);
        Set<String> conditions = new LinkedHashSet<>();
        for (RiskConfig.Factor f : config.risk().factors()) {
            if ("condition".equals(f.kind())) {
                conditions.add(f.id());
            }
        }
        Map<String, Set<String>> of = new LinkedHashMap<>();
        for (String id : programmes.keySet()) {
            of.put(id, new LinkedHashSet<>());
        }
        for (MeasurementsConfig.Value v : config.measurements().values()) {
            String programme = byCode.get(v.code());
            for (MeasurementsConfig.Cut w : v.cuts()) {
                if (programme != null && conditions.contains(w.factor())) {
                    of.get(programme).add(w.factor());
                }
            }
        }
        of.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        this.conditionsOf = Collections.unmodifiableMap(of);
    }

    /** The programme ids, in configuration order. */
    public List<String> ids() {
        return List.copyOf(programmes.keySet());
    }

    /** Programme {@code id}'s configuration. */
    public ScreeningProgramme get(String id) {
        return programmes.get(id);
    }

        /**
     * Whether a kept visit screening {@code visitProgrammes} records {@code code}: a code no programme records (height,
     * weight, BMI) at every kept visit; a programme's code at every check-up, a visit screening any programme that
     * records values (blood pressure is taken and blood drawn once for all of them). So who has a value measured
     * depends on her visits, not on the value: a condition present only at a programme's own visits would pile its
     * cases up just above the cut-off and leave a hole below it.
     */
    public boolean records(List<String> visitProgrammes, String code) {
        if (programmeOf(code) == null) {
            return true;
        }
        for (String id : visitProgrammes) {
            ScreeningProgramme p = programmes.get(id);
            if (p != null && !p.measures().isEmpty()) {
                return true;
            }
        }
        return false;
    }

/** The programme whose visits measure {@code code}, or null for a code measured at every kept visit. */
    public String programmeOf(String code) {
        return programmeOfCode.get(code);
    }

    /** The conditions whose measured value programme {@code id} records (a customer with one is in care for it). */
    public Set<String> conditionsOf(String id) {
        return conditionsOf.get(id);
    }

    /** The programme that measures condition {@code factor}'s value, or null (a condition no visit measures). */
    public String programmeOfCondition(String factor) {
        for (Map.Entry<String, Set<String>> e : conditionsOf.entrySet()) {
            if (e.getValue().contains(factor)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether programme {@code id} applies to customers of {@code gender} at all. */
    public boolean forSex(String id, String gender) {
        List<String> sexes = programmes.get(id).sexes();
        return sexes == null || sexes.isEmpty() || sexes.contains(gender);
    }

    /**
     * Whether some schedule of programme {@code id} covers {@code age} for {@code gender}, whatever the risk
     * factors: what a visit's date and the customer's sex must satisfy.
     */
    public boolean ageAllowed(String id, String gender, int age) {
        if (!forSex(id, gender)) {
            return false;
        }
        for (ScreeningProgramme.Schedule s : programmes.get(id).schedules()) {
            if (age >= s.ages().min() && age <= s.ages().max()) {
                return true;
            }
        }
        return false;
    }

    /** Whole years of age on {@code date} of a customer born on {@code dob}. */
    public static int age(LocalDate dob, LocalDate date) {
        return Period.between(dob, date).getYears();
    }

    /**
     * One customer's rules for programme {@code id}: her sex, birth date and risk factors, and for each schedule its
     * interval (for a schedule with tests, that of the test {@code choices} picked: one uniform per schedule).
     */
    public Plan plan(String id, String gender, LocalDate dob, Set<String> factors, double[] choices) {
        List<ScreeningProgramme.Schedule> schedules = programmes.get(id).schedules();
        int[] intervals = new int[schedules.size()];
        for (int i = 0; i < intervals.length; i++) {
            ScreeningProgramme.Schedule s = schedules.get(i);
            if (s.intervalYears() != null) {
                intervals[i] = s.intervalYears();
            } else {
                List<ScreeningProgramme.Test> tests = new ArrayList<>(s.tests().values());
                double total = 0;
                for (ScreeningProgramme.Test t : tests) {
                    total += t.weight();
                }
                double u = choices[i] * total;
                int chosen = tests.size() - 1;
                for (int k = 0; k < tests.size(); k++) {
                    u -= tests.get(k).weight();
                    if (u < 0) {
                        chosen = k;
                        break;
                    }
                }
                intervals[i] = tests.get(chosen).intervalYears();
            }
        }
        boolean sex = forSex(id, gender);
        boolean[] applies = new boolean[schedules.size()];
        for (int i = 0; i < applies.length; i++) {
            List<String> needed = schedules.get(i).factors();
            applies[i] = sex && (needed == null || needed.isEmpty() || needed.stream().anyMatch(factors::contains));
        }
        return new Plan(id, dob, schedules, intervals, applies);
    }

    /** How many schedules programme {@code id} has: the uniforms {@link #plan} takes. */
    public int schedules(String id) {
        return programmes.get(id).schedules().size();
    }

    /**
     * One customer's rules for one programme: on which days it applies to her and at which interval. Immutable.
     */
    public static final class Plan {

        private final String id;
        private final LocalDate dob;
        private final List<ScreeningProgramme.Schedule> schedules;
        private final int[] intervals;
        private final boolean[] applies;

        private Plan(String id, LocalDate dob, List<ScreeningProgramme.Schedule> schedules, int[] intervals,
                boolean[] applies) {
            this.id = id;
            this.dob = dob;
            this.schedules = schedules;
            this.intervals = intervals;
            this.applies = applies;
        }

        /** The programme's id. */
        public String id() {
            return id;
        }

        /** The interval in force on {@code date} (the shortest of the schedules that apply), null if none does. */
        public Integer intervalOn(LocalDate date) {
            return intervalAt(age(dob, date));
        }

        private Integer intervalAt(int age) {
            Integer best = null;
            for (int i = 0; i < intervals.length; i++) {
                ScreeningProgramme.Schedule s = schedules.get(i);
                if (applies[i] && age >= s.ages().min() && age <= s.ages().max()
                        && (best == null || intervals[i] < best)) {
                    best = intervals[i];
                }
            }
            return best;
        }

        /**
         * The years back from a visit on {@code date} to the one before: its interval, lengthened to the interval in
         * force at the earlier visit when that one is longer (the earlier visit's own interval must have passed).
         */
        public int yearsBefore(LocalDate date) {
            int years = intervalOn(date);
            for (int guard = 0; guard < 200; guard++) {
                Integer earlier = intervalOn(date.minusYears(years));
                if (earlier == null || earlier <= years) {
                    break;
                }
                years = earlier;
            }
            return years;
        }

        /**
         * The day since which the programme has applied to her without a break, up to {@code date} (on which it
         * applies): the birthday at the youngest age of that stretch.
         */
        public LocalDate eligibleSince(LocalDate date) {
            int age = age(dob, date);
            while (age > 0 && intervalAt(age - 1) != null) {
                age--;
            }
            LocalDate day = dob.plusYears(age);
            return age(dob, day) < age ? day.plusDays(1) : day;
        }

        /**
         * The latest day on or before {@code date} and not before {@code earliest} on which the programme applies to
         * her, or null.
         */
        public LocalDate lastEligible(LocalDate date, LocalDate earliest) {
            if (intervalOn(date) != null) {
                return date;
            }
            for (int age = age(dob, date) - 1; age >= 0; age--) {
                if (intervalAt(age) != null) {
                    // the day before the birthday that ended that year of age
                    LocalDate next = dob.plusYears(age + 1L);
                    LocalDate day = (age(dob, next) < age + 1 ? next.plusDays(1) : next).minusDays(1);
                    return day.isBefore(earliest) ? null : day;
                }
                if (dob.plusYears(age).isBefore(earliest)) {
                    return null;
                }
            }
            return null;
        }
    }
}
