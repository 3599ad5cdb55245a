package io.github.syntheticcustomers.core.timeline;

import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.TimelineConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The screening visits of customer {@code i} (docs/timeline-model.md, "Screening visits"), programme by programme,
 * from (seed, configuration, i) and what the person model decided before: the traits, sex, birth date, risk factors
 * and social barriers, which conditions are present (the programme measuring one is followed and its last visit
 * kept: the customer is in care) and which show only in their measurement (then that programme's last visit is
 * recent: a value found at a check-up and not yet followed up). Immutable and thread-safe.
 */
public final class HealthModel {

    private final long seed;
    private final Instant asOf;
    private final LocalDate reference;
    private final TimelineConfig.Screening screening;
    private final ScreeningProgrammes programmes;
    /** The BMI's code: every kept visit records it. */
    private final String bmiCode;

    public HealthModel(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.asOf = PlatformModel.asOf(config);
        this.reference = config.referenceDate();
        this.screening = config.timeline().screening();
        this.programmes = new ScreeningProgrammes(config);
        this.bmiCode = config.measurements() == null || config.measurements().bmi() == null ? ""
                : config.measurements().bmi().code();
    }

    /** The programmes' rules. */
    public ScreeningProgrammes programmes() {
        return programmes;
    }

    /**
     * The screening course of customer {@code index}: her visits, in time order, and her programme rules.
     *
     * @param gender the profile's gender ({@code female}, {@code male}, {@code non_binary})
     * @param dob the date of birth
     * @param factors the ids of her present risk factors (conditions diagnosed or not, family history, lifestyle)
     * @param conditions the ids of her present conditions
     * @param undiagnosed the ids of those that show only in their measurement
     * @param barriers her social barriers (they lower adherence)
     */
    public ScreeningCourse course(long index, Traits t, String gender, LocalDate dob, Set<String> factors,
            Set<String> conditions, Set<String> undiagnosed, int barriers, ZoneId zone) {
        return course(index, t, gender, dob, factors, conditions, undiagnosed, barriers, zone, Set.of());
    }

