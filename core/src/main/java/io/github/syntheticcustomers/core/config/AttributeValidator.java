package io.github.syntheticcustomers.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@code attributes[]} (docs/attributes.md): ids, types, the parameters each type needs and no others'
 * misread, ranges and weights, the trait, and each override's personas, sexes and ages. Every problem of every
 * attribute is kept, so a file's errors come together.
 */
final class AttributeValidator {

    private static final int MAX_DECIMALS = 6;
    private static final int MAX_YEARS = 120;

    private AttributeValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        List<AttributeConfig> attributes = config.attributes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeConfig a = attributes.get(i);
            String base = "attributes." + i;
            if (a == null) {
                at.check(() -> {
                    throw at.error(base, "is empty", null, "an attribute: { id, type, … }");
                });
                continue;
            }
            at.check(() -> {
                if (a.id() == null) {
                    throw at.error(base + ".id", "is required", null, "an id: lower-case letters, digits and '_'");
                }
                ConfigValidator.requireId(base + ".id", a.id(), at);
                if (!seen.add(a.id())) {
                    throw at.error(base + ".id", "duplicate attribute id", a.id(), "an id no other attribute has");
                }
            });
            boolean typed = at.check(() -> {
                if (a.type() == null || !AttributeConfig.TYPES.contains(a.type())) {
                    throw at.error(base + ".type", a.type() == null ? "is required" : "unknown attribute type",
                            a.type(), String.join(", ", AttributeConfig.TYPES));
                }
            });
            if (typed) {
                parameters(base, a.type(), a.min(), a.max(), a.decimals(), a.distribution(), a.mean(), a.sd(),
                        a.values(), a.probability(), a.window(), true, at);
                if (a.trait() != null) {
                    at.check(() -> trait(base + ".trait", a.trait(), at));
                }
                if (a.type().equals("date") && a.window() != null && a.window().fromAge() != null
                        && a.window().toAge() != null && config.personas() != null) {
                    at.check(() -> reachable(base + ".window", a.window(), config, at));
                }
                for (int k = 0; k < a.overrides().size(); k++) {
                    AttributeConfig.Variant v = a.overrides().get(k);
                    String vb = base + ".overrides." + k;
                    at.check(() -> match(vb, v, config, at));
                    parameters(vb, a.type(), a.min(), a.max(), a.decimals(), a.distribution(),
                            v.mean() == null ? a.mean() : v.mean(), v.sd() == null ? a.sd() : v.sd(),
                            v.values() == null ? a.values() : v.values(),
                            v.probability() == null ? a.probability() : v.probability(), a.window(), false, at);
                    if (v.values() != null && a.values() != null && !v.values().keySet().equals(a.values().keySet())) {
                        at.check(() -> {
                            throw at.error(vb + ".values", "names other values than the attribute",
                                    v.values().keySet().toString(), "weights of " + a.values().keySet());
                        });
                    }
                }
            }
        }
    }

    /** The parameters of a type, of the attribute itself ({@code own}) or as an override leaves them. */
    private static void parameters(String base, String type, Double min, Double max, Integer decimals,
            String distribution, Double mean, Double sd, Map<String, Double> values, Double probability,
            AttributeConfig.Window window, boolean own, ConfigParser.Locator at) {
        switch (type) {
            case "number" -> {
                if (own) {
                    at.check(() -> {
                        require(base + ".min", min, "a number, the smallest value", at);
                        require(base + ".max", max, "a number above min", at);
                        if (!(max > min)) {
                            throw at.error(base + ".max", "must be above min " + fmt(min), fmt(max),
                                    "a number above " + fmt(min));
                        }
                    });
                    if (decimals != null) {
                        at.check(() -> {
                            if (decimals < 0 || decimals > MAX_DECIMALS) {
                                throw at.error(base + ".decimals", "is out of range", String.valueOf(decimals),
                                        "0 to " + MAX_DECIMALS);
                            }
                        });
                    }
                    at.check(() -> {
                        if (distribution == null || !AttributeConfig.DISTRIBUTIONS.contains(distribution)) {
                            throw at.error(base + ".distribution", distribution == null ? "is required"
                                    : "unknown distribution", distribution,
                                    String.join(", ", AttributeConfig.DISTRIBUTIONS));
                        }
                    });
                }
                if ("normal".equals(distribution) || "lognormal".equals(distribution)) {
                    at.check(() -> {
                        require(base + ".mean", mean, "a number", at);
                        if ("lognormal".equals(distribution) && !(mean > 0)) {
                            throw at.error(base + ".mean", "a lognormal's mean must be above 0", fmt(mean),
                                    "a number above 0");
                        }
                    });
                    at.check(() -> {
                        require(base + ".sd", sd, "a number above 0", at);
                        if (!(sd > 0)) {
                            throw at.error(base + ".sd", "must be above 0", fmt(sd), "a number above 0");
                        }
                    });
                }
            }
            case "enumeration" -> at.check(() -> {
                require(base + ".values", values, "a mapping of value id to weight", at);
                if (values.isEmpty()) {
                    throw at.error(base + ".values", "must not be empty", "{}", "a mapping of value id to weight");
                }
                double total = 0;
                for (Map.Entry<String, Double> e : values.entrySet()) {
                    ConfigValidator.requireId(base + ".values." + e.getKey(), e.getKey(), at);
                    if (e.getValue() == null || !(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                        throw at.error(base + ".values." + e.getKey(), "invalid weight", String.valueOf(e.getValue()),
                                "a weight of 0 or more");
                    }
                    total += e.getValue();
                }
                if (!(total > 0)) {
                    throw at.error(base + ".values", "weights are all 0", values.toString(),
                            "at least one weight above 0");
                }
            });
            case "boolean" -> at.check(() -> {
                require(base + ".probability", probability, "a probability 0–1", at);
                if (!(probability >= 0 && probability <= 1)) {
                    throw at.error(base + ".probability", "is out of range", fmt(probability), "a probability 0–1");
                }
            });
            case "date" -> {
                if (own) {
                    at.check(() -> window(base + ".window", window, at));
                }
            }
            default -> throw new IllegalStateException(type);
        }
    }

    /** A date's window: years before the reference date, or ages of the customer; not both. */
    private static void window(String prop, AttributeConfig.Window window, ConfigParser.Locator at) {
        String forms = "{ from_years_ago: <years>, to_years_ago: <years> } or { from_age: <age>, to_age: <age> }";
        require(prop, window, forms, at);
        boolean byAge = window.fromAge() != null || window.toAge() != null;
        if (byAge && (window.fromYearsAgo() != null || window.toYearsAgo() != null)) {
            throw at.error(prop, "combines years ago with ages", null, forms);
        }
        if (byAge) {
            Integer from = window.fromAge();
            Integer to = window.toAge();
            require(prop + ".from_age", from, "an age 0 to " + (MAX_YEARS - 1), at);
            if (from < 0 || from >= MAX_YEARS) {
                throw at.error(prop + ".from_age", "is out of range", String.valueOf(from), "0 to " + (MAX_YEARS - 1));
            }
            require(prop + ".to_age", to, "an age above from_age " + from, at);
            if (to <= from || to > MAX_YEARS) {
                throw at.error(prop + ".to_age", "must be above from_age " + from, String.valueOf(to),
                        (from + 1) + " to " + MAX_YEARS);
            }
            return;
        }
        Integer from = window.fromYearsAgo();
        Integer to = window.toYearsAgo() == null ? 0 : window.toYearsAgo();
        require(prop + ".from_years_ago", from, "whole years, 1 to " + MAX_YEARS, at);
        if (from < 1 || from > MAX_YEARS) {
            throw at.error(prop + ".from_years_ago", "is out of range", String.valueOf(from), "1 to " + MAX_YEARS);
        }
        if (to < 0 || to >= from) {
            throw at.error(prop + ".to_years_ago", "must be 0 or more and below from_years_ago " + from,
                    String.valueOf(to), "0 to " + (from - 1));
        }
    }

    /**
     * A window by age is reachable by every customer: each persona's youngest customers are older than
     * {@code from_age}, so they had that birthday a year or more before the reference date.
     */
    private static void reachable(String prop, AttributeConfig.Window window, GeneratorConfig config,
            ConfigParser.Locator at) {
        int youngest = Integer.MAX_VALUE;
        for (PersonaConfig p : config.personas().values()) {
            if (p != null && p.age() != null) {
                youngest = Math.min(youngest, p.age().min());
            }
        }
        for (Map.Entry<String, PersonaConfig> e : config.personas().entrySet()) {
            PersonaConfig p = e.getValue();
            if (p != null && p.age() != null && p.age().min() <= window.fromAge()) {
                throw at.error(prop + ".from_age", "persona '" + e.getKey() + "' has customers aged " + p.age().min()
                        + ", who were not yet " + window.fromAge() + " a year before the reference date",
                        String.valueOf(window.fromAge()), "an age below " + youngest
                        + ", the youngest persona's youngest age");
            }
        }
    }

    private static void trait(String base, AttributeConfig.TraitLink t, ConfigParser.Locator at) {
        if (t.name() == null || !Traits.NAMES.contains(t.name())) {
            throw at.error(base + ".name", t.name() == null ? "is required" : "unknown trait", t.name(),
                    String.join(", ", Traits.NAMES));
        }
        require(base + ".coefficient", t.coefficient(), "a number from -1 to 1", at);
        if (!(t.coefficient() >= -1 && t.coefficient() <= 1)) {
            throw at.error(base + ".coefficient", "is out of range", fmt(t.coefficient()), "a number from -1 to 1");
        }
    }

    private static void match(String base, AttributeConfig.Variant v, GeneratorConfig config,
            ConfigParser.Locator at) {
        if (v.personas() != null) {
            for (String p : v.personas()) {
                if (!config.personas().containsKey(p)) {
                    throw at.error(base + ".personas", "unknown persona", p, String.join(", ", config.personaIds()));
                }
            }
        }
        if (v.sexes() != null) {
            for (String s : v.sexes()) {
                if (!DemographicsConfig.GENDERS.contains(s)) {
                    throw at.error(base + ".sexes", "unknown sex", s, String.join(", ", DemographicsConfig.GENDERS));
                }
            }
        }
        if (v.age() != null && v.age().min() != null && v.age().max() != null && v.age().max() < v.age().min()) {
            throw at.error(base + ".age.max", "is below age.min " + v.age().min(), String.valueOf(v.age().max()),
                    "at least " + v.age().min());
        }
    }

    private static void require(String prop, Object value, String allowed, ConfigParser.Locator at) {
        if (value == null) {
            throw at.error(prop, "is required", null, allowed);
        }
    }

    private static String fmt(Double d) {
        return d == null ? null : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
