package io.github.syntheticcustomers.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@code cohorts[]} (docs/cohorts.md): ids, the count or share, and a condition that names only what the
 * configuration declares and that some customer can meet. Every problem of every cohort is kept, so a file's errors
 * come together. What depends on the dataset's count (enough customers in the cells a cohort may use) is checked
 * when the dataset is allocated ({@code CohortAllocation}).
 */
final class CohortValidator {

    /** The oldest age a condition may name. */
    private static final int MAX_AGE = 120;

    private CohortValidator() {
    }

    static void validate(GeneratorConfig config, ConfigParser.Locator at) {
        List<CohortConfig> cohorts = config.cohorts();
        Set<String> seen = new HashSet<>();
        double shares = 0;
        for (int i = 0; i < cohorts.size(); i++) {
            CohortConfig c = cohorts.get(i);
            String base = "cohorts." + i;
            if (c == null) {
                at.check(() -> {
                    throw at.error(base, "is empty", null, "a cohort: { id, count or share, where }");
                });
                continue;
            }
            at.check(() -> {
                if (c.id() == null) {
                    throw at.error(base + ".id", "is required", null, "an id: lower-case letters, digits and '_'");
                }
                ConfigValidator.requireId(base + ".id", c.id(), at);
                if (!seen.add(c.id())) {
                    throw at.error(base + ".id", "duplicate cohort id", c.id(), "an id no other cohort has");
                }
            });
            at.check(() -> size(base, c, at));
            if (c.share() != null && c.share() > 0 && c.share() <= 100) {
                shares += c.share();
            }
            CohortConfig.Where where = c.where() == null ? CohortConfig.Where.any() : c.where();
            condition(base + ".where", where, config, at);
        }
        if (shares > 100 + 1e-9) {
            double total = shares;
            at.check(() -> {
                throw at.error("cohorts", "shares sum to more than 100", Double.toString(total),
                        "shares of at most 100 percent together");
            });
        }
    }

    private static void size(String base, CohortConfig c, ConfigParser.Locator at) {
        if (c.count() == null && c.share() == null) {
            throw at.error(base, "has neither count nor share", null, "count: a number of customers, or share: "
                    + "a percent of the dataset");
        }
        if (c.count() != null && c.share() != null) {
            throw at.error(base + ".share", "is set beside count", String.valueOf(c.share()),
                    "either count or share");
        }
        if (c.count() != null && c.count() < 1) {
            throw at.error(base + ".count", "out of range", String.valueOf(c.count()), "1 or more");
        }
        if (c.share() != null && !(c.share() > 0 && c.share() <= 100)) {
            throw at.error(base + ".share", "out of range", String.valueOf(c.share()), "a percent above 0, at most 100");
        }
    }

    private static void condition(String base, CohortConfig.Where w, GeneratorConfig config,
            ConfigParser.Locator at) {
        List<String> personas = new ArrayList<>();
        for (int k = 0; k < w.personas().size(); k++) {
            String id = w.personas().get(k);
            String p = base + ".personas." + k;
            PersonaConfig persona = id == null ? null : config.personas().get(id);
            if (persona == null) {
                at.check(() -> {
                    throw at.error(p, "unknown persona", id, "a persona id: " + String.join(", ",
                            config.personas().keySet()));
                });
            } else if (!(persona.share() > 0)) {
                at.check(() -> {
                    throw at.error(p, "has no customers (share 0)", id, "a persona with a share above 0");
                });
            } else {
                personas.add(id);
            }
        }
        if (personas.isEmpty()) {
            config.personas().forEach((id, p) -> {
                if (p.share() > 0) {
                    personas.add(id);
                }
            });
        }
        if (w.age() != null) {
            at.check(() -> age(base + ".age", w.age(), personas, config, at));
        }
        for (int k = 0; k < w.gender().size(); k++) {
            String g = w.gender().get(k);
            if (g == null || !DemographicsConfig.GENDERS.contains(g)) {
                String p = base + ".gender." + k;
                at.check(() -> {
                    throw at.error(p, "unknown gender", g, String.join(", ", DemographicsConfig.GENDERS));
                });
            }
        }
        for (int k = 0; k < w.riskLevels().size(); k++) {
            String l = w.riskLevels().get(k);
            if (l == null || !config.riskLevels().containsKey(l)) {
                String p = base + ".risk_levels." + k;
                at.check(() -> {
                    throw at.error(p, "unknown risk level", l, String.join(", ", config.riskLevels().keySet()));
                });
            }
        }
        Map<String, RiskConfig.Factor> factors = new HashMap<>();
        config.risk().factors().forEach(f -> factors.put(f.id(), f));
        factors(base + ".factors", w.factors(), factors, false, at);
        factors(base + ".without_factors", w.withoutFactors(), factors, false, at);
        factors(base + ".diagnosed", w.diagnosed(), factors, true, at);
        factors(base + ".undiagnosed", w.undiagnosed(), factors, true, at);
        contradictions(base, w, factors, at);
        measurements(base + ".measurements", w, config, at);
        CohortAttributes.validate(base + ".attributes", w, config, at);
        CohortJourneyValidator.validate(base, w, personas, config, at);
    }

