package io.github.syntheticcustomers.core.quality;

import io.github.syntheticcustomers.core.config.AttributeConfig;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.generate.AttributeAllocation;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's own attributes against their configuration (docs/attributes.md, "The check"), per persona: where an
 * enumeration's or a boolean's counts are allocated, they equal the allocation exactly; where they are drawn, each
 * value's count lies within four standard deviations (plus one record) of the sum of each customer's own
 * probability; a number's mean lies within four standard errors (plus half its last decimal) of the mean of each
 * customer's own distribution (a truncated normal or lognormal, or a uniform); every date lies within its window.
 * Passes, saying so, when the configuration declares no attributes.
 */
final class AttributeDistributionCheck implements QualityCheck {

    /** The summary when the configuration declares no attributes (the check passes: nothing to hold). */
    static final String NONE_DECLARED = "The configuration declares no attributes: nothing to check.";

    /** Standard deviations a drawn count or a mean may stray from its expectation. */
    private static final double SIGMAS = 4;

    @Override
    public String name() {
        return "attribute_distributions";
    }

    @Override
    public String title() {
        return "Attribute distributions";
    }

    @Override
    public String description() {
        return "Per persona, each enumeration's and boolean's counts equal their allocation (exact by largest "
                + "remainder) or, where drawn, lie within 4 standard deviations of the customers' own probabilities; "
                + "each number's mean lies within 4 standard errors of its configured distribution's truncated mean; "
                + "every date lies within its window.";
    }

    @Override
    public Pass start(DatasetFacts facts, GeneratorConfig config) {
        if (config.attributes().isEmpty()) {
            // passes trivially, and says so: a product without attributes has nothing here to hold
            return new Pass() {
                @Override
                public void accept(RecordGroup group) {
                }

                @Override
                public CheckResult finish() {
                    return CheckResult.judged(AttributeDistributionCheck.this, NONE_DECLARED, List.of(), List.of());
                }
            };
        }
        if (!facts.hasCustomers()) {
            return Pass.skipped(this, "The dataset has no customers.");
        }
        List<AttributeConfig> attributes = config.attributes();
        List<String> personas = config.personaIds();
        LocalDate reference = config.referenceDate();
        // per persona: customers; per attribute and persona: value counts, expected sums, variances, sums
        Map<String, Long> customers = new LinkedHashMap<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        return new Pass.OfCustomers() {
            private long outside;
            private final List<String> examples = new ArrayList<>();

            @Override
            void customer(CustomerProfile c) {
                String persona = c.personaType();
                if (!personas.contains(persona)) {
                    return; // persona_distribution reports it
                }
                customers.merge(persona, 1L, Long::sum);
                for (AttributeConfig a : attributes) {
                    Object value = c.attribute(a.id());
                    Tally t = tallies.computeIfAbsent(a.id() + "." + persona, k -> new Tally());
                    AttributeConfig.Variant v = variant(a, persona, c.demographics().gender(), c.demographics().age());
                    switch (a.type()) {
                        case "enumeration", "boolean" -> {
                            Map<String, Double> weights = weights(a, v);
                            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
                            for (Map.Entry<String, Double> e : weights.entrySet()) {
                                double p = e.getValue() / total;
                                t.expected.merge(e.getKey(), p, Double::sum);
                                t.variance.merge(e.getKey(), p * (1 - p), Double::sum);
                                t.counts.merge(e.getKey(), 0L, Long::sum);
                            }
                            if (value != null) {
                                t.counts.merge(value.toString(), 1L, Long::sum);
                            }
                        }
                        case "number" -> {
                            double[] m = AttributeMoments.of(a, v);
                            t.n++;
                            t.expectedSum += m[0];
                            t.varianceSum += m[1];
                            t.sum += value instanceof Number x ? x.doubleValue() : Double.NaN;
                        }
                        case "date" -> {
                            if (!(value instanceof LocalDate d) || !within(a.window(), d, c, reference)) {
                                outside++;
                                if (examples.size() < CheckResult.MAX_EXAMPLES) {
                                    examples.add(c.id() + ": " + a.id() + " " + value + " outside its window");
                                }
                            }
                        }
                        default -> throw new IllegalStateException(a.type());
                    }
                }
            }

            @Override
            public CheckResult finish() {
                List<Measurement> ms = new ArrayList<>();
                for (AttributeConfig a : attributes) {
                    for (String persona : personas) {
                        Tally t = tallies.get(a.id() + "." + persona);
                        if (t == null) {
                            continue;
                        }
                        String subject = a.id() + "." + persona;
                        if (a.type().equals("number")) {
                            if (t.n >= MIN_SAMPLE) {
                                double expected = t.expectedSum / t.n;
                                double tolerance = SIGMAS * Math.sqrt(t.varianceSum) / t.n
                                        + 0.5 / Math.pow(10, a.decimalPlaces());
                                ms.add(Measurement.of(subject + ".mean", t.sum / t.n, expected, expected - tolerance,
                                        expected + tolerance, a.unit() == null ? "" : a.unit()));
                            }
                            continue;
                        }
                        if (!a.type().equals("enumeration") && !a.type().equals("boolean")) {
                            continue;
                        }
                        Map<String, Long> exact = AttributeAllocation.exactCounts(a, persona,
                                config.personas().get(persona), customers.getOrDefault(persona, 0L));
                        for (Map.Entry<String, Long> e : t.counts.entrySet()) {
                            String s = subject + "." + e.getKey();
                            if (exact != null) {
                                double want = exact.getOrDefault(e.getKey(), 0L);
                                ms.add(Measurement.of(s, e.getValue(), want, want, want, "records"));
                            } else if (customers.getOrDefault(persona, 0L) >= MIN_SAMPLE) {
                                double want = t.expected.getOrDefault(e.getKey(), 0.0);
                                double tolerance = SIGMAS * Math.sqrt(t.variance.getOrDefault(e.getKey(), 0.0)) + 1;
                                ms.add(Measurement.of(s, e.getValue(), want, want - tolerance, want + tolerance,
                                        "records"));
                            }
                        }
                    }
                }
                ms.add(Measurement.of("dates_outside_window", outside, null, null, 0.0, "records"));
                List<Measurement> off = ms.stream().filter(m -> !m.passed()).toList();
                String summary = off.isEmpty()
                        ? "All " + ms.size() + " attribute measurements hold: exact counts as allocated, drawn "
                                + "counts and means within tolerance, every date within its window."
                        : off.size() + " attribute measurement(s) off: " + off.get(0).describe()
                                + (off.size() > 1 ? " and " + (off.size() - 1) + " more." : ".");
                return CheckResult.judged(AttributeDistributionCheck.this, summary, ms, examples);
            }
        };
    }

