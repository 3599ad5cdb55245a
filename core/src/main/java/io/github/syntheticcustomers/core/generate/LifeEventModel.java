package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.LifeEventsConfig;
import io.github.syntheticcustomers.core.config.RiskConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Rng;
import io.github.syntheticcustomers.core.model.LifeEvent;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer's life events from the {@code life_events} vocabulary. Three ways, each type one of them:
 * <ul>
 * <li>derived: the social frame's dated facts (finishing education, the marriage, its end, the births) recorded as
 * the type that names them ({@code derived.from});</li>
 * <li>bound to a birthday ({@code at_age}): on that birthday, with probability {@code chance}, when it lies before
 * the reference date;</li>
 * <li>drawn ({@code rates}): the number of events is Poisson with mean λ = Σ over the age bands of (years of exposure
 * in the band × the band's rate) × the persona's multiplier × the traits' multipliers, drawn by inverting its
 * distribution function with one uniform; a type that is not repeatable has at most one (probability 1 − e^−λ). Each
 * event's date: a band drawn in proportion to its share of λ, then a uniform day of the band's exposure. Exposure
 * runs from the type's youngest age ({@code min_age}, 18 when unstated) to its oldest or the day before the reference date, and
 * for a type {@code after} another from the day after that type's first event: dates fall inside the window by
 * construction, never clamped, never redrawn.</li>
 * </ul>
 * A drawn type that is not repeatable is not drawn for a customer whose frame already recorded it (a widow's
 * bereavement). Types are drawn in dependency order, each from its own random stream, so declaring a type leaves
 * the other types' events alone.
 */
final class LifeEventModel {

    private static final double DAYS_PER_YEAR = 365.25;
    /** The most events of one repeatable type: far in the tail for any plausible rate. */
    private static final int MAX_COUNT = 50;

    private final long seed;
    private final LocalDate reference;
    private final LifeEventsConfig events;
    /** The types with rates or a birthday, each after the type it depends on. */
    private final List<LifeEventsConfig.Type> ordered;

    LifeEventModel(GeneratorConfig config, long seed) {
        this.seed = seed;
        this.reference = config.referenceDate();
        this.events = config.lifeEvents();
        this.ordered = dependencyOrder(events.types());
    }

    /** The types in an order where each comes after the type it names in {@code after} (validated: no cycle). */
    private static List<LifeEventsConfig.Type> dependencyOrder(List<LifeEventsConfig.Type> types) {
        Set<String> placed = new LinkedHashSet<>();
        List<LifeEventsConfig.Type> out = new ArrayList<>();
        while (out.size() < types.size()) {
            int before = out.size();
            for (LifeEventsConfig.Type t : types) {
                if (!placed.contains(t.id()) && (t.after() == null || placed.contains(t.after()))) {
                    placed.add(t.id());
                    out.add(t);
                }
            }
            if (out.size() == before) {
                throw new IllegalStateException("unvalidated cycle among life events");
            }
        }
        return out;
    }

    /** The life events of a customer, sorted by date, then type. */
    List<LifeEvent> events(long index, String persona, Traits traits, String gender, LocalDate dob,
            SocialFrame.Frame frame) {
        return events(index, persona, traits, gender, dob, frame, List.of());
    }

    /**
     * The life events of a customer, sorted by date, then type, with an event of each type {@code within} names dated
     * within its days before the reference date (a cohort's {@code where.life_events}, docs/cohorts.md):
     * <ul>
     * <li>a birthday type: its chance is not drawn, the event happens (the cohort's age and date of birth put the
     *     birthday in the window: {@link CohortJourneys});</li>
     * <li>a drawn type: drawn as usual; when none of its events lies in the window, one is placed on a uniform day of
     *     the window that lies in the type's age window (the cohort's ages make it one year wide at least) and after
     *     its prerequisite's first event ({@code after}), and a type that is not repeatable keeps only that one of its
     *     drawn events. It is placed before the types drawn after it are drawn. Each prerequisite (transitively) has a
     *     first event by the day before the last one (its own prerequisite's a day earlier), drawn as usual or else
     *     placed ({@link #placeBefore}).</li>
     * </ul>
     */
    List<LifeEvent> events(long index, String persona, Traits traits, String gender, LocalDate dob,
            SocialFrame.Frame frame, List<CohortConfig.LifeEventWithin> within) {
        List<LifeEvent> fromFrame = derived(frame, dob, gender);
        List<LifeEvent> out = new ArrayList<>(fromFrame);
        Map<String, Integer> before = prerequisites(within);
        for (LifeEventsConfig.Type t : ordered) {
            Integer days = windowDays(t, within);
            if (t.atAge() != null) {
                if (days != null) {
                    out.add(event(t, ProfileGenerator.birthday(dob, t.atAge()), dob, t.description()));
                } else {
                    birthdayEvent(t, index, gender, dob, out);
                }
            } else if (t.drawn()) {
                drawn(t, index, persona, traits, gender, dob, out);
                if (before.containsKey(t.id())) {
                    placeBefore(t, reference.minusDays(before.get(t.id())), index, dob, out, fromFrame);
                }
                if (days != null) {
                    placeWithin(t, days, index, dob, out, fromFrame);
                }
            }
        }
        out.sort(Comparator.comparing(LifeEvent::date).thenComparing(LifeEvent::type));
        return out;
    }

    /** The shortest window {@code within} sets for type {@code t}, or null when it names none. */
    private static Integer windowDays(LifeEventsConfig.Type t, List<CohortConfig.LifeEventWithin> within) {
        Integer days = null;
        for (CohortConfig.LifeEventWithin w : within) {
            if (w.type().equals(t.id()) && (days == null || w.withinDays() < days)) {
                days = w.withinDays();
            }
        }
        return days;
    }

    /**
     * The types a conditioned type follows ({@code after}, transitively), each with the days before the reference date
     * its first event must lie by: 1 + its depth in the chain (the direct prerequisite the day before the last day,
     * its own one a day earlier), the least over the conditions.
     */
    private Map<String, Integer> prerequisites(List<CohortConfig.LifeEventWithin> within) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (CohortConfig.LifeEventWithin w : within) {
            LifeEventsConfig.Type t = events.type(w.type());
            int depth = 1;
            while (t != null && t.after() != null) {
                depth++;
                out.merge(t.after(), depth, Math::max);
                t = events.type(t.after());
            }
        }
        return out;
    }

    /**
     * A first event of drawn type {@code t} on or before {@code by}, for a conditioned type that follows it: kept when
     * the draw gave one, else placed on a uniform day from the type's youngest age (and after its own prerequisite's
     * first event) to {@code by}; a type that is not repeatable keeps only that one of its drawn events.
     */
    private void placeBefore(LifeEventsConfig.Type t, LocalDate by, long index, LocalDate dob, List<LifeEvent> out,
            List<LifeEvent> fromFrame) {
        LocalDate first = first(out, t.id());
        if (first != null && !first.isAfter(by)) {
            return;
        }
        LocalDate lo = ProfileGenerator.birthday(dob, t.youngest());
        if (t.after() != null) {
            LocalDate prior = first(out, t.after());
            lo = prior != null && !prior.plusDays(1).isBefore(lo) ? prior.plusDays(1) : lo;
        }
        LocalDate hi = ProfileGenerator.birthday(dob, t.oldest() + 1).minusDays(1);
        hi = hi.isBefore(by) ? hi : by;
        if (lo.isAfter(hi)) {
            throw new IllegalStateException("no day for life event " + t.id() + " by " + by);
        }
        if (!isTrue(t.repeatable())) {
            out.removeIf(e -> e.type().equals(t.id()) && !fromFrame.contains(e));
        }
        Rng rng = Rng.of(seed, index, "life-event-before:" + t.id());
        out.add(event(t, lo.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(lo, hi) + 1)), dob,
                t.description()));
    }

    /** An event of drawn type {@code t} within {@code days} before the reference date (see {@link #events}). */
    private void placeWithin(LifeEventsConfig.Type t, int days, long index, LocalDate dob, List<LifeEvent> out,
            List<LifeEvent> fromFrame) {
        LocalDate windowStart = reference.minusDays(days);
        for (LifeEvent e : out) {
            if (e.type().equals(t.id()) && !e.date().isBefore(windowStart)) {
                return;
            }
        }
        LocalDate lo = ProfileGenerator.birthday(dob, t.youngest());
        lo = lo.isBefore(windowStart) ? windowStart : lo;
        if (t.after() != null) {
            // its prerequisite's first event lies at least a day before the last day (placeBefore)
            LocalDate prior = first(out, t.after()).plusDays(1);
            lo = prior.isAfter(lo) ? prior : lo;
        }
        LocalDate hi = ProfileGenerator.birthday(dob, t.oldest() + 1).minusDays(1);
        hi = hi.isBefore(reference) ? hi : reference.minusDays(1);
        if (lo.isAfter(hi)) {
            // CohortJourneys.ages gives the member an age in the type's window: never reached
            throw new IllegalStateException("no day for life event " + t.id() + " within " + days + " days");
        }
        if (!isTrue(t.repeatable())) {
            out.removeIf(e -> e.type().equals(t.id()) && !fromFrame.contains(e));
        }
        Rng rng = Rng.of(seed, index, "life-event-within:" + t.id());
        LocalDate day = lo.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(lo, hi) + 1));
        out.add(event(t, day, dob, t.description()));
    }

    /** The frame's dated facts, each as the type that records it (a fact no type records is not shown). */
    private List<LifeEvent> derived(SocialFrame.Frame f, LocalDate dob, String gender) {
        List<LifeEvent> out = new ArrayList<>();
        add(out, "graduation", f.graduated(), dob, gender, f.education());
        add(out, "marriage", f.married(), dob, gender, null);
        if (f.ended() != null) {
            add(out, switch (f.maritalStatus()) {
                case "divorced" -> "divorce";
                case "separated" -> "separation";
                default -> "widowhood";
            }, f.ended(), dob, gender, null);
        }
        for (int k = 0; k < Math.min(2, f.births().size()); k++) {
            add(out, k == 0 ? "first_birth" : "second_birth", f.births().get(k), dob, gender, null);
        }
        return out;
    }

    private void add(List<LifeEvent> out, String fact, LocalDate date, LocalDate dob, String gender,
            String education) {
        LifeEventsConfig.Type t = events.derivedFrom(fact);
        if (t == null || date == null || !t.admits(gender)) {
            return;
        }
        LifeEventsConfig.Derived d = t.derived();
        String text = education != null && d.byEducation() != null && d.byEducation().containsKey(education)
                ? d.byEducation().get(education) : d.description() != null ? d.description() : t.description();
        out.add(event(t, date, dob, text));
    }

    private void birthdayEvent(LifeEventsConfig.Type t, long index, String gender, LocalDate dob,
            List<LifeEvent> out) {
        LocalDate day = ProfileGenerator.birthday(dob, t.atAge());
        if (!t.admits(gender) || !day.isBefore(reference) || has(out, t.id())) {
            return;
        }
        double chance = t.chance() == null ? 1.0 : t.chance();
        if (Rng.of(seed, index, "life-event:" + t.id()).chance(chance)) {
            out.add(event(t, day, dob, t.description()));
        }
    }

    /** The Poisson-by-inversion count and the dates of a type drawn at rates (see the class comment). */
    private void drawn(LifeEventsConfig.Type t, long index, String persona, Traits traits, String gender,
            LocalDate dob, List<LifeEvent> out) {
        if (!t.admits(gender) || (!isTrue(t.repeatable()) && has(out, t.id()))) {
            return;
        }
        LocalDate from = ProfileGenerator.birthday(dob, t.youngest());
        if (t.after() != null) {
            LocalDate first = first(out, t.after());
            if (first == null) {
                return; // the event it follows never happened
            }
            LocalDate next = first.plusDays(1);
            from = next.isAfter(from) ? next : from;
        }
        // exclusive end: the day after the last day at the oldest age, or the reference date
        LocalDate until = ProfileGenerator.birthday(dob, t.oldest() + 1);
        until = until.isAfter(reference) ? reference : until;
        if (!from.isBefore(until)) {
            return;
        }
        List<Map.Entry<String, Double>> bands = List.copyOf(t.rates().entrySet());
        long[] start = new long[bands.size()];
        long[] days = new long[bands.size()];
        double[] mass = new double[bands.size()];
        double lambda = 0;
        for (int b = 0; b < bands.size(); b++) {
            LocalDate lo = ProfileGenerator.birthday(dob, Integer.parseInt(bands.get(b).getKey()));
            LocalDate hi = b + 1 < bands.size()
                    ? ProfileGenerator.birthday(dob, Integer.parseInt(bands.get(b + 1).getKey())) : until;
            lo = lo.isBefore(from) ? from : lo;
            hi = hi.isAfter(until) ? until : hi;
            if (lo.isBefore(hi)) {
                start[b] = ChronoUnit.DAYS.between(from, lo);
                days[b] = ChronoUnit.DAYS.between(lo, hi);
                mass[b] = days[b] / DAYS_PER_YEAR * bands.get(b).getValue();
                lambda += mass[b];
            }
        }
        lambda *= multiplier(t, persona, traits);
        if (!(lambda > 0)) {
            return;
        }
        Rng rng = Rng.of(seed, index, "life-event:" + t.id());
        int n = poisson(lambda, rng.nextDouble());
        if (!isTrue(t.repeatable())) {
            n = Math.min(n, 1);
        }
        for (int k = 0; k < n; k++) {
            int b = rng.weightedIndex(mass);
            LocalDate day = from.plusDays(start[b] + rng.nextInt((int) Math.min(Integer.MAX_VALUE, days[b])));
            out.add(event(t, day, dob, t.description()));
        }
    }

    /** The persona's multiplier times each trait's ({@code base + per_unit × trait}). */
    private static double multiplier(LifeEventsConfig.Type t, String persona, Traits traits) {
        double m = t.personas() == null ? 1.0 : t.personas().getOrDefault(persona, 1.0);
        if (t.traits() != null) {
            for (RiskConfig.Link link : t.traits()) {
                m *= Math.max(0, link.of(traits));
            }
        }
        return m;
    }

    /**
     * The Poisson({@code lambda}) count at uniform {@code u}: the least n whose distribution function exceeds u (at
     * most {@link #MAX_COUNT}).
     */
    static int poisson(double lambda, double u) {
        double p = StrictMath.exp(-lambda);
        double cdf = p;
        int n = 0;
        while (u >= cdf && n < MAX_COUNT) {
            n++;
            p *= lambda / n;
            cdf += p;
        }
        return n;
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
    }

    private static boolean has(List<LifeEvent> out, String type) {
        return first(out, type) != null;
    }

    private static LocalDate first(List<LifeEvent> out, String type) {
        LocalDate first = null;
        for (LifeEvent e : out) {
            if (e.type().equals(type) && (first == null || e.date().isBefore(first))) {
                first = e.date();
            }
        }
        return first;
    }

    private static LifeEvent event(LifeEventsConfig.Type t, LocalDate date, LocalDate dob, String text) {
        return new LifeEvent(date, t.id(), text, t.impact(), Period.between(dob, date).getYears());
    }
}