    /**
     * {@code where.measurements} (docs/cohorts.md, "Measurements and attributes"): known codes, ranges in order and
     * within the value's limits, agreeing with the factors the cohort requires or excludes, and measured by some
     * screening programme.
     */
    private static void measurements(String prop, CohortConfig.Where w, GeneratorConfig config,
            ConfigParser.Locator at) {
        List<String> codes = new ArrayList<>();
        if (config.measurements() != null) {
            if (config.measurements().bmi() != null) {
                codes.add(config.measurements().bmi().code());
            }
            config.measurements().values().forEach(v -> codes.add(v.code()));
        }
        Set<String> pairs = new HashSet<>();
        w.measurements().forEach((code, range) -> {
            String p = prop + "." + code;
            MeasurementsConfig.Value v = MeasurementRanges.value(config, code);
            if (v == null || !MeasurementRanges.measuredByAny(config, code)) {
                at.check(() -> {
                    if (v != null || codes.isEmpty() || config.timeline() != null
                            && config.timeline().screening() != null
                            && (config.timeline().screening().programmes() == null
                                    || config.timeline().screening().programmes().isEmpty())) {
                        throw at.error(p, "is measured by no screening programme (timeline.screening)", code,
                                "a value a screening programme measures");
                    }
                    throw at.error(p, "unknown measurement code '" + code + "'", code, "a measurement code: "
                            + String.join(", ", codes));
                });
                return;
            }
            if (range == null || range.atLeast() == null && range.atMost() == null) {
                at.check(() -> {
                    throw at.error(p, "has neither at_least nor at_most", null, "{ at_least: x, at_most: y }, "
                            + "either bound optional");
                });
                return;
            }
            boolean[] ok = {true};
            at.check(() -> {
                if (range.atLeast() != null && range.atMost() != null && range.atLeast() > range.atMost()) {
                    ok[0] = false;
                    throw at.error(p, "at_least is above at_most", range.toString(), "at_least at most at_most");
                }
            });
            MeasurementsConfig.Limits limits = v.limits();
            if (limits != null && limits.min() != null && limits.max() != null) {
                CohortConfig.ValueRange bounds = new CohortConfig.ValueRange(limits.min(), limits.max());
                for (Double x : new Double[] {range.atLeast(), range.atMost()}) {
                    if (x != null && !(x >= limits.min() && x <= limits.max()) && ok[0]) {
                        ok[0] = false;
                        at.check(() -> {
                            throw at.error(p, "lies outside the value's limits", range.toString(),
                                    "a range within " + code + "'s limits " + bounds);
                        });
                    }
                }
            }
            MeasurementsConfig.Value partner = MeasurementRanges.partner(config, v);
            if (ok[0] && (partner == null || pairs.add(v.cuts().get(0).factor()))
                    && MeasurementRanges.states(config, w, code).isEmpty()) {
                at.check(() -> {
                    throw at.error(p, "contradicts the factors the cohort requires or excludes", range.toString(),
                            "a range its cut-offs allow with " + pinned(w, v, partner));
                });
            }
        });
    }

    /** The factors of {@code v}'s cut-offs the cohort names, in words. */
    private static String pinned(CohortConfig.Where w, MeasurementsConfig.Value v, MeasurementsConfig.Value partner) {
        List<String> out = new ArrayList<>();
        for (MeasurementsConfig.Cut c : v.cuts()) {
            String f = c.factor();
            String cut = v.code() + " " + new CohortConfig.ValueRange(c.at(), null).toString().replace("–", "")
                    + (partner == null ? "" : " or " + partner.code() + " " + new CohortConfig.ValueRange(
                            partner.cuts().get(0).at(), null).toString().replace("–", ""));
            if (w.presentFactors().contains(f)) {
                out.add(f + " required (" + cut + " or more)");
            } else if (w.withoutFactors().contains(f)) {
                out.add(f + " excluded (below " + cut + ")");
            }
        }
        return String.join(", ", out);
    }