    /**
     * The screening course of a customer who must have {@code measured} measured (a cohort's measurement ranges,
     * docs/cohorts.md): for each code, the first programme recording it (any programme for the BMI, which every kept
     * visit records) that applies to her in the years of the history is followed and its latest visit kept, as for a
     * condition in care. Empty: {@link #course(long, Traits, String, LocalDate, Set, Set, Set, int, ZoneId)}, the same
     * draws.
     *
     * @param measured the measurement codes she must have a kept visit measuring
     */
    public ScreeningCourse course(long index, Traits t, String gender, LocalDate dob, Set<String> factors,
            Set<String> conditions, Set<String> undiagnosed, int barriers, ZoneId zone, Set<String> measured) {
        Set<String> unmeasured = new java.util.LinkedHashSet<>(measured);
        Rng rng = Rng.of(seed, index, "screening-visits");
        boolean inCare = rng.chance(clamp(screening.history().of(t), 0.03, 0.98));
        double shift = screening.adherence().of(t) - screening.barrierPenalty() * barriers;
        double onTime = clamp(screening.onTime().of(t), 0, 1);
        LocalDate adult = birthday(dob, 18);
        LocalDate latest = PlatformModel.lastDay(asOf, zone).minusDays(1);
        // visits fall on local days before the last one that begins before the as-of instant
        TreeMap<LocalDate, Set<String>> planned = new TreeMap<>();
        Set<LocalDate> keep = new HashSet<>();
        List<ScreeningProgrammes.Plan> plans = new ArrayList<>();
        for (String id : programmes.ids()) {
            double[] choices = new double[programmes.schedules(id)];
            for (int i = 0; i < choices.length; i++) {
                choices[i] = rng.nextDouble();
            }
            ScreeningProgrammes.Plan plan = programmes.plan(id, gender, dob, factors, choices);
            plans.add(plan);
            boolean inCareFor = programmes.conditionsOf(id).stream().anyMatch(conditions::contains);
            boolean forced = forced(id, plan, unmeasured, latest, reference, dob);
            boolean condition = inCareFor;
            inCareFor |= forced;
            boolean found = programmes.conditionsOf(id).stream().anyMatch(undiagnosed::contains);
            double follow = rng.nextDouble();
            // a programme's visits go back its longest interval when that is longer than the history (a colonoscopy
            // of eight years ago is still on record)
            LocalDate earliest = max(adult, reference.minusYears(Math.max(screening.historyYears(), longest(id))));
            if (earliest.isAfter(latest)) {
                earliest = latest;
            }
            if (!inCareFor && !(inCare && follow < clamp(programmes.get(id).uptake() + shift, 0.02, 0.98))) {
                continue;
            }
            LocalDate last;
            LocalDate notBefore = earliest;
            if (found) {
                int daysAgo = Draws.between(rng, screening.undiagnosedLastVisitDays().min(),
                        screening.undiagnosedLastVisitDays().max());
                last = latest.minusDays(daysAgo - 1L);
                notBefore = max(earliest, latest.minusDays(screening.undiagnosedLastVisitDays().max() - 1L));
            } else {
                LocalDate anchor = plan.lastEligible(latest, earliest);
                if (anchor == null && !inCareFor) {
                    continue; // the programme has not applied to her in the years of the history
                }
                anchor = anchor == null ? latest : anchor;
                Integer years = plan.intervalOn(anchor);
                int span = years == null ? 365 : (int) ChronoUnit.DAYS.between(anchor.minusYears(years), anchor);
                if (years != null) {
                    // on time: since she became eligible (a woman of 41 had her first mammogram after 40)
                    span = (int) Math.min(span, ChronoUnit.DAYS.between(plan.eligibleSince(anchor), anchor) + 1);
                }
                boolean onSchedule = rng.chance(onTime);
                int min = screening.lastDaysAgoMin();
                int daysAgo = onSchedule ? Draws.between(rng, min, Math.max(min, span))
                        : span + Draws.between(rng, screening.overdueDays().min(), screening.overdueDays().max());
                last = anchor.minusDays(daysAgo - 1L);
            }
            if (forced && !condition && (last.isBefore(earliest) || plan.intervalOn(last) == null)) {
                last = plan.lastEligible(latest, earliest); // measured for a cohort: when the programme applied last
            } else if (inCareFor && (last.isBefore(earliest) || plan.intervalOn(last) == null)) {
                // in care since she became an adult (or recently eligible): the last visit in the years since
                last = earliest.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
            }
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate d = last; !d.isBefore(earliest) && plan.intervalOn(d) != null; ) {
                // a visit shortly after one already planned joins it (a check-up), if the programme applies then
                LocalDate floor = d.minusDays(screening.shareDays());
                floor = floor.isBefore(notBefore) ? notBefore : floor;
                LocalDate shared = planned.floorKey(d);
                if (shared != null && !shared.isBefore(floor) && plan.intervalOn(shared) != null) {
                    d = shared;
                }
                dates.add(d);
                notBefore = earliest;
                d = d.minusYears(plan.yearsBefore(d))
                        .minusDays(Draws.between(rng, screening.gapExtraDays().min(), screening.gapExtraDays().max()));
            }
            for (LocalDate d : dates) {
                planned.computeIfAbsent(d, k -> new java.util.LinkedHashSet<>()).add(id);
            }
            if (inCareFor && !dates.isEmpty()) {
                keep.add(dates.get(0)); // in care: the latest visit measuring the condition is kept
            }
        }
        List<Visit> visits = new ArrayList<>(planned.size());
        double noShow = clamp(screening.noShow().of(t), 0, 0.9);
        for (Map.Entry<LocalDate, Set<String>> e : planned.entrySet()) {
            LocalDate d = e.getKey();
            boolean attended = keep.contains(d) | !rng.chance(noShow);
            Instant at = PlatformModel.at(d, Draws.between(rng, screening.visitHour().min(),
                    screening.visitHour().max()), rng, zone);
            LocalDate bookedOn = d.minusDays(Draws.between(rng, screening.bookedDaysBefore().min(),
                    screening.bookedDaysBefore().max()));
            Instant booked = bookedOn.atTime(LocalTime.of(Draws.between(rng, 8, 19), rng.nextInt(60), rng.nextInt(60)))
                    .atZone(zone).toInstant();
            if (!booked.isBefore(at)) {
                booked = at.minusSeconds(3600);
            }
            List<String> screened = programmes.ids().stream().filter(e.getValue()::contains).toList();
            visits.add(new Visit(visits.size() + 1, booked, d, at, attended, screened));
        }
        return new ScreeningCourse(visits, plans);
    }

    /**
     * Whether programme {@code id} is followed because it measures a code still in {@code unmeasured} and applies to
     * her in the history's years; then the codes it records leave {@code unmeasured}.
     */
    private boolean forced(String id, ScreeningProgrammes.Plan plan, Set<String> unmeasured, LocalDate latest,
            LocalDate reference, LocalDate dob) {
        if (unmeasured.isEmpty()) {
            return false;
        }
        LocalDate earliest = max(birthday(dob, 18), reference.minusYears(Math.max(screening.historyYears(),
                longest(id))));
        if (earliest.isAfter(latest) || plan.lastEligible(latest, earliest) == null) {
            return false;
        }
        boolean any = false;
        for (java.util.Iterator<String> it = unmeasured.iterator(); it.hasNext(); ) {
            String code = it.next();
            if (code.equals(bmiCode) || programmes.get(id).measures().contains(code)) {
                it.remove();
                any = true;
            }
        }
        return any;
    }

    /** The longest interval programme {@code id} has, years. */
    private int longest(String id) {
        int years = 0;
        for (var s : programmes.get(id).schedules()) {
            years = Math.max(years, s.intervalYears() != null ? s.intervalYears()
                    : s.tests().values().stream().mapToInt(t -> t.intervalYears()).max().orElse(0));
        }
        return years;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The day the customer turns {@code years}: for a 29 February birth in a common year, 1 March. */
    static LocalDate birthday(LocalDate dob, int years) {
        LocalDate day = dob.plusYears(years);
        return java.time.Period.between(dob, day).getYears() < years ? day.plusDays(1) : day;
    }
}
