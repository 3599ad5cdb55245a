package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.CohortAttributes;
import io.github.syntheticcustomers.core.config.CohortConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.NormalCdf;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's own attributes ({@code attributes[]}, docs/attributes.md), in configuration order. Each attribute
 * draws from its own stream {@code Rng.of(seed, index, "attribute:" + id)}, so adding one leaves the others' values
 * alone. The model: one latent standard normal {@code L = ρ·z + √(1 − ρ²)·ε}, where {@code z} is the trait's z-score
 * within the persona ({@code (trait − persona's value) / sd of the individual variation}) and {@code ρ} the trait's
 * coefficient (0 without a trait), so {@code L} is standard normal and the persona's distribution holds exactly;
 * {@code u = Φ(L)} is mapped through the attribute's distribution by inverse CDF (a number truncated to its range, an
 * enumeration's cumulative weights in order, a boolean true when {@code u ≥ 1 − p}, a date's place in its window).
 * Never a rejection loop.
 */
final class AttributeModel {

    private final List<AttributeConfig> attributes;
    private final LocalDate reference;
    private final long seed;
    /** The standard deviation of a customer's trait around the persona's value. */
    private final double traitSd;
    /** The exact per-persona counts of enumerations and booleans, where they apply. */
    private final AttributeAllocation allocated;

    AttributeModel(GeneratorConfig config, long seed, double traitSd, AttributeAllocation allocated) {
        this.attributes = config.attributes();
        this.reference = config.referenceDate();
        this.seed = seed;
        this.traitSd = traitSd;
        this.allocated = allocated;
    }

    /**
     * The attributes of customer {@code index}, born on {@code dob}: id to value (String, Long, Double, Boolean or
     * LocalDate).
     */
    Map<String, Object> draw(long index, String personaId, PersonaConfig persona, Traits traits, String sex, int age,
            LocalDate dob) {
        return draw(index, personaId, persona, traits, sex, age, dob, Map.of());
    }

    /**
     * The attributes of a customer whose values are conditioned on {@code tests} (a cohort's {@code where.attributes},
     * docs/cohorts.md): an allocated value comes from the cohort's own block of the persona's counts
     * ({@link AttributeAllocation}); a drawn one maps its uniform {@code u} into the part of (0, 1) whose values meet the
     * test, by its place there (the inverse CDF restricted to the test's probability interval): never drawn twice.
     */
    Map<String, Object> draw(long index, String personaId, PersonaConfig persona, Traits traits, String sex, int age,
            LocalDate dob, Map<String, CohortConfig.AttributeTest> tests) {
        if (attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (AttributeConfig a : attributes) {
            Object exact = allocated.value(a, index);
            if (exact != null) {
                out.put(a.id(), exact);
                continue;
            }
            Rng rng = Rng.of(seed, index, "attribute:" + a.id());
            double u = quantile(a, persona, traits, rng);
            AttributeConfig.Variant v = variant(a, personaId, sex, age);
            CohortConfig.AttributeTest test = tests.get(a.id());
            if (test != null) {
                u = within(a, v, u, dob, test);
            }
            out.put(a.id(), value(a, v, u, dob));
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@code Φ(L)} of the latent normal, kept strictly inside (0, 1). */
    private double quantile(AttributeConfig a, PersonaConfig persona, Traits traits, Rng rng) {
        double eps = rng.gaussian(0, 1);
        double latent = eps;
        if (a.trait() != null && a.trait().coefficient() != 0) {
            double rho = a.trait().coefficient();
            double z = (traits.value(a.trait().name()) - persona.traits().value(a.trait().name())) / traitSd;
            latent = rho * z + StrictMath.sqrt(1 - rho * rho) * eps;
        }
        double u = NormalCdf.of(latent);
        return Math.max(1e-12, Math.min(1 - 1e-12, u));
    }

    /**
     * {@code u} moved into the union of the intervals of (0, 1) whose values meet {@code test}, keeping its place: the
     * share {@code u} of their total length. An enumeration's intervals are its allowed values' cumulative weights, a
     * boolean's {@code [1 − p, 1)} or {@code [0, 1 − p)}, a number's or a date's the interval (by bisection: the value
     * is non-decreasing in {@code u}) whose value lies within the bounds. {@code u} itself when no value meets it
     * (refused at load where it can be known: docs/cohorts.md).
     */
    private double within(AttributeConfig a, AttributeConfig.Variant v, double u, LocalDate dob,
            CohortConfig.AttributeTest test) {
        List<double[]> intervals = new ArrayList<>();
        switch (a.type()) {
            case "enumeration" -> {
                Map<String, Double> weights = v != null && v.values() != null ? v.values() : a.values();
                double total = 0;
                for (double w : weights.values()) {
                    total += w;
                }
                java.util.Set<String> allowed = new java.util.HashSet<>();
                if (test.in() != null) {
                    test.in().forEach(x -> allowed.add(String.valueOf(x)));
                } else if (test.is() != null) {
                    allowed.add(String.valueOf(test.is()));
                }
                double sum = 0;
                for (Map.Entry<String, Double> e : weights.entrySet()) {
                    if (e.getValue() > 0 && allowed.contains(e.getKey())) {
                        intervals.add(new double[] {sum / total, (sum + e.getValue()) / total});
                    }
                    sum += Math.max(0, e.getValue());
                }
            }
            case "boolean" -> {
                double p = v != null && v.probability() != null ? v.probability() : a.probability();
                boolean want = Boolean.parseBoolean(String.valueOf(test.is()));
                intervals.add(want ? new double[] {1 - p, 1} : new double[] {0, 1 - p});
            }
            default -> {
                double[] bounds = CohortAttributes.bounds(a, test);
                double[] w = MeasurementModel.window(x -> numeric(value(a, v, x, dob)), 1e-12, 1 - 1e-12,
                        Double.isNaN(bounds[0]) ? null : bounds[0], Double.isNaN(bounds[1]) ? null : bounds[1]);
                if (w != null) {
                    intervals.add(w);
                }
            }
        }
        double total = 0;
        for (double[] in : intervals) {
            total += in[1] - in[0];
        }
        if (!(total > 0)) {
            return intervals.isEmpty() ? u : intervals.get(0)[0];
        }
        double target = u * total;
        for (double[] in : intervals) {
            double len = in[1] - in[0];
            if (target <= len) {
                // an interval's ends read as its neighbours' values after rounding: keep a hair inside
                double margin = len * 1e-9;
                return Math.max(in[0] + margin, Math.min(in[0] + target, in[1] - margin));
            }
            target -= len;
        }
        double[] last = intervals.get(intervals.size() - 1);
        return last[1] - (last[1] - last[0]) * 1e-9;
    }

    /** A number's or a date's value as a number (a date: its epoch day). */
    private static double numeric(Object value) {
        if (value instanceof LocalDate d) {
            return d.toEpochDay();
        }
        return ((Number) value).doubleValue();
    }

    /** The first override matching the customer, or null. */
    static AttributeConfig.Variant variant(AttributeConfig a, String persona, String sex, int age) {
        for (AttributeConfig.Variant v : a.overrides()) {
            if (v.matches(persona, sex, age)) {
                return v;
            }
        }
        return null;
    }

    /** The value at quantile {@code u} of the attribute's distribution (with override {@code v}, or null). */
    private Object value(AttributeConfig a, AttributeConfig.Variant v, double u, LocalDate dob) {
        return switch (a.type()) {
            case "number" -> number(a, v, u);
            case "enumeration" -> {
                Map<String, Double> weights = v != null && v.values() != null ? v.values() : a.values();
                yield enumeration(weights, u);
            }
            case "boolean" -> u >= 1 - (v != null && v.probability() != null ? v.probability() : a.probability());
            case "date" -> date(a.window(), u, dob);
            default -> throw new IllegalStateException("unknown attribute type " + a.type());
        };
    }

    private static Object number(AttributeConfig a, AttributeConfig.Variant v, double u) {
        double mean = v != null && v.mean() != null ? v.mean() : a.mean() == null ? 0 : a.mean();
        double sd = v != null && v.sd() != null ? v.sd() : a.sd() == null ? 1 : a.sd();
        double x = switch (a.distribution()) {
            case "uniform" -> a.min() + u * (a.max() - a.min());
            case "normal" -> NormalCdf.truncated(mean, sd, a.min(), a.max(), u);
            case "lognormal" -> {
                // the lognormal with this mean and sd: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2; truncated in log space
                double s2 = StrictMath.log(1 + sd * sd / (mean * mean));
                double mu = StrictMath.log(mean) - s2 / 2;
                double lo = a.min() > 0 ? StrictMath.log(a.min()) : Double.NEGATIVE_INFINITY;
                yield StrictMath.exp(NormalCdf.truncated(mu, StrictMath.sqrt(s2), lo, StrictMath.log(a.max()), u));
            }
            default -> throw new IllegalStateException("unknown distribution " + a.distribution());
        };
        double rounded = Math.max(a.min(), Math.min(a.max(), Decimals.round(x, a.decimalPlaces())));
        return a.decimalPlaces() == 0 ? (Object) Math.round(rounded) : (Object) Decimals.round(rounded, a.decimalPlaces());
    }

    /** The value whose cumulative weight (in configuration order) first exceeds {@code u} of the total. */
    static String enumeration(Map<String, Double> weights, double u) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double target = u * total;
        double sum = 0;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            sum += e.getValue();
            last = e.getKey();
            if (target < sum) {
                return e.getKey();
            }
        }
        return last;
    }

    /**
     * The day at {@code u} of the window: from {@code from_years_ago} to the day before {@code to_years_ago}'s, or
     * from the customer's {@code from_age}-th birthday to the day before her {@code to_age}-th, clipped to the day
     * before the reference date (the validator keeps {@code from_age} below every persona's youngest age, so the
     * window always holds a year or more).
     */
    private LocalDate date(AttributeConfig.Window w, double u, LocalDate dob) {
        LocalDate from;
        LocalDate last;
        if (w.fromAge() != null) {
            from = dob.plusYears(w.fromAge());
            LocalDate end = dob.plusYears(w.toAge()).minusDays(1);
            last = end.isBefore(reference) ? end : reference.minusDays(1);
        } else {
            from = reference.minusYears(w.fromYearsAgo());
            int to = w.toYearsAgo() == null ? 0 : w.toYearsAgo();
            last = reference.minusYears(to).minusDays(1);
        }
        long days = ChronoUnit.DAYS.between(from, last) + 1;
        return from.plusDays(Math.min(days - 1, (long) Math.floor(u * days)));
    }
}