    private static void age(String prop, CohortConfig.Ages age, List<String> personas, GeneratorConfig config,
            ConfigParser.Locator at) {
        if (age.from() != null && (age.from() < 0 || age.from() > MAX_AGE)) {
            throw at.error(prop + ".from", "out of range", String.valueOf(age.from()), "0 to " + MAX_AGE);
        }
        if (age.to() != null && (age.to() < 0 || age.to() > MAX_AGE)) {
            throw at.error(prop + ".to", "out of range", String.valueOf(age.to()), "0 to " + MAX_AGE);
        }
        if (age.from() != null && age.to() != null && age.from() > age.to()) {
            throw at.error(prop, "from is above to", age.from() + "–" + age.to(), "from at most to");
        }
        int from = age.from() == null ? 0 : age.from();
        int to = age.to() == null ? MAX_AGE : age.to();
        List<String> ranges = new ArrayList<>();
        for (String id : personas) {
            AgeRange r = config.personas().get(id).age();
            if (r.min() <= to && from <= r.max()) {
                return;
            }
            ranges.add(id + " " + r.min() + "–" + r.max());
        }
        throw at.error(prop, "no persona the cohort allows has customers of this age", from + "–" + to,
                "an age range that meets a persona's: " + String.join(", ", ranges));
    }

    private static void factors(String prop, List<String> ids, Map<String, RiskConfig.Factor> factors,
            boolean conditions, ConfigParser.Locator at) {
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            String p = prop + "." + k;
            RiskConfig.Factor f = id == null ? null : factors.get(id);
            at.check(() -> {
                if (f == null) {
                    throw at.error(p, "unknown risk factor", id, "a risk.factors id: " + String.join(", ",
                            factors.keySet().stream().sorted().toList()));
                }
                if (conditions && !"condition".equals(f.kind())) {
                    throw at.error(p, "is not a condition (kind " + f.kind() + "), so it is never diagnosed", id,
                            "a risk factor of kind condition");
                }
            });
        }
    }

    /** The property that lists required factor {@code id}: in factors, diagnosed or undiagnosed, with its index. */
    private static String listed(String base, CohortConfig.Where w, String id) {
        if (w.factors().contains(id)) {
            return base + ".factors." + w.factors().indexOf(id);
        }
        return w.diagnosed().contains(id) ? base + ".diagnosed." + w.diagnosed().indexOf(id)
                : base + ".undiagnosed." + w.undiagnosed().indexOf(id);
    }

    /** A factor both required and excluded, diagnosed and undiagnosed, or two of one group (which exclude each other). */
    private static void contradictions(String base, CohortConfig.Where w, Map<String, RiskConfig.Factor> factors,
            ConfigParser.Locator at) {
        for (String id : w.diagnosed()) {
            if (id != null && w.undiagnosed().contains(id)) {
                at.check(() -> {
                    throw at.error(base + ".undiagnosed." + w.undiagnosed().indexOf(id),
                            "names a condition diagnosed names too", id,
                            "a condition in one of diagnosed and undiagnosed");
                });
            }
        }
        Map<String, String> groups = new HashMap<>();
        for (String id : w.presentFactors()) {
            RiskConfig.Factor f = factors.get(id);
            if (f == null) {
                continue;
            }
            if (w.withoutFactors().contains(id)) {
                at.check(() -> {
                    throw at.error(base + ".without_factors." + w.withoutFactors().indexOf(id), "names a factor the cohort requires",
                            id,
                            "factors the cohort does not require");
                });
            }
            if (f.prevalence() != null && f.prevalence() <= 0) {
                at.check(() -> {
                    throw at.error(listed(base, w, id), "requires a factor no customer has (prevalence 0)", id,
                            "a factor with a prevalence above 0");
                });
            }
            if (f.group() != null) {
                String other = groups.putIfAbsent(f.group(), id);
                if (other != null) {
                    at.check(() -> {
                        throw at.error(base, "requires two factors of group '" + f.group()
                                + "', which exclude each other", other + ", " + id, "at most one factor per group");
                    });
                }
            }
        }
        for (String id : w.withoutFactors()) {
            RiskConfig.Factor f = id == null ? null : factors.get(id);
            if (f != null && f.prevalence() != null && f.prevalence() >= 1) {
                at.check(() -> {
                    throw at.error(base + ".without_factors." + w.withoutFactors().indexOf(id),
                            "excludes a factor every customer has (prevalence 1)",
                            id, "a factor with a prevalence below 1");
                });
            }
        }
    }
}