    /** Counts and sums of one attribute within one persona. */
    private static final class Tally {
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, Double> expected = new LinkedHashMap<>();
        final Map<String, Double> variance = new LinkedHashMap<>();
        long n;
        double sum;
        double expectedSum;
        double varianceSum;
    }

    /** The first override matching the customer, or null (as the generator chooses it). */
    private static AttributeConfig.Variant variant(AttributeConfig a, String persona, String sex, int age) {
        for (AttributeConfig.Variant v : a.overrides()) {
            if (v.matches(persona, sex, age)) {
                return v;
            }
        }
        return null;
    }

    /** An enumeration's weights, or a boolean's as {@code false}, {@code true}, with override {@code v}. */
    private static Map<String, Double> weights(AttributeConfig a, AttributeConfig.Variant v) {
        if (a.type().equals("enumeration")) {
            return v != null && v.values() != null ? v.values() : a.values();
        }
        double p = v != null && v.probability() != null ? v.probability() : a.probability();
        Map<String, Double> w = new LinkedHashMap<>();
        w.put(AttributeAllocation.BOOLEAN_VALUES.get(0), BigDecimal.ONE.subtract(BigDecimal.valueOf(p)).doubleValue());
        w.put(AttributeAllocation.BOOLEAN_VALUES.get(1), p);
        return w;
    }

    /** Whether a date lies within its window (by years before the reference date, or by the customer's ages). */
    static boolean within(AttributeConfig.Window w, LocalDate d, CustomerProfile c, LocalDate reference) {
        LocalDate from;
        LocalDate last;
        if (w.fromAge() != null) {
            LocalDate dob = c.demographics().dateOfBirth();
            from = dob.plusYears(w.fromAge());
            LocalDate end = dob.plusYears(w.toAge()).minusDays(1);
            last = end.isBefore(reference) ? end : reference.minusDays(1);
        } else {
            from = reference.minusYears(w.fromYearsAgo());
            last = reference.minusYears(w.toYearsAgo() == null ? 0 : w.toYearsAgo()).minusDays(1);
        }
        return !d.isBefore(from) && !d.isAfter(last);
    }
}
