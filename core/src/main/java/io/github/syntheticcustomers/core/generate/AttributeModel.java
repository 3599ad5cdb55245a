package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.config.Traits;
import io.github.syntheticcustomers.core.internal.Decimals;
import io.github.syntheticcustomers.core.internal.NormalCdf;
import io.github.syntheticcustomers.core.internal.Rng;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
